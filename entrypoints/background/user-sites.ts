import { browser } from 'wxt/browser';
import type { SiteConfig } from '@/lib/store/schema';

const SCRIPT_IDS = { orders: 'user-sites-orders', reply: 'user-sites-reply' } as const;

/**
 * The merchant's own sites get the same content scripts as the platforms' hosts, registered at run
 * time for the patterns the browser granted (a revoked permission simply drops out).
 */
export async function registerUserSites(sites: readonly SiteConfig[]): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const granted: string[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [site.pattern] }).catch(() => false))
      granted.push(site.pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts();
  const ours = existing.map((s) => s.id).filter((id) => Object.values<string>(SCRIPT_IDS).includes(id));
  if (ours.length) await browser.scripting.unregisterContentScripts({ ids: ours });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_IDS.orders,
      matches: granted,
      js: ['content-scripts/orders.js'],
      allFrames: true,
      runAt: 'document_idle',
    },
    { id: SCRIPT_IDS.reply, matches: granted, js: ['content-scripts/reply.js'], runAt: 'document_idle' },
  ]);
}
