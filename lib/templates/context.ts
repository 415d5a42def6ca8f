import type { Order } from '../orders/types';
import { promiseFor } from '../reports/promise';
import type { SeenOrder } from '../orders/seen';
import { digitCount, findIdToken } from '../orders';
import { formatWallClock } from '../time/china-time';
import type { TemplateValues } from './render';
import type { PageZone } from '../time/zone';

/** The order under discussion: the last known order number mentioned in the chat text. */
export function findDiscussedOrder(
  texts: readonly string[],
  seen: readonly SeenOrder[],
): SeenOrder | undefined {
  const byId = new Map(seen.map((s) => [s.order.id, s]));
  for (let i = texts.length - 1; i >= 0; i--) {
    const text = texts[i] ?? '';
    for (const id of byId.keys()) if (text.includes(id)) return byId.get(id);
    const token = findIdToken(text);
    if (token && byId.has(token)) return byId.get(token);
  }
  return undefined;
}

/**
 * An order number the buyer wrote ("什么时候发货？订单号 260923-…") that Seller Desk has not seen on a list:
 * the newest one with 10+ digits (the platforms' numbers are 12–19), so a quantity or a price is not taken.
 */
export function mentionedOrderNumber(texts: readonly string[]): string | undefined {
  for (let i = texts.length - 1; i >= 0; i--) {
    const token = findIdToken(texts[i] ?? '');
    if (token && digitCount(token) >= 10) return token;
  }
  return undefined;
}

/**
 * Placeholder values an order can fill; the rest stay missing until the merchant types them. `{promiseTime}` is
 * never after the deadline (promiseFor: PDD the latest whole hour still ahead, elsewhere the deadline to the
 * minute). When there is none — the deadline has passed, or on PDD no whole hour is left before it — it is left
 * for the merchant to give (a late order's new time comes from the delay helper's notice), while `{deadline}`
 * still names the one that was missed.
 */
export function valuesFor(
  o: Order | undefined,
  deadline: number | undefined,
  zone: PageZone,
  now: number,
): TemplateValues {
  if (!o) return {};
  const values: TemplateValues = { orderId: o.id };
  if (deadline !== undefined) {
    values.deadline = formatWallClock(deadline, zone);
    const promise = promiseFor(o.platform, deadline, now, zone);
    if (promise.ok) values.promiseTime = formatWallClock(promise.at, zone);
  }
  if (o.buyer) values.buyerName = o.buyer;
  return values;
}

/**
 * The order a chat is about: the order card the chat shows (read like any order list), completed by
 * what Seller Desk saw of the same order on the order list; else the last order number mentioned that it
 * saw on a list; else the last one the buyer wrote.
 */
export function pickChatOrder(
  card: Order | undefined,
  mentioned: SeenOrder | undefined,
  seen: readonly SeenOrder[],
  written?: { id: string; platform: Order['platform'] },
): Order | undefined {
  if (card) {
    const known = seen.find((s) => s.order.id === card.id)?.order;
    return known ? { ...card, ...known } : card;
  }
  // Only its number is known: enough for {orderId}; times and status stay for the merchant to give.
  return mentioned?.order ?? (written && { ...written, status: 'unknown' });
}
