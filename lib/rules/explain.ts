import { intlLocale, type Locale, type Translate } from '../i18n/translate';
import { formatWallClock } from '../time/china-time';
import { formatDuration } from '../time/format-duration';
import type { Assessment } from './assess';
import { sourceText } from './source-text';
import type { Rule } from './types';

export interface Explained {
  /** Short badge text: `3h 20m left`, `Overdue · 2h 5m late`, `Done`. */
  badge: string;
  /** Compact penalty for the badge: `1 pt`, `¥3.00`. */
  penalty?: string;
  /** Tooltip lines, most important first. */
  lines: string[];
}

export interface ExplainContext {
  t: Translate;
  locale: Locale;
  rules: readonly Rule[];
  offsetMinutes: number;
}

function reasonLine(a: Assessment, t: Translate): string {
  const r = a.reason;
  switch (r.key) {
    case 'finished':
      return t('reason.finished', {
        status: t(`reason.status.${r.status as 'shipped' | 'cancelled' | 'completed'}`),
      });
    case 'unpaid':
      return t('reason.unpaid');
    case 'pagePromise':
      return t('reason.pagePromise');
    case 'computed':
      return r.paymentForOrder
        ? t('reason.computedFromPayment', { hours: r.hours })
        : r.orderForPayment
          ? t('reason.computedFromOrder', { hours: r.hours })
          : t('reason.computed', { hours: r.hours, from: t(`reason.from.${r.from}`) });
    case 'noClock':
      return r.missing === 'promise'
        ? t('reason.noClockPromise')
        : t('reason.noClockTime', { from: t(`reason.from.${r.missing}`) });
  }
}

/** The badge's countdown: `3h 20m left`, `2h 5m late`, or the level's name when there is no deadline. */
export function badgeText(
  a: Pick<Assessment, 'level' | 'deadline' | 'remaining'>,
  t: Translate,
  locale: Locale,
): string {
  if (a.deadline === undefined || a.remaining === undefined) return t(`level.${a.level}`);
  const time = formatDuration(a.remaining, intlLocale(locale));
  return a.remaining > 0 ? t('overlay.left', { time }) : t('overlay.late', { time });
}

/** Everything the badge and its tooltip say about one assessment, in the merchant's language. */
export function explain(a: Assessment, ctx: ExplainContext): Explained {
  const { t } = ctx;
  const lines: string[] = [t(`level.${a.level}`)];
  const badge = badgeText(a, t, ctx.locale);
  if (a.deadline !== undefined && a.remaining !== undefined) {
    lines.push(t('overlay.shipBy', { time: formatWallClock(a.deadline, ctx.offsetMinutes) }));
  }
  lines.push(reasonLine(a, t));
  if (a.itemsToShip) lines.push(t('overlay.itemsToShip', { items: a.itemsToShip.join(', ') }));
  if (a.statusUnrecognised) lines.push(t('overlay.statusUnrecognised', { status: a.statusUnrecognised }));
  else if (a.statusAssumed) lines.push(t('overlay.statusAssumed'));
  if (a.pickupDeadline !== undefined) {
    lines.push(t('overlay.pickupBy', { time: formatWallClock(a.pickupDeadline, ctx.offsetMinutes) }));
  }

  const ruleId = a.reason.key === 'pagePromise' || a.reason.key === 'computed' ? a.reason.ruleId : null;
  const rule = ctx.rules.find((r) => r.id === ruleId);
  let penalty: string | undefined;
  if (a.deadline !== undefined && rule) {
    const p = rule.penalty;
    if (a.penalty?.unit === 'points' && p.kind === 'points') {
      penalty = t('penalty.pointsShort', { points: p.points });
      lines.push(t('overlay.penaltyPoints', { points: p.points, cap: p.weeklyCap }));
      if (a.penalty.note === 'low-rate-flat') {
        lines.push(
          t('overlay.penaltyPointsLowRate', { rate: p.lowRateBelow ?? 95, flat: p.lowRateFlat ?? 7 }),
        );
      }
    } else if (a.penalty?.unit === 'cny') {
      const amount = a.penalty.amount.toFixed(2);
      penalty = `¥${amount}`;
      lines.push(
        t(a.penalty.note === 'min-assumed' ? 'overlay.penaltyCnyMin' : 'overlay.penaltyCny', { amount }),
      );
    } else {
      lines.push(t('overlay.penaltyNone'));
    }
    lines.push(
      t('overlay.source', { source: sourceText(rule, t), confidence: t(`confidence.${rule.confidence}`) }),
    );
  }
  return penalty ? { badge, penalty, lines } : { badge, lines };
}
