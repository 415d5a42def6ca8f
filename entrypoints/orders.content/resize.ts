import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { forgetPlacements, onProbed } from './placement';
import type { Row } from './rows';

/** Resizing fires many events a second: badges are placed again once it has stopped for this long. */
const SETTLE_MS = 200;
/** A column a few pixels wider or narrower (the next page's numbers, a scrollbar) leaves the decisions as they are. */
const JITTER_PX = 4;

/**
 * Places every badge again when the room it was placed for changed: the window's width, or the width of an
 * element a probe measured (one per kind of list: a column dragged wider or narrower). No row is measured
 * here: what was decided is forgotten, and the first row of each kind is probed again (placement.ts).
 * Returns the function that stops watching.
 */
export function watchResize(ctx: ContentScriptContext, rows: () => Iterable<Row>): () => void {
  let width = innerWidth;
  let timer: number | undefined;
  /** The probed elements' widths as probed: a change of width, not the observer's first report, re-places. */
  let widths = new WeakMap<Element, number>();
  const observer = new ResizeObserver((entries) => {
    let changed = false;
    for (const e of entries) {
      const w = Math.round(e.borderBoxSize[0]?.inlineSize ?? e.contentRect.width);
      const was = widths.get(e.target);
      // Compared with the width the probe saw, not the last report: a slow drag adds up.
      if (was !== undefined && Math.abs(was - w) > JITTER_PX) changed = true;
    }
    if (changed) later();
  });
  const later = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(replaceAll, SETTLE_MS);
  };
  const replaceAll = () => {
    width = innerWidth;
    observer.disconnect();
    widths = new WeakMap();
    forgetPlacements();
    for (const row of rows()) row.replace?.();
  };
  const onWindow = () => {
    // A height change (a toolbar shown, the console opened below) leaves every line its room.
    if (innerWidth !== width) later();
  };
  // The width the probe saw, read while its layout is fresh: the observer's first report may come after the
  // page already changed it.
  onProbed((el) => {
    widths.set(el, Math.round(el.getBoundingClientRect().width));
    observer.observe(el);
  });
  addEventListener('resize', onWindow);
  return () => {
    clearTimeout(timer);
    removeEventListener('resize', onWindow);
    observer.disconnect();
    onProbed(undefined);
  };
}
