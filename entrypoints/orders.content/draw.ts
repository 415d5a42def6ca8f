import type { Order } from '@/lib/orders/types';
import { badgeState } from './badge-state';
import { placeTogether, type BadgePlacing } from './placing-batch';
import type { ListState } from './list-state';
import { assessRow, buildBadge, markRow, unmarkRow, type Row } from './rows';

/** Opens the delay-report helper for an order (countdowns.ts wires it to the state and the next pass). */
export type OpenReport = (order: Order, mode: 'delay' | 'abnormal') => void;

/**
 * Puts a row's marks and badge on the page. With `later`, a new badge's placing is queued there instead, to
 * be done together with the other rows' (placing-batch.ts: the page then lays its list out once).
 */
export type BadgeUpdate = (later?: BadgePlacing[]) => void;

/**
 * Assess → mark → draw, for one row: assesses its order now, and returns the update that writes its marks
 * and its badge (callers apply many rows' updates at once: the page lays its list out again once, not once
 * per slice of rows). A row's marks and its badge appear together: whoever sees `data-sd-level` finds the
 * badge beside it. `unsettled`: see buildBadge (the first screen reads no layout).
 */
export function drawRow(
  state: ListState,
  el: Element,
  row: Row,
  now: number,
  openReport: OpenReport,
  unsettled?: (() => void)[],
): BadgeUpdate {
  const { rules, settings, reports, t, locale } = state;
  const order = row.order;
  // assess
  const { a, effect } = assessRow(row, rules, settings, reports, now);
  // mark
  const mark = () => markRow(el, order, a, settings.pageTimeZone);
  if (!state.configured || (row.lazy && !row.badge)) return mark;
  // draw
  const badge = badgeState(order, a, effect, { t, locale, rules, settings, openReport });
  return (later) => {
    if (row.badge) {
      mark();
      row.badge.set(badge);
      return;
    }
    // A new badge is built off the page; it goes on the page, with the row's marks, with the others.
    const put = buildBadge(row, badge, (host) => state.placed.add(host), unsettled);
    const placing: BadgePlacing = {
      prepare: put.prepare,
      place: () => {
        mark();
        put.place();
      },
    };
    if (later) later.push(placing);
    else placeTogether([placing]);
  };
}

/** Takes a row off the page: its badge, its marks, its entry. */
export function forgetRow(state: ListState, el: Element): void {
  const badge = state.rows.get(el)?.badge;
  if (badge) state.placed.delete(badge.host);
  badge?.remove();
  state.rows.delete(el);
  unmarkRow(el);
}
