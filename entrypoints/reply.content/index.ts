import { contentScriptHosts } from '@/lib/platforms/hosts';
import { detectPage } from '@/lib/platforms/pages';
import { startReplyHelper } from './reply-helper';

const demo = import.meta.env.MODE === 'demo';

export default defineContentScript({
  matches: contentScriptHosts,
  runAt: 'document_idle',
  main(ctx) {
    let stop: (() => void) | undefined;
    const route = () => {
      stop?.();
      stop = undefined;
      const page = detectPage(location.href, { demo });
      if (page?.kind === 'chat') stop = startReplyHelper(ctx, page.platform);
    };
    route();
    ctx.addEventListener(window, 'wxt:locationchange', route);
  },
});
