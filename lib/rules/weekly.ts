import type { Platform } from '../platforms/types';
import { applyReports } from '../reports/effect';
import type { DelayReport } from '../reports/types';
import type { SeenOrder } from '../store/schema';
import { assess } from './assess';
import { penaltyRisk } from './penalty';
import type { AssessSettings, Rule } from './types';
import { dayStart, weekStart } from './week';

const HOUR = 3_600_000;

export interface PlatformWeek {
  platform: Platform;
  /** Orders of this week that went (or are) past their deadline unshipped. */
  late: number;
  unit: 'points' | 'cny' | null;
  /** Estimated cost this week, caps applied. */
  amount: number;
  /** JD: the flat weekly charge applies because the 48 h pickup rate is below the threshold. */
  flat?: boolean;
  capped?: boolean;
}

export interface JdScore {
  /** Orders of this week whose 48 h pickup outcome Seller Desk saw. */
  judged: number;
  onTime: number;
  /** onTime / judged, or null with nothing judged. */
  rate: number | null;
  sameDay: number;
}

const placedAt = (s: SeenOrder) => s.order.orderTime ?? s.order.payTime ?? s.firstSeenAt ?? s.seenAt;

/**
 * This week's estimated penalties per platform from the orders Seller Desk saw: JD points with the
 * weekly cap (or the flat charge when the pickup rate is low); fixed or percentage ¥ elsewhere, with
 * the daily caps the rules carry.
 */
export function weeklyPenalties(
  seen: readonly SeenOrder[],
  rules: readonly Rule[],
  settings: AssessSettings & { pageOffsetMinutes: number },
  reports: readonly DelayReport[],
  now: number,
): PlatformWeek[] {
  const from = weekStart(now, settings.pageOffsetMinutes);
  const byPlatform = new Map<Platform, PlatformWeek & { perDay: Map<number, number> }>();
  for (const s of seen) {
    // An order placed late last week that goes late this week is this week's lateness: it counts by its
    // deadline, not by when it was placed (shipped orders, whose deadline is no longer assessed, by placement).
    const base = assess(s.order, rules, settings, now);
    const { assessment: a, effect } = applyReports(s.order, base, reports, settings, now);
    if ((a.deadline ?? placedAt(s)) < from) continue;
    const late = a.level === 'overdue' || (s.wasLate === true && !effect.exempt && !effect.moved);
    if (!late) continue;
    const rule = rules.find((r) => r.enabled && r.platform === s.order.platform && r.milestone === 'ship');
    const risk = rule ? penaltyRisk(rule.penalty, s.order, settings) : null;
    const week = byPlatform.get(s.order.platform) ?? {
      platform: s.order.platform,
      late: 0,
      unit: risk?.unit ?? null,
      amount: 0,
      perDay: new Map<number, number>(),
    };
    week.late++;
    if (risk && rule) {
      week.unit = risk.unit;
      const p = rule.penalty;
      if (p.kind === 'points') {
        week.flat = risk.note === 'low-rate-flat';
        week.capped = week.amount + risk.amount > p.weeklyCap;
        week.amount = week.flat
          ? (p.lowRateFlat ?? p.weeklyCap)
          : Math.min(p.weeklyCap, week.amount + risk.amount);
      } else {
        const day = dayStart(placedAt(s), settings.pageOffsetMinutes);
        const cap = p.kind === 'cny' ? p.dailyCap : undefined;
        const today = week.perDay.get(day) ?? 0;
        const add = cap === undefined ? risk.amount : Math.max(0, Math.min(risk.amount, cap - today));
        if (add < risk.amount) week.capped = true;
        week.perDay.set(day, today + add);
        week.amount = Math.round((week.amount + add) * 100) / 100;
      }
    }
    byPlatform.set(s.order.platform, week);
  }
  return [...byPlatform.values()].map(({ perDay: _days, ...w }) => w);
}

/**
 * JD's 48 h pickup timeliness, estimated from this week's orders: on time when Seller Desk saw the
 * order shipped before its 48 h mark, late when it saw it still unshipped after it.
 */
export function jdPickupScore(seen: readonly SeenOrder[], offsetMinutes: number, now: number): JdScore {
  const from = weekStart(now, offsetMinutes);
  let judged = 0;
  let onTime = 0;
  let sameDay = 0;
  for (const s of seen) {
    if (s.order.platform !== 'jd' || s.order.orderTime === undefined || s.order.orderTime < from) continue;
    const mark = s.order.orderTime + 48 * HOUR;
    if (s.shippedSeenAt !== undefined && s.shippedSeenAt <= mark) {
      judged++;
      onTime++;
      if (dayStart(s.shippedSeenAt, offsetMinutes) === dayStart(s.order.orderTime, offsetMinutes)) sameDay++;
    } else if ((s.shippedSeenAt ?? now) > mark && (s.shippedSeenAt !== undefined || now > mark)) {
      judged++;
    }
  }
  return { judged, onTime, rate: judged ? onTime / judged : null, sameDay };
}
