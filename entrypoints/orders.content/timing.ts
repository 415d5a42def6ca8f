import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const demo = import.meta.env.MODE === 'demo';

/**
 * Demo builds leave `sd:*` entries in the page's performance timeline (what a pass cost, in which phase),
 * which `npm run bench` reads. Production builds record nothing on the merchant's page.
 */
export function measure(name: string, start: number, detail?: Record<string, number>): void {
  if (!demo) return;
  performance.measure(`sd:${name}`, { start, end: performance.now(), detail });
}

/** Demo builds only: `npm run bench` asks for the minute refresh now instead of waiting for the minute. */
export function onBenchTick(ctx: ContentScriptContext, tick: () => void): void {
  if (demo) ctx.addEventListener(document, 'sd-bench:tick' as keyof DocumentEventMap, tick);
}
