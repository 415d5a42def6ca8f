import type { Order } from '../orders/types';
import { reportEffect, type ReportEffect } from '../reports/effect';
import type { DelayReport } from '../reports/types';
import { assess, levelFor, type Assessment } from './assess';
import type { AssessSettings, Rule } from './types';

/**
 * An order assessed at `now` with the merchant's delay reports applied: the one way every view (badges, popup,
 * weekly penalties, notifications, the reply helper, the background's "was late") sees an order. An exempt
 * order (an approved pre-report window) is on time and carries no penalty; an accepted card or emergency report
 * moves the deadline (lib/reports/effect.ts says which reports count on which platform).
 */
export function assessWithReports(
  order: Order,
  rules: readonly Rule[],
  settings: AssessSettings,
  reports: readonly DelayReport[],
  now: number,
): { assessment: Assessment; effect: ReportEffect } {
  const assessment = assess(order, rules, settings, now);
  // Most orders have no report at all: nothing to look up (this runs for every row of a long list).
  if (assessment.level === 'done' || reports.length === 0) return { assessment, effect: {} };
  const effect = reportEffect(order, reports, now);
  if (effect.exempt) {
    const { penalty: _dropped, ...rest } = assessment;
    return { assessment: { ...rest, level: assessment.level === 'unknown' ? 'unknown' : 'ok' }, effect };
  }
  const moved = effect.moved?.newShipTime;
  if (moved === undefined) return { assessment, effect };
  const remaining = moved - now;
  return {
    assessment: { ...assessment, deadline: moved, remaining, level: levelFor(remaining, settings) },
    effect,
  };
}
