import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Chrome runs manifest content scripts only in pages loaded after the extension (re)starts: tabs open
 * during an install, update or reload keep an orphaned old script, or none. This puts the manifest's
 * scripts into those tabs; WXT's ContentScriptContext in the new script stops the old one of the same
 * name (it removes its badges and listeners), so the page ends up with exactly one live instance.
 * Only `js`, `matches` and `all_frames` are honoured: our scripts use nothing else (no CSS, no
 * exclude_matches). Tabs that refuse (discarded, crashed, closing) keep what they have.
 */
async function injectIntoOpenTabs(): Promise<void> {
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    // The manifest's own entries: files the build emitted, as WXT's path type wants them.
    const files = (script.js ?? []) as ScriptPublicPath[];
    const matches = script.matches ?? [];
    if (!files.length || !matches.length) continue;
    const tabs = await browser.tabs.query({ url: matches }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      await browser.scripting
        .executeScript({ target: { tabId: tab.id, allFrames: script.all_frames ?? false }, files })
        .catch(() => undefined);
    }
  }
}

/** Registers the onInstalled listener; call it synchronously at the worker's start. */
export function reinjectOnInstallOrUpdate(): void {
  // Firefox injects manifest content scripts into open tabs itself; a second copy would only be stopped.
  if (import.meta.env.FIREFOX || !browser.scripting?.executeScript) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });
}
