import { show } from '@/components/dom';
import { pageNotice, pageNoticeCss } from '@/components/page-notice';
import { loadLazyUi } from '@/components/lazy-ui';
import { createShadowHost } from '@/components/shadow-host';
import type { Translate } from '@/lib/i18n/translate';
import { diagnose } from '@/lib/orders';
import type { Platform } from '@/lib/platforms/types';

/** The page the notice is about, for its local diagnostic (what was looked for and found). */
export interface NoticePage {
  platform: Platform;
  version: string;
}

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

/** The notice itself, in the page (its lazily loaded code's entry point). */
export function showNoticeNow(t: Translate, onDismissed: () => void, page?: NoticePage): () => void {
  const diagnostic = page && diagnose(document.body, page.platform, location.href, page.version);
  const { host, root } = createShadowHost('sd-notice', pageNoticeCss);
  host.setAttribute('data-sd-notice', 'unrecognized');
  const close = () => host.remove();
  show(
    root,
    pageNotice({
      brand: t('manifest.extName'),
      message: t('overlay.noticeUnread'),
      dismissLabel: t('overlay.dismiss'),
      ...(diagnostic
        ? {
            diagnostic: {
              text: diagnostic,
              label: t('overlay.copyDiagnostic'),
              copiedLabel: t('overlay.diagnosticCopied'),
            },
          }
        : {}),
      onDismiss: () => {
        close();
        onDismissed();
      },
    }),
  );
  document.body.append(host);
  return close;
}
