import { createRiskBadge, setOrRemove, type BadgeState, type RiskBadge } from '@/components/risk-badge';
import { keepsRowHeight, partsText, visibleIdElement, type OrderBlock } from '@/lib/orders';
import {
  placeBadge,
  placeUnmeasured,
  prepareProbe,
  unplaceBadge,
  type BadgeAt,
  type BadgeSpot,
} from './placement';
import type { BadgePlacing } from './placing-batch';
import type { Order } from '@/lib/orders/types';
import type { Assessment, Level } from '@/lib/rules/assess';
import { nextPickupTextChange } from '@/lib/rules/explain';
import type { ReportEffect } from '@/lib/reports/effect';
import type { DelayReport } from '@/lib/reports/types';
import type { Rule } from '@/lib/rules/types';
import { assessWithReports } from '@/lib/rules/with-reports';
import type { PageSettings } from '@/lib/settings/page';
import { HOUR, toZonedIso } from '@/lib/time/china-time';
import type { PageZone } from '@/lib/time/zone';

/**
 * What a row keeps of its block once read: where it is and where its badge goes. Not its parts or their text
 * (and width-folded copy), which only the reading needs: kept for 2,000 rows they held ~0.5 MB.
 */
export type RowBlock = Pick<OrderBlock, 'element' | 'idElement'>;

export const rowBlock = (block: RowBlock): RowBlock => ({
  element: block.element,
  idElement: block.idElement,
});

/** One order on the page, as the overlay keeps it between passes. */
export interface Row {
  block: RowBlock;
  /** The key (text-key.ts) of the text the row was last drawn from (undefined = redraw): an unchanged row is not re-read. */
  key: number | undefined;
  order: Order;
  /** Drawn once the merchant's settings and language have arrived. */
  badge: RiskBadge | undefined;
  level: Level;
  deadline: number | undefined;
  /** When the level can next change; until then the minute refresh rewrites only the countdown text. */
  recheckAt: number;
  /** Far down a long list: marked now, its badge drawn when it comes within a few screens of the viewport. */
  lazy: boolean;
  /** Where the badge is: the row's element, or the row of a fixed-column copy laid over it. */
  home?: Element;
  /** Takes the placed badge off and places it anew: the window or a column changed width (resize.ts). */
  replace?: () => void;
}

export const newRow = (block: RowBlock, order: Order, lazy: boolean): Row => ({
  block: rowBlock(block),
  key: undefined,
  order,
  badge: undefined,
  level: 'unknown',
  deadline: undefined,
  recheckAt: Infinity,
  lazy,
});

/**
 * Lists up to this long get every badge at once. A longer list (an export on screen) gets its badges as its
 * rows come within a screen of the viewport (two below): each badge costs the page its creation and ~4 KB (a
 * table whose cells change keeps more layout data), ~15 MB for a 2,000-row export. Every row is marked
 * (data-sd-*) at once whatever its place.
 */
export const EAGER_BADGES = 300;

/** Rows far down a long list that came near the viewport: they get their badge now. */
export function drawLazyRows(
  els: readonly Element[],
  rows: ReadonlyMap<Element, Row>,
  draw: (el: Element, row: Row, now: number) => void,
): void {
  const now = Date.now();
  for (const el of els) {
    const row = rows.get(el);
    if (!row?.lazy) continue;
    row.lazy = false;
    draw(el, row, now);
  }
}

/** The page may have re-rendered the cell that held the badge. */
export const badgeInPlace = (row: Row) =>
  !row.badge || (row.badge.host.isConnected && (row.home ?? row.block.element).contains(row.badge.host));

export type { BadgeSpot } from './placement';

/** Report effects (a pending card expiring) are time-based too: rows they touch are re-assessed this often. */
const REPORT_RECHECK_MS = 10 * 60_000;

/** Assesses the row's order now (delay reports applied) and notes when that can next change. */
export function assessRow(
  row: Row,
  rules: readonly Rule[],
  settings: PageSettings,
  reports: readonly DelayReport[],
  now: number,
): { a: Assessment; effect: ReportEffect } {
  const { assessment: a, effect } = assessWithReports(row.order, rules, settings, reports, now);
  row.level = a.level;
  row.deadline = a.deadline;
  const touched = effect.pending || effect.moved || effect.exempt;
  row.recheckAt = Math.min(nextLevelChange(a, settings, now), touched ? now + REPORT_RECHECK_MS : Infinity);
  return { a, effect };
}

/** The `data-sd-*` contract on an order's element (DESIGN.md). */
const MARKS = [
  'data-sd-order-id',
  'data-sd-platform',
  'data-sd-level',
  'data-sd-deadline',
  'data-sd-penalty',
  'data-sd-basis',
  'data-sd-pickup-deadline',
  'data-sd-pickup-level',
];

/** Writes the marks that changed; a mark with no value is removed. */
export function markRow(el: Element, order: Order, a: Assessment, zone: PageZone): void {
  const set = (name: string, value: string | undefined) => setOrRemove(el, name, value);
  set('data-sd-order-id', order.id);
  set('data-sd-platform', order.platform);
  set('data-sd-level', a.level);
  const timed = a.deadline !== undefined && a.level !== 'done' && a.level !== 'unknown';
  set('data-sd-deadline', timed ? toZonedIso(a.deadline as number, zone) : undefined);
  set('data-sd-penalty', a.penalty?.code);
  set('data-sd-basis', timed ? a.basis : undefined);
  // A shipped order's courier-pickup window (JD 48 h): the main level stays `done`.
  set('data-sd-pickup-deadline', a.pickup ? toZonedIso(a.pickup.deadline, zone) : undefined);
  set('data-sd-pickup-level', a.pickup?.level);
}

export function unmarkRow(el: Element): void {
  for (const name of MARKS) el.removeAttribute(name);
}

/** The spot told by the number's element alone: a table cell, a list item or a grid cell takes the badge inside. */
function spotBySelf(idElement: Element): BadgeSpot | undefined {
  if (['TD', 'TH', 'LI'].includes(idElement.tagName)) return 'inside';
  // A div grid's cell (AG Grid): cells are placed absolutely in their row, anything after one is under it.
  const role = idElement.getAttribute('role');
  if (role === 'gridcell' || role === 'cell') return 'inside';
  return undefined;
}

/**
 * The first screen's spot, asked before the page's new rows have any style (first-screen.ts): a computed style
 * read there would make the browser compute the style of the whole new list in our task. An element that is
 * neither a cell nor a link or button takes the badge inside, which is right whatever its parent's display
 * (never a new flex or grid item); when the pass settles the badge it asks `badgeSpot` (placement.ts).
 */
function styleFreeSpot(idElement: Element): BadgeSpot | undefined {
  return spotBySelf(idElement) ?? (NO_INSIDE.has(idElement.tagName) ? undefined : 'inside');
}

/** A badge inside these would be part of them (a click on it would follow the link, press the button). */
const NO_INSIDE = new Set(['A', 'BUTTON', 'LABEL', 'SELECT', 'TEXTAREA', 'INPUT']);

/**
 * Where a badge goes next to the order number: inside a table cell or list item, or right after an inline
 * element. Never as a new item of a flex or grid container (a div-based row or card header): there it would
 * become a cell of its own, squeeze the number, and break page code that reads the row's children by
 * position; it goes inside the number's element instead. Asked while a pass reads (the page's style is clean
 * then), not while it places badges, which would make the browser recompute style between badges.
 * Whether the line has room for it at all is measured when it is placed (placement.ts).
 */
export function badgeSpot(idElement: Element): BadgeSpot {
  const bySelf = spotBySelf(idElement);
  if (bySelf) return bySelf;
  const parent = idElement.parentElement;
  const display = parent ? getComputedStyle(parent).display : '';
  return display.includes('flex') || display.includes('grid') ? 'inside' : 'after';
}

/**
 * The row's new badge, built off the page now; the placing it returns puts it next to the order number
 * (`onPlaced` gets its element), or on a line of its own where that line has no room. Where it goes is decided
 * now, while the pass reads. With `unsettled` (the first screen, which reads no style and no layout), a badge
 * of a kind not measured yet is put inline unmeasured, and its measured placing is queued there.
 */
export function buildBadge(
  row: Row,
  state: BadgeState,
  onPlaced: (host: HTMLElement) => void,
  unsettled?: (() => void)[],
): BadgePlacing {
  const badge = createRiskBadge();
  badge.set(state);
  row.badge = badge;
  const { element } = row.block;
  // A fixed order-number column is drawn twice (the table and a copy laid over it): the badge goes in the copy
  // the merchant sees, and its row is where the badge is looked for.
  const idElement = visibleIdElement(row.block.idElement);
  const home =
    idElement === row.block.idElement ? element : (idElement.closest('tr, [role="row"]') ?? idElement);
  row.home = home;
  const fixed = keepsRowHeight(element);
  const at = (spot: BadgeSpot): BadgeAt => ({
    host: badge.host,
    row: home,
    idElement,
    spot,
    fixed,
    buttons: state.actions.length,
  });
  const placeAt = (where: BadgeAt) => {
    badge.place((_, buttons) => placeBadge(where, buttons));
    onPlaced(badge.host);
  };
  row.replace = () => {
    if (!badge.host.isConnected) return;
    unplaceBadge(badge.host);
    placeAt(at(badgeSpot(idElement)));
  };
  if (unsettled) return firstScreenPlacing(row, badge, at, placeAt, onPlaced, unsettled);
  const where = at(badgeSpot(idElement));
  return { prepare: () => prepareProbe(where), place: () => placeAt(where) };
}

/**
 * The first screen's placing, which reads no style and no layout: a badge of a kind already measured goes
 * where that kind's go; one of a kind not measured yet goes inline unmeasured, and its measured placing is
 * queued in `unsettled` for the next batch of badges (the frame is drawn by then, so measuring does not lay out
 * the new list in the first frame). A number inside a link or button whose parent's display is unknown gets
 * its badge from the pass only.
 */
function firstScreenPlacing(
  row: Row,
  badge: RiskBadge,
  at: (spot: BadgeSpot) => BadgeAt,
  placeAt: (where: BadgeAt) => void,
  onPlaced: (host: HTMLElement) => void,
  unsettled: (() => void)[],
): BadgePlacing {
  const { idElement, row: home } = at('inside');
  // Settled only while the row still shows this badge: a newer pass may have redrawn or dropped the row.
  const settle = (placed: boolean) => () => {
    if (row.badge !== badge || (placed ? !badge.host.isConnected : !home.isConnected)) return;
    placeAt(at(badgeSpot(idElement)));
  };
  const spot = styleFreeSpot(idElement);
  const place = () => {
    if (!spot) return void unsettled.push(settle(false));
    badge.place((_, buttons) => {
      if (!placeUnmeasured(at(spot), buttons)) unsettled.push(settle(true));
    });
    onPlaced(badge.host);
  };
  return { prepare: () => undefined, place };
}

/** The text a block is read from. */
export const textOf = (block: OrderBlock) => block.text ?? partsText(block.parts);

/** A shipped order's pickup mark: its level (thresholds, the window's end) or its hour count next changes. */
function nextPickupChange(deadline: number, settings: PageSettings, now: number): number {
  let next = nextPickupTextChange(deadline, now);
  if (deadline > now && deadline < next) next = deadline;
  for (const hours of [settings.urgentHours, settings.soonHours]) {
    const at = deadline - hours * HOUR;
    if (at > now && at < next) next = at;
  }
  return next;
}

/** When the order's level next changes (a threshold or the deadline); Infinity when it has no clock. */
function nextLevelChange(a: Assessment, settings: PageSettings, now: number): number {
  if (a.pickup) return nextPickupChange(a.pickup.deadline, settings, now);
  if (a.deadline === undefined || a.level === 'done' || a.level === 'unknown') return Infinity;
  // The first of the three that is still ahead (no arrays: this runs for every row of every pass).
  let next = a.deadline > now ? a.deadline : Infinity;
  const urgent = a.deadline - settings.urgentHours * HOUR;
  if (urgent > now && urgent < next) next = urgent;
  const soon = a.deadline - settings.soonHours * HOUR;
  if (soon > now && soon < next) next = soon;
  return next;
}
