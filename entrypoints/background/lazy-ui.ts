import { browser } from 'wxt/browser';
import { LOAD_DELAY_DIALOG } from '@/components/lazy-delay-dialog';

const isLoadRequest = (message: unknown) =>
  typeof message === 'object' &&
  message !== null &&
  (message as Record<string, unknown>).channel === LOAD_DELAY_DIALOG.channel &&
  (message as Record<string, unknown>).load === LOAD_DELAY_DIALOG.load;

/**
 * Puts the delay-report helper's code into the frame that asked for it, in the content scripts' isolated
 * world: only when a merchant opens it, so order pages load without it.
 */
export function serveLazyUi(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isLoadRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.resolve({ ok: false });
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/delay-dialog.js'] })
      .then(() => ({ ok: true }));
  });
}
