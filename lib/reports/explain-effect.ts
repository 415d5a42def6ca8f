import type { Translate } from '../i18n/translate';
import type { Order } from '../orders/types';
import { formatWallClock } from '../time/china-time';
import type { ReportEffect } from './effect';
import { reportRules } from './presets';

const HOUR = 3_600_000;

/** Tooltip lines for what reports do to an order, and the early-report hint for suspicious orders. */
export function effectLines(
  order: Order,
  effect: ReportEffect,
  t: Translate,
  offsetMinutes: number,
): string[] {
  const lines: string[] = [];
  if (effect.exempt) lines.push(t('overlay.exempt'));
  if (effect.moved) lines.push(t('overlay.reportMoved'));
  if (effect.pending) lines.push(t('overlay.reportPending'));
  const hours = reportRules[order.platform].maliciousReportHours;
  const placed = order.orderTime ?? order.payTime;
  if (order.suspicious && hours !== null && placed !== undefined) {
    lines.push(
      t('overlay.malicious', { hours, time: formatWallClock(placed + hours * HOUR, offsetMinutes) }),
    );
  }
  return lines;
}
