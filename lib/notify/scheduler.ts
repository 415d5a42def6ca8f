import type { DelayReport } from '../reports/types';
import type { Rule } from '../rules/types';
import { assessWithReports } from '../rules/with-reports';
import type { Settings } from '../settings';
import type { SeenOrder } from '../orders/seen';
import { wallDate, type PageZone } from '../time/zone';

const HOUR = 3_600_000;
/** A deadline that passed more than this long ago is old news, not a notification. */
const PASSED_WINDOW = 24 * HOUR;

export type NotifyEvent = 'lead' | 'passed';

export interface DueGroup {
  event: NotifyEvent;
  /** `key`: one per order and event (and deadline: a moved deadline may notify again). */
  orders: { seen: SeenOrder; deadline: number; key: string }[];
}

/** Is `now` inside the quiet hours (page time zone, `from` → `to`, across midnight when from > to)? */
export function inQuietHours(now: number, quiet: Settings['quietHours'], zone: PageZone): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  const hour = wallDate(now, zone).getUTCHours();
  return quiet.from < quiet.to
    ? hour >= quiet.from && hour < quiet.to
    : hour >= quiet.from || hour < quiet.to;
}

/**
 * The notifications due at `now`: orders entering the lead time before their deadline, and orders
 * whose deadline passed, grouped per event, never twice for the same order, event and deadline.
 * Nothing during quiet hours (what is still due afterwards goes out then).
 */
export function dueNotifications(
  seen: readonly SeenOrder[],
  rules: readonly Rule[],
  settings: Settings,
  reports: readonly DelayReport[],
  sent: ReadonlySet<string>,
  now: number,
): DueGroup[] {
  if (inQuietHours(now, settings.quietHours, settings.pageTimeZone)) return [];
  const lead = settings.notifyLeadMinutes * 60_000;
  const groups: Record<NotifyEvent, DueGroup> = {
    lead: { event: 'lead', orders: [] },
    passed: { event: 'passed', orders: [] },
  };
  for (const s of seen) {
    const a = assessWithReports(s.order, rules, settings, reports, now).assessment;
    if (a.deadline === undefined || a.level === 'done' || a.level === 'unknown') continue;
    const d = a.deadline;
    const event: NotifyEvent | null =
      now >= d ? (now - d < PASSED_WINDOW ? 'passed' : null) : now >= d - lead ? 'lead' : null;
    if (!event) continue;
    const key = `${s.key}|${event}|${d}`;
    if (sent.has(key)) continue;
    groups[event].orders.push({ seen: s, deadline: d, key });
  }
  return [groups.passed, groups.lead]
    .filter((g) => g.orders.length > 0)
    .map((g) => ({
      ...g,
      orders: g.orders.sort((x, y) => x.deadline - y.deadline),
    }));
}
