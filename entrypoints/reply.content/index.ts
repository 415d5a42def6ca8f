import { followRoute, startOnUserSite } from '@/components/follow-route';
import { contentScriptHosts, platformOfHost } from '@/lib/platforms/hosts';
import { startReplyHelper } from './reply-helper';

export default defineContentScript({
  matches: contentScriptHosts,
  // Chat widgets are often pages of their own inside the back-office (an iframe).
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    followRoute(ctx, (page) => {
      if (page?.kind === 'chat') return startReplyHelper(ctx, page.platform, 'chat');
      // Order and after-sales lists: the reminder-reply (催单) dialog opens over them.
      if (page) return startReplyHelper(ctx, page.platform, 'dialogs');
      if (platformOfHost(location.href)) return undefined;
      // A merchant-added site with the reply helper switched on.
      return startOnUserSite((site) =>
        site.features.replies ? startReplyHelper(ctx, site.platform, 'chat') : undefined,
      );
    });
  },
});
