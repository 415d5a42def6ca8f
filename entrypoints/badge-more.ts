import { startBadgeMore } from '@/components/badge-more';
import { provideLazyUi } from '@/components/lazy-ui';

/**
 * A badge's explanation (its tooltip) and a folded badge's menu, loaded on the first hover, focus or open of a
 * badge: the background injects this file into the content scripts' isolated world. Drawing a list's badges
 * needs only their face and spoken name, which the orders script builds itself.
 */
export default defineUnlistedScript(() => provideLazyUi('badge-more', startBadgeMore));
