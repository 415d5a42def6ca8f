import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n/translate';
import type { Platform } from '@/lib/platforms/types';
import { showNotice } from './notice';

/** An order page that still shows no orders after this long is reported as unrecognised. */
export const GRACE_MS = 3000;

/**
 * `data-sd-status` / `data-sd-orders` on <html>, and the visible "could not read this page" notice (with its
 * local diagnostic) when a known order page shows no orders past the grace time (`announce`).
 */
export function createPageStatus(platform: Platform, announce: boolean) {
  const startedAt = Date.now();
  let closeNotice: (() => void) | undefined;
  let dismissed = false;
  const html = document.documentElement;

  return {
    /** `t` once the merchant's language is known: the notice is shown in it, not before. */
    update(count: number, now: number, t: Translate | undefined) {
      if (count > 0) {
        html.setAttribute('data-sd-status', 'active');
        html.setAttribute('data-sd-orders', String(count));
        closeNotice?.();
        closeNotice = undefined;
      } else if (announce && now - startedAt >= GRACE_MS) {
        html.setAttribute('data-sd-status', 'unrecognized');
        html.setAttribute('data-sd-orders', '0');
        if (!closeNotice && !dismissed && t) {
          const version = browser.runtime.getManifest().version;
          closeNotice = showNotice(
            t,
            () => {
              dismissed = true;
              closeNotice = undefined;
            },
            { platform, version },
          );
        }
      }
    },
    clear() {
      closeNotice?.();
      html.removeAttribute('data-sd-status');
      html.removeAttribute('data-sd-orders');
    },
    /** The merchant switched countdowns off: said on the page, so "off" can be told from "never ran". */
    switchedOff() {
      this.clear();
      html.setAttribute('data-sd-status', 'off');
    },
  };
}
