import { whileSwitchedOn } from '@/components/feature-switch';
import { followRoute, startOnUserSite } from '@/components/follow-route';
import { startLazily } from '@/components/lazy-ui';
import { contentScriptHosts, platformOfHost } from '@/lib/platforms/hosts';
import { startCountdowns } from './countdowns';
import { startReportFormFiller } from './report-form';

export default defineContentScript({
  matches: contentScriptHosts,
  // Taobao's legacy sold-orders list can sit in an iframe.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    followRoute(ctx, (page) => {
      // Each follows its switch in the options page live (off: its marks go; on again: they come back).
      if (page?.kind === 'orders')
        return whileSwitchedOn(ctx, page.platform, 'countdowns', () =>
          startCountdowns(ctx, page.platform, { announce: true }),
        );
      // After-sales lists are pages of their own: their code is loaded there only (entrypoints/after-sales.ts).
      if (page?.kind === 'after-sales')
        return whileSwitchedOn(ctx, page.platform, 'afterSales', () =>
          startLazily(ctx, 'after-sales', (start) => start(ctx, page.platform)),
        );
      if (page) return undefined;
      // A seller-host page we have no address for (a moved or new list): read it quietly, and say
      // nothing when it holds no orders, since most such pages are not order lists.
      const platform = platformOfHost(location.href);
      if (platform)
        return whileSwitchedOn(ctx, platform, 'countdowns', () =>
          startCountdowns(ctx, platform, { announce: false }),
        );
      // A site the merchant added in the options page (registered at run time by the background).
      return startOnUserSite((site) =>
        site.features.countdowns ? startCountdowns(ctx, site.platform, { announce: true }) : undefined,
      );
    });
    // A delay-report form can be on any back-office page (JD: order management → delay management).
    startReportFormFiller(ctx);
  },
});
