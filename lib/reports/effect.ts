import type { Order } from '../orders/types';
import { currentStatus, platformHas } from './lifecycle';
import { acceptedMove, lastRefusal } from './moved';
import type { DelayReport } from './types';

export interface ReportEffect {
  /** A pending card or report for this order: shown on its badge. */
  pending?: DelayReport;
  /** The accepted report that moved the deadline. */
  moved?: DelayReport;
  /** The approved pre-report window that exempts this order. */
  exempt?: DelayReport;
  /** The latest card or report for this order was refused: the deadline stands, the badge says so. */
  refused?: DelayReport;
}

const keyOf = (order: Order) => `${order.platform}:${order.id}`;

/**
 * What the merchant's reports do to an order, by its platform's procedure: on JD an accepted card or an
 * approved emergency report moves its deadline to the agreed time, and an approved pre-report exempts the
 * orders PLACED in its window (jd-shipping-faq: "审批通过后相关时段内产生的订单,延迟免责"). A notice told to the
 * buyer changes nothing: on PDD a late order still counts as shipped late (pdd-reminder-service-process), even
 * one stored as "accepted" by an earlier version. The assessment applies it: lib/rules/with-reports.ts.
 */
export function reportEffect(order: Order, reports: readonly DelayReport[], now: number): ReportEffect {
  const mine = reports.filter((r) => r.orderKey === keyOf(order));
  const effect: ReportEffect = {};
  const pending = mine.find((r) => currentStatus(r, now) === 'pending' && r.kind !== 'notice');
  if (pending) effect.pending = pending;

  const refused = lastRefusal(order, mine);
  if (refused) effect.refused = refused;
  const placed = order.orderTime ?? order.payTime;
  // Only orders placed in the window: one placed earlier that falls due inside it keeps its deadline.
  const window = reports.find(
    (r) =>
      r.kind === 'pre-report' &&
      platformHas(order.platform, 'pre-report') &&
      r.status === 'accepted' &&
      r.platform === order.platform &&
      r.window &&
      placed !== undefined &&
      placed >= r.window.from &&
      placed <= r.window.to,
  );
  if (window) {
    effect.exempt = window;
    return effect;
  }
  const accepted = acceptedMove(order, mine);
  if (accepted) effect.moved = accepted;
  return effect;
}
