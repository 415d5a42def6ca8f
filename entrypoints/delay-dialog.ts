import { provideLazyUi } from '@/components/lazy-ui';
import { openReportNow } from '@/components/delay-report-open';

/**
 * The delay-report helper, loaded into the page only when a merchant opens it: the background injects
 * this file into the content scripts' isolated world (never the page's), where it hands over its entry point.
 * Every back-office page load is spared its code (about a quarter of the overlay's size), and so is preparing it
 * (the order's assessment with its reports, the buyer-notice template, the four languages).
 */
export default defineUnlistedScript(() => provideLazyUi('delay-dialog', openReportNow));
