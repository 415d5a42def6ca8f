import { browser, type Browser } from 'wxt/browser';

/**
 * Puts the delay-report helper's code into the frame that asked for it (request `ui/load-delay-dialog`), in the
 * content scripts' isolated world: only when a merchant opens it, so order pages load without it.
 */
export async function loadDelayDialogInto(
  sender: Browser.runtime.MessageSender,
): Promise<{ loaded: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { loaded: false };
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: ['/delay-dialog.js'],
  });
  return { loaded: true };
}
