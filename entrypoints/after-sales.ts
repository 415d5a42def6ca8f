import { provideLazyUi } from '@/components/lazy-ui';
import { startAfterSales } from './orders.content/aftersales';

/**
 * The after-sales marks (cancellation or after-sales, the request's type, what needs a second look), loaded
 * only on an after-sales list: the background injects this file into the content scripts' isolated world
 * when the orders script finds itself on one. Order lists, most of a merchant's page loads, are spared it.
 */
export default defineUnlistedScript(() => provideLazyUi('after-sales', startAfterSales));
