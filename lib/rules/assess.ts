import type { Order } from '../orders/types';
import { HOUR } from '../time/china-time';
import { penaltyRisk, type PenaltyRisk } from './penalty';
import type { AssessSettings, Rule } from './types';

/** The `data-sd-level` values (DESIGN.md contracts). */
export type Level = 'overdue' | 'urgent' | 'soon' | 'ok' | 'done' | 'unknown';

/** Why an order got its level: a locale key under `reason.*` and its parameters. */
export type Reason =
  | { key: 'finished'; status: Order['status'] }
  | { key: 'unpaid' }
  | { key: 'pagePromise'; ruleId: string | null }
  | {
      key: 'computed';
      ruleId: string;
      hours: number;
      from: 'order' | 'payment';
      /** The rule counts from the order, but the page shows only the payment (a few minutes later at most). */
      paymentForOrder?: true;
      /** The rule counts from the payment, but the page shows only the order time: an estimate (payment may be later). */
      orderForPayment?: true;
    }
  | { key: 'noClock'; ruleId: string | null; missing: 'promise' | 'order' | 'payment' };

export interface Assessment {
  level: Level;
  deadline?: number;
  /** Milliseconds left at `now` (negative when overdue). */
  remaining?: number;
  /** Second milestone (JD courier pickup), when a rule defines one. */
  pickupDeadline?: number;
  penalty?: PenaltyRisk;
  reason: Reason;
  /** The status was not on the page, or not in words Seller Desk knows; assessed as if not yet shipped. */
  statusAssumed?: boolean;
  /** The page's own status words when they were not recognised (shown to the merchant). */
  statusUnrecognised?: string;
  /** What the deadline counts from (`data-sd-basis`): a time the page states, or a rule from the payment/order. */
  basis?: 'promise' | 'payment' | 'order';
  /** The names of the items still to ship, when the order has several and some are done (sub-orders). */
  itemsToShip?: string[];
}

export function levelFor(remaining: number, settings: AssessSettings): Exclude<Level, 'done' | 'unknown'> {
  if (remaining <= 0) return 'overdue';
  if (remaining <= settings.urgentHours * HOUR) return 'urgent';
  if (remaining <= settings.soonHours * HOUR) return 'soon';
  return 'ok';
}

function covers(rule: Rule, order: Order): boolean {
  if (!rule.enabled || rule.platform !== order.platform) return false;
  if (rule.appliesTo === 'presale') return order.presale === true;
  if (rule.appliesTo === 'regular') return order.presale !== true;
  return true;
}

const byPriority = (a: Rule, b: Rule) => a.priority - b.priority;

/**
 * When the rule's clock starts for this order, and from which of its times. A page that shows only one of
 * the two times stands in for the other: payment follows the order, so a clock counted from the payment ends
 * a little late, and the tooltip says which time it used.
 */
function clockStart(order: Order, rule: Rule): { at: number; from: 'order' | 'payment' } | undefined {
  const first = rule.clockStart === 'payment' ? order.payTime : order.orderTime;
  if (first !== undefined) return { at: first, from: rule.clockStart };
  const other = rule.clockStart === 'payment' ? order.orderTime : order.payTime;
  return other === undefined
    ? undefined
    : { at: other, from: rule.clockStart === 'payment' ? 'order' : 'payment' };
}

/**
 * Works out when an order must ship, how long is left at `now`, and what it costs if late.
 * An explicit promised time on the page always wins over a computed one.
 */
export function assess(
  order: Order,
  rules: readonly Rule[],
  settings: AssessSettings,
  now: number,
): Assessment {
  if (order.status === 'shipped' || order.status === 'cancelled' || order.status === 'completed') {
    return { level: 'done', reason: { key: 'finished', status: order.status } };
  }
  if (order.status === 'unpaid') return { level: 'unknown', reason: { key: 'unpaid' } };

  const applicable = rules.filter((r) => covers(r, order)).sort(byPriority);
  const shipRule = applicable.find((r) => r.milestone === 'ship') ?? null;
  const pickupRule = applicable.find((r) => r.milestone === 'pickup');
  const statusAssumed =
    order.status !== 'unknown'
      ? {}
      : order.statusText
        ? { statusAssumed: true, statusUnrecognised: order.statusText }
        : { statusAssumed: true };

  let deadline: number | undefined;
  let reason: Reason;
  const start = shipRule ? clockStart(order, shipRule) : undefined;
  if (order.promiseTime !== undefined && (shipRule?.usePagePromise ?? true)) {
    deadline = order.promiseTime;
    reason = { key: 'pagePromise', ruleId: shipRule?.id ?? null };
  } else if (shipRule && shipRule.limitHours !== null && start !== undefined) {
    deadline = start.at + shipRule.limitHours * HOUR;
    reason = {
      key: 'computed',
      ruleId: shipRule.id,
      hours: shipRule.limitHours,
      from: start.from,
      ...(start.from === 'payment' && shipRule.clockStart === 'order'
        ? { paymentForOrder: true as const }
        : {}),
      ...(start.from === 'order' && shipRule.clockStart === 'payment'
        ? { orderForPayment: true as const }
        : {}),
    };
  } else {
    const missing = !shipRule || shipRule.limitHours === null ? 'promise' : shipRule.clockStart;
    return {
      level: 'unknown',
      reason: { key: 'noClock', ruleId: shipRule?.id ?? null, missing },
      ...statusAssumed,
    };
  }

  const remaining = deadline - now;
  const basis = reason.key === 'computed' ? reason.from : 'promise';
  const toShip = order.items?.filter((i) => i.status === 'pending').map((i) => i.name);
  const pickupStart = pickupRule ? clockStart(order, pickupRule) : undefined;
  const penalty = shipRule ? penaltyRisk(shipRule.penalty, order, settings) : null;
  return {
    level: levelFor(remaining, settings),
    deadline,
    remaining,
    reason,
    basis,
    ...(toShip && order.items && toShip.length < order.items.length ? { itemsToShip: toShip } : {}),
    ...(pickupRule?.limitHours != null && pickupStart !== undefined
      ? { pickupDeadline: pickupStart.at + pickupRule.limitHours * HOUR }
      : {}),
    ...(penalty ? { penalty } : {}),
    ...statusAssumed,
  };
}
