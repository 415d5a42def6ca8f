import { request } from '@/components/client';
import { contentScriptHosts, platformOfHost } from '@/lib/platforms/hosts';
import { detectPage } from '@/lib/platforms/pages';
import { startAfterSales } from './aftersales';
import { startCountdowns } from './countdowns';
import { startReportFormFiller } from './report-form';

const demo = import.meta.env.MODE === 'demo';

export default defineContentScript({
  matches: contentScriptHosts,
  // Taobao's legacy sold-orders list can sit in an iframe.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    let stop: (() => void) | undefined;
    const route = () => {
      stop?.();
      stop = undefined;
      const page = detectPage(location.href, { demo });
      if (page?.kind === 'orders') stop = startCountdowns(ctx, page.platform, { announce: true });
      else if (page?.kind === 'after-sales') stop = startAfterSales(ctx, page.platform);
      else if (!page) {
        // A seller-host page we have no address for (a moved or new list): read it quietly, and say
        // nothing when it holds no orders, since most such pages are not order lists.
        const platform = platformOfHost(location.href);
        if (platform) stop = startCountdowns(ctx, platform, { announce: false });
        else void startOnUserSite();
      }
    };
    // A site the merchant added in the options page (registered at run time by the background).
    const startOnUserSite = async () => {
      const site = await request('sites/match', { url: location.href }).catch(() => null);
      if (site?.features.countdowns && !stop) stop = startCountdowns(ctx, site.platform, { announce: true });
    };
    route();
    // A delay-report form can be on any back-office page (JD: order management → delay management).
    startReportFormFiller(ctx);
    // Single-page apps change route without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', route);
  },
});
