import { browser, type Browser } from 'wxt/browser';
import { isLazyUi } from '@/lib/messaging/protocol';

/**
 * Puts a piece of UI's code (request `ui/load`: one of `lazyUis`, e.g. the delay-report helper) into the frame
 * that asked for it, in the content scripts' isolated world: only when a merchant first uses it, so back-office
 * pages load without it. Only the names in `lazyUis` are files that can be asked for.
 */
export async function loadUiInto(
  sender: Browser.runtime.MessageSender,
  ui: unknown,
): Promise<{ loaded: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isLazyUi(ui)) return { loaded: false };
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [`/${ui}.js`],
  });
  return { loaded: true };
}
