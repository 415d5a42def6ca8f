import { intlLocale, type Locale, type Translate } from '../i18n/translate';
import { formatWallClock, HOUR } from '../time/china-time';
import { formatDuration } from '../time/format-duration';
import type { Order } from '../orders/types';
import type { Assessment, PickupState } from './assess';
import { presaleProcedureFor } from '../reports/presale';
import { sourceLines } from './source-text';
import type { Rule } from './types';
import type { PageZone } from '../time/zone';
import { zoneWords } from '../i18n/zone-words';

const MINUTE = 60_000;

export interface Explained {
  /** Short badge text: `3h 20m left`, `Overdue · 2h 5m late`, `Done`. */
  badge: string;
  /** Compact penalty for the badge: `1 pt`, `¥3.00`. */
  penalty?: string;
  /** Tooltip lines, most important first. */
  lines: string[];
  /** A shipped order's quieter second mark: the courier pickup (`pickup due in 8h`, `picked up on time`). */
  pickup?: { text: string; level: PickupState['level'] };
}

export interface ExplainContext {
  t: Translate;
  locale: Locale;
  rules: readonly Rule[];
  zone: PageZone;
  /** The order itself, for what depends on it beyond the assessment (a presale order's procedure). */
  order?: Pick<Order, 'platform' | 'presale' | 'pickupTime'>;
  /**
   * An accepted delay report moved the deadline to this time: the reason line says so instead of the rule's
   * ("24 h after the order time" no longer describes the deadline shown).
   */
  movedByReport?: number;
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

const MINUTE_MS = 60_000;

/**
 * The short form's time, in the fewest characters the language reads at a glance: `1h 10m`, `1时10分` (the
 * countdown clocks of Chinese shop pages, where the badge's own `1小时10分钟` is too wide for a narrow column).
 * Two largest units, rounded down to the minute; sign ignored.
 */
function shortDuration(ms: number, t: Translate): string {
  const total = Math.floor(Math.abs(ms) / MINUTE_MS);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  if (d > 0) return t('overlay.shortDays', { d, h });
  if (h > 0) return m > 0 ? t('overlay.shortHours', { h, m }) : t('overlay.shortHour', { h });
  return t('overlay.shortMinutes', { m });
}

/**
 * The badge's countdown: `3h 20m left`, `2h 5m late`, or the level's name when there is no deadline. `short`:
 * its short form, for a line too narrow for the whole badge (placement.ts): the time alone (`3h 20m`), marked
 * when late (`−2h 5m`); the level's colour says the rest, the badge's menu and spoken name the whole.
 */
export function badgeText(
  a: Pick<Assessment, 'level' | 'deadline' | 'remaining'>,
  t: Translate,
  locale: Locale,
  short = false,
): string {
  if (a.deadline === undefined || a.remaining === undefined) return t(`level.${a.level}`);
  if (short) {
    const time = shortDuration(a.remaining, t);
    return a.remaining > 0 ? t('overlay.leftShort', { time }) : t('overlay.lateShort', { time });
  }
  const time = formatDuration(a.remaining, intlLocale(locale));
  return a.remaining > 0 ? t('overlay.left', { time }) : t('overlay.late', { time });
}

/**
 * A quiet mark says whole hours (`8h`, `1d 3h`), minutes only in the last hour: its text changes once an hour,
 * so rows of shipped orders are not redrawn every minute.
 */
export const pickupShown = (remaining: number) =>
  remaining >= HOUR ? Math.floor(remaining / HOUR) * HOUR : remaining;

/** When the pickup mark's text next changes (see `pickupShown`). */
export function nextPickupTextChange(deadline: number, now: number): number {
  const remaining = deadline - now;
  if (remaining <= 0) return Infinity;
  const unit = remaining >= HOUR ? HOUR : MINUTE;
  return deadline - Math.floor(remaining / unit) * unit + 1;
}

/** The pickup mark's words: how long until the courier's scan is due, or what became of it. */
export function pickupText(
  p: Pick<PickupState, 'outcome' | 'remaining' | 'hours'>,
  t: Translate,
  locale: Locale,
) {
  switch (p.outcome) {
    case 'due':
      return t('overlay.pickupDue', { time: formatDuration(pickupShown(p.remaining), intlLocale(locale)) });
    case 'onTime':
      return t('overlay.pickupOnTime');
    case 'late':
      return t('overlay.pickupLate', { hours: p.hours });
    case 'pickedUp':
      return t('overlay.pickupDone');
    case 'missing':
      return t('overlay.pickupMissing', { hours: p.hours });
  }
}

/** Tooltip lines for a shipped order's pickup mark: when the scan is due, what the page shows, the rule's source. */
function pickupLines(p: PickupState, ctx: ExplainContext): string[] {
  const { t } = ctx;
  const due = formatWallClock(p.deadline, ctx.zone);
  const lines = [
    t('overlay.pickupBy', { time: due }),
    t('reason.pickupRule', { hours: p.hours, from: t(`reason.from.${p.from}`) }),
  ];
  const scanned = ctx.order?.pickupTime;
  if (scanned !== undefined) {
    lines.push(
      t('overlay.pickupScannedAt', {
        time: formatWallClock(scanned, ctx.zone),
        zone: zoneWords(ctx.zone, t),
      }),
    );
  } else if (p.outcome === 'missing') lines.push(t('overlay.pickupMissingHelp', { hours: p.hours }));
  else if (p.outcome === 'due') lines.push(t('overlay.pickupDueHelp'));
  const rule = ctx.rules.find((r) => r.id === p.ruleId);
  if (rule) lines.push(...sourceLines(rule, t));
  return lines;
}

/**
 * A presale order's procedure when it cannot ship on time (JD: jd-shipping-faq Q3), numbers from the data, with
 * the source's own words. Shown until the order is finished.
 */
function presaleLines(a: Assessment, ctx: ExplainContext): string[] {
  const procedure = ctx.order?.presale ? presaleProcedureFor(ctx.order.platform) : undefined;
  if (!procedure || a.level === 'done') return [];
  const { t } = ctx;
  const multiple = procedure.depositMultiple;
  return [
    t('overlay.presaleBeforeBalance', { multiple }),
    a.deadline !== undefined
      ? t('overlay.presaleAfterBalanceAt', {
          hours: procedure.phoneWithinHours,
          time: formatWallClock(a.deadline, ctx.zone),
          zone: zoneWords(ctx.zone, t),
        })
      : t('overlay.presaleAfterBalance', { hours: procedure.phoneWithinHours }),
    t('overlay.presaleCancel', { hours: procedure.deleteRequestWithinHours, multiple }),
    t('overlay.presaleOtherwise'),
    t('overlay.presaleQuote', { source: procedure.source, quote: procedure.quote }),
  ];
}

/** The rule an assessment's deadline comes from, when it has one. */
const ruleOf = (a: Assessment, rules: readonly Rule[]) => {
  const ruleId = a.reason.key === 'pagePromise' || a.reason.key === 'computed' ? a.reason.ruleId : null;
  return a.deadline !== undefined ? rules.find((r) => r.id === ruleId) : undefined;
};

/**
 * What the badge itself shows: its countdown, compact penalty and pickup mark. Apart from the tooltip's lines
 * (`explainLines`), which the orders script builds only when a badge is hovered or focused (badge-more.ts).
 */
export function badgeFace(
  a: Assessment,
  ctx: Pick<ExplainContext, 't' | 'locale' | 'rules'>,
): Omit<Explained, 'lines'> {
  const { t } = ctx;
  const badge = badgeText(a, t, ctx.locale);
  const p = ruleOf(a, ctx.rules)?.penalty;
  const penalty =
    a.penalty?.unit === 'points' && p?.kind === 'points'
      ? t('penalty.pointsShort', { points: p.points })
      : a.penalty?.unit === 'cny' && p
        ? `¥${a.penalty.amount.toFixed(2)}`
        : undefined;
  const pickup = a.pickup
    ? { pickup: { text: pickupText(a.pickup, t, ctx.locale), level: a.pickup.level } }
    : {};
  return penalty ? { badge, penalty, ...pickup } : { badge, ...pickup };
}

/** The penalty's tooltip lines and the rule's source. */
function penaltyLines(a: Assessment, rule: Rule, t: Translate): string[] {
  const p = rule.penalty;
  const lines: string[] = [];
  if (a.penalty?.unit === 'points' && p.kind === 'points') {
    lines.push(t('overlay.penaltyPoints', { points: p.points, cap: p.weeklyCap }));
    if (a.penalty.note === 'low-rate-flat') {
      lines.push(t('overlay.penaltyPointsLowRate', { rate: p.lowRateBelow ?? 95, flat: p.lowRateFlat ?? 7 }));
    }
  } else if (a.penalty?.unit === 'cny') {
    const amount = a.penalty.amount.toFixed(2);
    lines.push(
      t(a.penalty.note === 'min-assumed' ? 'overlay.penaltyCnyMin' : 'overlay.penaltyCny', { amount }),
    );
  } else {
    lines.push(t('overlay.penaltyNone'));
  }
  return [...lines, ...sourceLines(rule, t)];
}

/** The tooltip's lines, most important first. */
export function explainLines(a: Assessment, ctx: ExplainContext): string[] {
  const { t } = ctx;
  const lines: string[] = [t(`level.${a.level}`)];
  if (a.deadline !== undefined && a.remaining !== undefined) {
    lines.push(
      t('overlay.shipByIn', { time: formatWallClock(a.deadline, ctx.zone), zone: zoneWords(ctx.zone, t) }),
    );
  }
  lines.push(
    ctx.movedByReport !== undefined
      ? t('reason.reportMoved', { time: formatWallClock(ctx.movedByReport, ctx.zone) })
      : reasonLine(a, t),
  );
  if (a.itemsToShip) lines.push(t('overlay.itemsToShip', { items: a.itemsToShip.join(', ') }));
  if (a.statusUnrecognised) lines.push(t('overlay.statusUnrecognised', { status: a.statusUnrecognised }));
  else if (a.statusAssumed) lines.push(t('overlay.statusAssumed'));
  if (a.pickupDeadline !== undefined) {
    lines.push(t('overlay.pickupBy', { time: formatWallClock(a.pickupDeadline, ctx.zone) }));
  }
  if (a.pickup) lines.push(...pickupLines(a.pickup, ctx));
  const rule = ruleOf(a, ctx.rules);
  if (rule) lines.push(...penaltyLines(a, rule, t));
  lines.push(...presaleLines(a, ctx));
  return lines;
}

/** Everything the badge and its tooltip say about one assessment, in the merchant's language. */
export function explain(a: Assessment, ctx: ExplainContext): Explained {
  const face = badgeFace(a, ctx);
  return { ...face, lines: explainLines(a, ctx) };
}
