import { segmentsOf, statusesIn, type ReadContext } from './fields';
import { labelledValues } from './labels';
import { normal, shownText, type Segment } from './text';
import type { OrderItem, OrderStatus } from './types';

/**
 * Sub-orders (PLATFORMS.md "Evidence from public code"): Taobao puts one table per parent order with a row per
 * sub-order, each with its own after-sales status (退款成功 on one item while another still has to ship);
 * Douyin a header row then one child row per SKU, the order-level cells merged by rowspan so later child rows
 * have fewer cells; PDD one tbody per order with a row per item. An order is done only when all its items are.
 */

/** One item row's name and the statuses its own cells say (not the order-level cells merged across items). */
export interface ItemText {
  name: string;
  own: readonly OrderStatus[];
}

export interface ItemsText {
  items: ItemText[];
  /** Statuses in the order-level cells (merged by rowspan across the item rows). */
  shared: readonly OrderStatus[];
}

const isCell = (e: Element) => e.tagName === 'TD' || e.tagName === 'TH';

/** Rows of a block's parts, without a live collection: a part that is a row, or the rows of a table section. */
function rowsOf(parts: readonly Element[]): Element[] {
  const out: Element[] = [];
  const section = (s: Element) => {
    for (let r = s.firstElementChild; r; r = r.nextElementSibling) if (r.tagName === 'TR') out.push(r);
  };
  for (const part of parts) {
    if (part.tagName === 'TR') out.push(part);
    else if (part.tagName === 'TBODY' || part.tagName === 'THEAD') section(part);
    else if (part.tagName === 'TABLE')
      for (let s = part.firstElementChild; s; s = s.nextElementSibling)
        if (s.tagName === 'TR') out.push(s);
        else if (s.tagName === 'TBODY') section(s);
        else continue;
    // A box around the order's table(s) (the generic reader's block; JD legacy: header and body tables).
    // A card without a table (JD) is most parts: one query without a list says so.
    else if (part.querySelector('tr')) out.push(...Array.from(part.querySelectorAll('tr')));
  }
  return out;
}

/** How many table rows a block has (cheap: no query, no text): a plan learnt on another count does not fit. */
export const rowCount = (parts: readonly Element[]) => rowsOf(parts).length;

/** Text pieces that name an item: words, not prices, quantities, dates or status words. */
const NAME = /[A-Za-z\u4e00-\u9fff]{2}/;
const NOT_NAME = /^[\s¥￥$€×xX*\d.,:/\-()（）]+$/;

function itemName(segs: readonly Segment[]): string | null {
  for (const seg of segs) {
    const text = seg.raw;
    if (!NAME.test(text) || NOT_NAME.test(text) || statusesIn(text).length) continue;
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  }
  return null;
}

/**
 * The items of one order, when it has two or more item rows (a row with two or more cells that say something
 * and no order-number label: not the order's header row, not a one-cell remark row, not an empty placeholder).
 * Null for single-item orders and for layouts without table rows (cards): they are read as before.
 */
export function readItems(
  parts: readonly Element[],
  pass: Pick<ReadContext, 'segments'> = {},
): ItemsText | null {
  const rows = rowsOf(parts);
  if (rows.length < 2) return null;
  // Rows with two or more cells that say something: the cheap test first, most orders have one item.
  const candidates = rows.filter((row) => {
    let cells = 0;
    for (let c = row.firstElementChild; c && cells < 2; c = c.nextElementSibling)
      if (isCell(c) && normal(shownText(c)) !== '') cells++;
    return cells >= 2;
  });
  if (candidates.length < 2) return null;
  const items: ItemText[] = [];
  const shared: OrderStatus[] = [];
  /** Per item row: how many cells, and the statuses of the widest row (which may hold the order's cells). */
  const widths: number[] = [];
  let widest: OrderStatus[] = [];
  for (const row of candidates) {
    const segs = segmentsOf(row, pass);
    if (labelledValues(segs).some((v) => v.field === 'id')) continue;
    const own: OrderStatus[] = [];
    let width = 0;
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
      if (!isCell(c)) continue;
      width++;
      const found = statusesIn(normal(shownText(c)));
      if (!found.length) continue;
      // A cell merged down across the item rows says the order's status, not this item's.
      if (Number(c.getAttribute('rowspan')) > 1) shared.push(...found);
      else own.push(...found);
    }
    // A refunded item whose row also shows another status (the trade status beside the after-sales cell): that
    // other status is the order's.
    if (own.includes('cancelled')) shared.push(...own.filter((st) => st !== 'cancelled'));
    if (width > Math.max(0, ...widths)) widest = own;
    widths.push(width);
    items.push({ name: itemName(segs) ?? `#${items.length + 1}`, own });
  }
  // Later rows with fewer cells than the widest: their order-level cells are merged into the widest row's, even
  // without a rowspan attribute; its statuses other than a refund are the order's.
  if (!shared.length && widths.some((w) => w < Math.max(...widths)))
    shared.push(...widest.filter((st) => st !== 'cancelled'));
  return items.length >= 2 ? { items, shared } : null;
}

/**
 * Each item's status and the order's: an item whose own cells say it was refunded or closed is cancelled; one
 * whose own cells say another status has it; the others share the order-level status. The order is pending
 * while any item still has to ship; otherwise it is shipped, completed or cancelled as its items are.
 */
export function itemStatuses(
  found: ItemsText,
  orderLevel: OrderStatus,
): { items: OrderItem[]; status: OrderStatus } {
  // Without merged order-level cells, the order's status as read elsewhere (its header, a label) stands for the
  // items without their own; not when an item's own words are what made it (one refunded item is not the order).
  const fromItems = found.items.some((i) => i.own.includes(orderLevel));
  const shared = found.shared.includes('pending')
    ? 'pending'
    : (found.shared[0] ?? (fromItems ? 'unknown' : orderLevel));
  const items = found.items.map(({ name, own }) => ({
    name,
    status: own.includes('cancelled')
      ? ('cancelled' as const)
      : own.includes('pending')
        ? ('pending' as const)
        : (own[0] ?? shared),
  }));
  const has = (s: OrderStatus) => items.some((i) => i.status === s);
  const status: OrderStatus = has('pending')
    ? 'pending'
    : has('unknown')
      ? 'unknown'
      : has('unpaid')
        ? 'unpaid'
        : has('shipped')
          ? 'shipped'
          : has('completed')
            ? 'completed'
            : 'cancelled';
  return { items, status };
}
