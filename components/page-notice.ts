import { diagnose } from '@/lib/orders';
import type { Translate } from '@/lib/i18n/translate';
import type { Platform } from '@/lib/platforms/types';
import { h, show } from './dom';
import { createShadowHost } from './shadow-host';

/** The page the notice is about, for its local diagnostic (what was looked for and found). */
export interface NoticePage {
  platform: Platform;
  version: string;
}

export const pageNoticeCss = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; }
.notice {
  display: flex; gap: 10px; align-items: flex-start; max-width: 360px; padding: 10px 12px;
  font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: #202124; background: #fff8e1; border: 1px solid #f3c766; border-radius: 8px;
  box-shadow: 0 2px 8px rgba(0,0,0,.15);
}
.brand { font-weight: 700; color: #8a5a00; }
button { font: inherit; border: 0; background: transparent; color: #5f6368; cursor: pointer; padding: 0 4px; }
button:focus-visible { outline: 2px solid #1a73e8; }
button.diag { margin-top: 6px; padding: 2px 10px; border: 1px solid #d6a700; border-radius: 6px; color: #6b4e00; }
`;

export interface PageNoticeProps {
  brand: string;
  message: string;
  dismissLabel: string;
  onDismiss: () => void;
  /** A local-only, masked description of the page for support. */
  diagnostic?: { label: string; text: string; copiedLabel: string };
}

/** A small, local, dismissable notice: how the overlay says "I could not read this page". */
export function pageNotice({
  brand,
  message,
  dismissLabel,
  onDismiss,
  diagnostic,
}: PageNoticeProps): HTMLElement {
  let copy: HTMLElement | null = null;
  if (diagnostic) {
    copy = h(
      'button',
      {
        type: 'button',
        class: 'diag',
        'data-sd-action': 'copy-diagnostic',
        onClick: () =>
          void navigator.clipboard.writeText(diagnostic.text).then(
            () => copy && (copy.textContent = diagnostic.copiedLabel),
            () => copy && (copy.textContent = diagnostic.label),
          ),
      },
      diagnostic.label,
    );
  }
  return h(
    'div',
    { class: 'notice', role: 'status' },
    h('div', {}, h('span', { class: 'brand' }, brand), ` — ${message}`, copy && h('div', {}, copy)),
    h('button', { type: 'button', 'aria-label': dismissLabel, title: dismissLabel, onClick: onDismiss }, '×'),
  );
}

/** The "could not read this page" notice, in the page (page-notice.js's entry point); returns its remover. */
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
