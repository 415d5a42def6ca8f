import { loadLazyUi } from '@/components/lazy-ui';
import type { Translate } from '@/lib/i18n/translate';
import type { NoticePage } from '@/components/page-notice';

/**
 * Shows the "could not read this page" notice; returns a function that removes it (also while its code is still
 * loading). Most pages never show it: its code is fetched when it is needed (entrypoints/page-notice.ts).
 */
export function showNotice(t: Translate, onDismissed: () => void, page?: NoticePage): () => void {
  let closed = false;
  let close: (() => void) | undefined;
  loadLazyUi('page-notice')
    .then((show) => {
      if (!closed) close = show(t, onDismissed, page);
    })
    .catch((error: unknown) => console.warn('[seller-desk] the page notice could not be loaded', error));
  return () => {
    closed = true;
    close?.();
  };
}
