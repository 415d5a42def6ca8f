import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale, Translate } from '@/lib/i18n/translate';
import { badgeText } from '@/lib/rules/explain';
import type { Row } from './rows';
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

/**
 * One minute later: rows whose level may have changed (`recheckAt` reached) are redrawn; the others only get
 * their countdown text rewritten, which touches no layout.
 */
export function refreshRows(
  rows: ReadonlyMap<Element, Row>,
  now: number,
  redraw: (el: Element, row: Row) => void,
  t: Translate,
  locale: Locale,
): void {
  for (const [el, row] of rows) {
    if (now >= row.recheckAt) redraw(el, row);
    else if (row.deadline !== undefined) {
      const a = { level: row.level, deadline: row.deadline, remaining: row.deadline - now };
      row.badge?.setText(badgeText(a, t, locale), badgeText(a, t, locale, true));
    }
  }
}
