import { contentScriptHosts } from '@/lib/platforms/hosts';
import { detectPage } from '@/lib/platforms/pages';
import { startCountdowns } from './countdowns';

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
      if (page?.kind === 'orders') stop = startCountdowns(ctx, page.platform);
    };
    route();
    // Single-page apps change route without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', route);
  },
});
