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

/**
 * Where a shipped order stands against the courier-pickup milestone (JD: the scan must be visible within 48 h of
 * the order, jd-shipping-faq). `due`: not scanned yet, window open. `onTime` / `late`: the page shows the scan
 * (or says 已揽收 while the window was still open). `pickedUp`: collected, the page gives no time and the window has
 * passed, so on time or late cannot be told. `missing`: no scan shown and the window has passed.
 */
export type PickupOutcome = 'due' | 'onTime' | 'late' | 'pickedUp' | 'missing';

export interface PickupState {
  deadline: number;
  /** Same words as `level` (`data-sd-pickup-level`): a scan shown is `done`, none after the window `overdue`. */
  level: Exclude<Level, 'unknown'>;
  outcome: PickupOutcome;
  /** Milliseconds left at `now` (negative once the window has passed). */
  remaining: number;
  ruleId: string;
  hours: number;
  from: 'order' | 'payment';
}

export interface Assessment {
  level: Level;
  deadline?: number;
  /** Milliseconds left at `now` (negative when overdue). */
  remaining?: number;
  /** Second milestone (JD courier pickup), when a rule defines one. */
  pickupDeadline?: number;
  /** A shipped order's courier-pickup mark (the main level stays `done`). */
  pickup?: PickupState;
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

/** The rule whose milestone is the courier's pickup for this order (JD `jd.pickup-48h`), if any. */
export function pickupRuleFor(order: Order, rules: readonly Rule[]): Rule | undefined {
  return rules
    .filter((r) => r.milestone === 'pickup' && r.limitHours !== null && covers(r, order))
    .sort(byPriority)[0];
}

/**
 * When the rule's clock starts for this order, and from which of its times. A page that shows only one of
 * the two times stands in for the other: payment follows the order, so a clock counted from the payment ends
 * a little late, and the tooltip says which time it used.
 */
export function clockStart(order: Order, rule: Rule): { at: number; from: 'order' | 'payment' } | undefined {
  const first = rule.clockStart === 'payment' ? order.payTime : order.orderTime;
  if (first !== undefined) return { at: first, from: rule.clockStart };
  const other = rule.clockStart === 'payment' ? order.orderTime : order.payTime;
  return other === undefined
    ? undefined
    : { at: other, from: rule.clockStart === 'payment' ? 'order' : 'payment' };
}

/**
 * A shipped order against its pickup rule: when the courier's scan is due and whether the page shows it.
 * Times are the page's own (order/payment, pickup scan), never when Seller Desk happened to see the row.
 */
export function pickupState(
  order: Order,
  rules: readonly Rule[],
  settings: AssessSettings,
  now: number,
): PickupState | undefined {
  const rule = pickupRuleFor(order, rules);
  const start = rule ? clockStart(order, rule) : undefined;
  if (!rule || rule.limitHours === null || start === undefined) return undefined;
  const deadline = start.at + rule.limitHours * HOUR;
  const remaining = deadline - now;
  const base = { deadline, remaining, ruleId: rule.id, hours: rule.limitHours, from: start.from };
  if (order.pickupTime !== undefined) {
    return { ...base, level: 'done', outcome: order.pickupTime <= deadline ? 'onTime' : 'late' };
  }
  if (order.pickedUp) return { ...base, level: 'done', outcome: remaining >= 0 ? 'onTime' : 'pickedUp' };
  if (remaining <= 0) return { ...base, level: 'overdue', outcome: 'missing' };
  return { ...base, level: levelFor(remaining, settings), outcome: 'due' };
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
  if (order.status === 'shipped') {
    // Uploading the waybill stops the ship clock, not the courier's: the pickup mark stays until the scan.
    const pickup = pickupState(order, rules, settings, now);
    return {
      level: 'done',
      reason: { key: 'finished', status: order.status },
      ...(pickup ? { pickup } : {}),
    };
  }
  if (order.status === 'cancelled' || order.status === 'completed') {
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
