import type { Order } from '../orders/types';
import { levelFor, type Assessment } from '../rules/assess';
import type { AssessSettings } from '../rules/types';
import { currentStatus } from './lifecycle';
import type { DelayReport } from './types';

export interface ReportEffect {
  /** A pending card or report for this order: shown on its badge. */
  pending?: DelayReport;
  /** The accepted report that moved the deadline. */
  moved?: DelayReport;
  /** The approved pre-report window that exempts this order. */
  exempt?: DelayReport;
}

const keyOf = (order: Order) => `${order.platform}:${order.id}`;

/**
 * What the merchant's reports do to an order: an accepted card or approved emergency report moves its
 * deadline to the agreed time; an approved pre-report window exempts orders placed or due inside it.
 */
export function applyReports(
  order: Order,
  assessment: Assessment,
  reports: readonly DelayReport[],
  settings: AssessSettings,
  now: number,
): { assessment: Assessment; effect: ReportEffect } {
  // Most orders have no report at all: nothing to look up (this runs for every row of a long list).
  if (assessment.level === 'done' || reports.length === 0) return { assessment, effect: {} };
  const mine = reports.filter((r) => r.orderKey === keyOf(order));
  const effect: ReportEffect = {};
  const pending = mine.find((r) => currentStatus(r, now) === 'pending' && r.kind !== 'notice');
  if (pending) effect.pending = pending;

  const accepted = mine
    .filter((r) => r.status === 'accepted' && r.newShipTime !== undefined)
    .sort((a, b) => (b.decidedAt ?? b.createdAt) - (a.decidedAt ?? a.createdAt))[0];
  const placed = order.orderTime ?? order.payTime;
  // A pre-report covers what the foreseen event stops: orders placed during it, and orders already placed
  // whose deadline falls in it (a typhoon next week delays the orders due next week).
  const within = (t: number | undefined, w: { from: number; to: number }) =>
    t !== undefined && t >= w.from && t <= w.to;
  const window = reports.find(
    (r) =>
      r.kind === 'pre-report' &&
      r.status === 'accepted' &&
      r.platform === order.platform &&
      r.window &&
      (within(placed, r.window) || within(assessment.deadline, r.window)),
  );

  if (window) {
    effect.exempt = window;
    const { penalty: _dropped, ...rest } = assessment;
    return { assessment: { ...rest, level: assessment.level === 'unknown' ? 'unknown' : 'ok' }, effect };
  }
  if (accepted?.newShipTime !== undefined) {
    effect.moved = accepted;
    const remaining = accepted.newShipTime - now;
    return {
      assessment: {
        ...assessment,
        deadline: accepted.newShipTime,
        remaining,
        level: levelFor(remaining, settings),
      },
      effect,
    };
  }
  return { assessment, effect };
}
