import { request } from '@/components/client';
import { contentScriptHosts, platformOfHost } from '@/lib/platforms/hosts';
import { detectPage } from '@/lib/platforms/pages';
import { startReplyHelper } from './reply-helper';

const demo = import.meta.env.MODE === 'demo';

export default defineContentScript({
  matches: contentScriptHosts,
  // Chat widgets are often pages of their own inside the back-office (an iframe).
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    let stop: (() => void) | undefined;
    const route = () => {
      stop?.();
      stop = undefined;
      const page = detectPage(location.href, { demo });
      if (page?.kind === 'chat') stop = startReplyHelper(ctx, page.platform, 'chat');
      // Order and after-sales lists: the reminder-reply (催单) dialog opens over them.
      else if (page) stop = startReplyHelper(ctx, page.platform, 'dialogs');
      else if (!page && !platformOfHost(location.href)) {
        // A merchant-added site with the reply helper switched on.
        void request('sites/match', { url: location.href })
          .then((site) => {
            if (site?.features.replies && !stop) stop = startReplyHelper(ctx, site.platform, 'chat');
          })
          .catch(() => undefined);
      }
    };
    route();
    ctx.addEventListener(window, 'wxt:locationchange', route);
  },
});
