import { show } from '@/components/dom';
import { pageNotice, pageNoticeCss } from '@/components/page-notice';
import { createShadowHost } from '@/components/shadow-host';
import type { Translate } from '@/lib/i18n/translate';

/** Shows the "could not read this page" notice; returns a function that removes it. */
export function showNotice(t: Translate, onDismissed: () => void, diagnostic?: string): () => void {
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
