import { provideLazyUi } from '@/components/lazy-ui';
import { offerReportFill } from './orders.content/report-fill';

/**
 * The offer to fill a platform's delay-report form from the merchant's latest report, loaded only on a page
 * that shows such a form (the orders script finds it; the background injects this file).
 */
export default defineUnlistedScript(() => provideLazyUi('report-form', offerReportFill));
