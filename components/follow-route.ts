import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/components/client';
import { detectPage } from '@/lib/platforms/pages';
import type { PageMatch } from '@/lib/platforms/types';
import type { SiteConfig } from '@/lib/store/schema';

const demo = import.meta.env.MODE === 'demo';

type Stop = () => void;

/**
 * Runs `start` for the page the address names (`null`: none of ours), and again after every in-app route change
 * (single-page back-offices change route without a page load), stopping the previous run first. One place for
 * the route lifecycle both content scripts share.
 */
export function followRoute(
  ctx: ContentScriptContext,
  start: (page: PageMatch | null) => Stop | undefined,
): void {
  let stop: Stop | undefined;
  const route = () => {
    stop?.();
    stop = start(detectPage(location.href, { demo }));
  };
  route();
  ctx.addEventListener(window, 'wxt:locationchange', route);
}

/**
 * A site the merchant added in the options page (registered at run time by the background): asks whether this
 * address is one, and runs `start` with its settings when it is. The returned stop also cancels a pending answer.
 */
export function startOnUserSite(start: (site: SiteConfig) => Stop | undefined): Stop {
  let stopped = false;
  let stop: Stop | undefined;
  void request('sites/match', { url: location.href })
    .then((site) => {
      if (site && !stopped) stop = start(site);
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    stop?.();
  };
}
