import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

interface Injectable {
  files: ScriptPublicPath[];
  matches: string[];
  allFrames: boolean;
}

/**
 * The content scripts that should be running: the manifest's (the platforms' seller hosts) and those
 * registered at run time for the merchant's own sites (user-sites.ts). Only `js`, `matches` and
 * `all_frames` are honoured: our scripts use nothing else (no CSS, no exclude_matches).
 */
async function contentScripts(): Promise<Injectable[]> {
  const fromManifest = (browser.runtime.getManifest().content_scripts ?? []).map((s) => ({
    // The manifest's own entries: files the build emitted, as WXT's path type wants them.
    files: (s.js ?? []) as ScriptPublicPath[],
    matches: s.matches ?? [],
    allFrames: s.all_frames ?? false,
  }));
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  return [
    ...fromManifest,
    ...registered.map((s) => ({
      files: (s.js ?? []) as ScriptPublicPath[],
      matches: s.matches ?? [],
      allFrames: s.allFrames ?? false,
    })),
  ];
}

/**
 * Chrome runs content scripts only in pages loaded after the extension (re)starts: tabs open during an
 * install, update or reload keep an orphaned old script, or none. This puts the scripts into those tabs;
 * WXT's ContentScriptContext in the new script stops the old one of the same name (it removes its badges
 * and listeners), so the page ends up with exactly one live instance. A tab that two entries match (a
 * merchant's site inside a platform's host) gets each file once. Tabs that refuse (discarded, crashed,
 * closing) keep what they have.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const done = new Set<string>();
  for (const script of await contentScripts()) {
    if (!script.files.length || !script.matches.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      const files = script.files.filter((f) => !done.has(`${tab.id}|${f}`));
      if (!files.length) continue;
      for (const f of files) done.add(`${tab.id}|${f}`);
      await browser.scripting
        .executeScript({ target: { tabId: tab.id, allFrames: script.allFrames }, files })
        .catch(() => undefined);
    }
  }
}

/**
 * Registers the onInstalled listener; call it synchronously at the worker's start. `userSitesReady`
 * settles once the merchant's sites are registered again (an update drops run-time registrations).
 */
export function reinjectOnInstallOrUpdate(userSitesReady: Promise<unknown>): void {
  // Firefox injects manifest content scripts into open tabs itself; a second copy would only be stopped.
  if (import.meta.env.FIREFOX || !browser.scripting?.executeScript) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update')
      void userSitesReady.catch(() => undefined).then(injectIntoOpenTabs);
  });
}
