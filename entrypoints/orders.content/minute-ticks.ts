import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onBenchTick } from './timing';

/**
 * Runs `tick` just after each minute: page times are whole minutes, so countdowns change on the minute.
 * Returns the function that stops it.
 */
export function everyMinute(ctx: ContentScriptContext, tick: () => void): () => void {
  let timer: number | undefined;
  const next = () => {
    timer = ctx.setTimeout(
      () => {
        tick();
        next();
      },
      60_000 - (Date.now() % 60_000) + 20,
    );
  };
  next();
  onBenchTick(ctx, tick);
  return () => clearTimeout(timer);
}
