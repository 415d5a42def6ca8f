import { provideLazyUi } from '@/components/lazy-ui';
import { showNoticeNow } from '@/components/page-notice';

/**
 * The "could not read this page" notice, loaded only on a page that needs it (a known order page where no order
 * was found): the background injects this file into the content scripts' isolated world.
 */
export default defineUnlistedScript(() => provideLazyUi('page-notice', showNoticeNow));
