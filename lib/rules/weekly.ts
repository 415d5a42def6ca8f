import type { Platform } from '../platforms/types';
import type { DelayReport } from '../reports/types';
import type { SeenOrder } from '../orders/seen';
import { clockStart, pickupRuleFor } from './assess';
import { penaltyRisk } from './penalty';
import type { AssessSettings, Rule } from './types';
import { dayStart, weekStart } from './week';
import { assessWithReports } from './with-reports';
import type { PageZone } from '../time/zone';

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

/**
 * JD's weekly 48 h pickup timeliness, estimated from the times the pages show (never from when Seller Desk
 * happened to see an order), with how many orders it rests on and on what.
 */
export interface JdScore {
  /** Orders of this week whose pickup outcome the pages' times tell. */
  judged: number;
  onTime: number;
  /** onTime / judged, or null with nothing judged. */
  rate: number | null;
  /** Picked up (by the scan time shown) on the calendar day they were ordered, China time. */
  sameDay: number;
  /** Judged by the courier's pickup scan time the page shows (what JD counts). */
  byPickup: number;
  /** Judged by the ship (出库) time, the page showing no scan time: an estimate (the scan comes later). */
  byShip: number;
  /** Judged late because the page still showed the order unshipped after the window. */
  byStatus: number;
  /** Shipped orders of this week whose page shows neither time: left out. */
  unjudged: number;
  /** The pickup rule's window (JD 48 h), and its low-rate threshold and flat weekly charge in points. */
  hours: number | null;
  lowRateBelow?: number;
  lowRateFlat?: number;
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
  settings: AssessSettings & { pageTimeZone: PageZone },
  reports: readonly DelayReport[],
  now: number,
): PlatformWeek[] {
  const from = weekStart(now, settings.pageTimeZone);
  const byPlatform = new Map<Platform, PlatformWeek & { perDay: Map<number, number> }>();
  for (const s of seen) {
    // An order placed late last week that goes late this week is this week's lateness: it counts by its
    // deadline, not by when it was placed (shipped orders, whose deadline is no longer assessed, by placement).
    const { assessment: a, effect } = assessWithReports(s.order, rules, settings, reports, now);
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
        const day = dayStart(placedAt(s), settings.pageTimeZone);
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
 * JD's 48 h pickup timeliness for this week's orders, from the pages' own times: the order time (or the
 * payment, when only that is shown) and the courier's pickup scan time; where the page shows no scan time but a
 * ship time, from that (an estimate, said so); an order the page still showed unshipped after the window is late.
 * The window and thresholds are the merchant's pickup rule (preset `jd.pickup-48h`), not numbers in code.
 */
export function jdPickupScore(
  seen: readonly SeenOrder[],
  rules: readonly Rule[],
  zone: PageZone,
  now: number,
): JdScore {
  const from = weekStart(now, zone);
  const score: JdScore = {
    judged: 0,
    onTime: 0,
    rate: null,
    sameDay: 0,
    byPickup: 0,
    byShip: 0,
    byStatus: 0,
    unjudged: 0,
    hours: null,
  };
  for (const s of seen) {
    const order = s.order;
    if (order.platform !== 'jd') continue;
    const rule = pickupRuleFor(order, rules);
    const start = rule ? clockStart(order, rule) : undefined;
    if (!rule || rule.limitHours === null || start === undefined || start.at < from) continue;
    score.hours = rule.limitHours;
    if (rule.penalty.kind === 'points') {
      if (rule.penalty.lowRateBelow !== undefined) score.lowRateBelow = rule.penalty.lowRateBelow;
      if (rule.penalty.lowRateFlat !== undefined) score.lowRateFlat = rule.penalty.lowRateFlat;
    }
    const mark = start.at + rule.limitHours * HOUR;
    const shipped = order.status === 'shipped' || order.status === 'completed';
    let onTime: boolean;
    if (order.pickupTime !== undefined) {
      score.byPickup++;
      onTime = order.pickupTime <= mark;
      if (dayStart(order.pickupTime, zone) === dayStart(start.at, zone)) score.sameDay++;
    } else if (shipped && order.shipTime !== undefined) {
      score.byShip++;
      onTime = order.shipTime <= mark;
    } else if (order.status === 'pending' && s.seenAt > mark) {
      // The page itself said "not shipped" after the window had closed: no scan can have been on time.
      score.byStatus++;
      onTime = false;
    } else {
      if (shipped) score.unjudged++;
      continue;
    }
    score.judged++;
    if (onTime) score.onTime++;
  }
  score.rate = score.judged ? score.onTime / score.judged : null;
  return score;
}
