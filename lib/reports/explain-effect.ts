import type { Translate } from '../i18n/translate';
import type { Order } from '../orders/types';
import { formatWallClock } from '../time/china-time';
import type { ReportEffect } from './effect';
import { reportRules } from './presets';
import type { DelayReport } from './types';
import type { PageZone } from '../time/zone';

const HOUR = 3_600_000;

/** The badge's short mark for a refused card or report. */
export const refusedNote = (r: DelayReport, t: Translate) =>
  t(r.kind === 'card' ? 'overlay.cardRefused' : 'overlay.reportRefused');

/** The tooltip's line for it: the deadline stands, and what is left to do. */
const refusedLine = (r: DelayReport, t: Translate) =>
  t(r.kind === 'card' ? 'overlay.cardRefusedHelp' : 'overlay.reportRefusedHelp');

/**
 * Tooltip lines for what reports do to an order, and the early-report hint for suspicious orders. A moved
 * deadline is said by the reason line (`explain`'s `movedByReport`), not here a second time.
 */
export function effectLines(order: Order, effect: ReportEffect, t: Translate, zone: PageZone): string[] {
  const lines: string[] = [];
  if (effect.exempt) lines.push(t('overlay.exempt'));
  if (effect.pending) lines.push(t('overlay.reportPending'));
  else if (effect.refused) lines.push(refusedLine(effect.refused, t));
  const hours = reportRules[order.platform].maliciousReportHours;
  const placed = order.orderTime ?? order.payTime;
  if (order.suspicious && hours !== null && placed !== undefined) {
    lines.push(t('overlay.malicious', { hours, time: formatWallClock(placed + hours * HOUR, zone) }));
  }
  return lines;
}
