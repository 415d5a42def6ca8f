import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Slicer } from './slices';

/** Mutations arrive in bursts while a list renders: passes start at most this often. */
const MIN_PASS_INTERVAL_MS = 50;

/**
 * When to read the page again: right after the page's own task when it has been quiet for a while; in a burst
 * of changes, at most every 50 ms. Requests while one is queued are merged.
 */
export function createPassScheduler(ctx: ContentScriptContext, slicer: Slicer, pass: () => void) {
  let queued = false;
  let timer: number | undefined;
  let last = 0;
  let stopped = false;
  const start = () => {
    queued = false;
    last = Date.now();
    pass();
  };
  return {
    schedule() {
      if (queued || stopped) return;
      queued = true;
      const wait = last + MIN_PASS_INTERVAL_MS - Date.now();
      if (wait <= 0) slicer.soon(start);
      else timer = ctx.setTimeout(start, wait);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
