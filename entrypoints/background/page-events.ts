import { browser } from 'wxt/browser';
import { eventEnvelope, type PageEvent } from '@/lib/messaging/protocol';

/**
 * The address patterns our content scripts run on: the manifest's (the platforms' hosts, plus the demo hosts in
 * a demo build) and the merchant's own sites, registered at run time.
 */
async function contentScriptPatterns(): Promise<string[]> {
  const fromManifest = (browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? []);
  const registered = browser.scripting?.getRegisteredContentScripts
    ? (await browser.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? [])
    : [];
  return [...new Set([...fromManifest, ...registered])];
}

/**
 * Tells every tab our content scripts run in (every frame of it) about `event`. A one-off message, not a port
 * each page keeps open: the service worker is awake anyway when a page's write reaches it, and an open port would
 * keep it from sleeping. Tabs without a listener (still loading, or an old page) just miss it.
 */
export async function tellPages(event: PageEvent): Promise<void> {
  const patterns = await contentScriptPatterns();
  // Firefox without the `tabs` permission may refuse a query by address: every tab is asked then.
  const tabs = await browser.tabs.query({ url: patterns }).catch(() => browser.tabs.query({}));
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, eventEnvelope(event)).catch(() => undefined),
    ),
  );
}

/**
 * The `open-templates` command (Alt+Shift+T): the reply helper of the active tab opens its picker. The one
 * function the worker registers on `commands.onCommand`; the e2e test calls exactly this registered function.
 */
export async function onCommand(command: string): Promise<void> {
  if (command !== 'open-templates') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, eventEnvelope({ type: 'open-templates' })).catch(() => undefined);
}
