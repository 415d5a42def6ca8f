import type { Platform } from '../platforms/types';
import { wallClockToEpoch } from '../time/china-time';
import { utcOffsetAt, type PageZone } from '../time/zone';
import { reportRules } from './presets';
import type { DelayReport, ReportKind } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A card nobody answered turns `expired` once the buyer's answer time has passed. */
export function currentStatus(report: DelayReport, now: number): DelayReport['status'] {
  if (report.status !== 'pending' || report.kind !== 'card') return report.status;
  const hours = reportRules[report.platform].card?.answerHours;
  return hours !== undefined && now - report.createdAt >= hours * HOUR ? 'expired' : 'pending';
}

export type Refusal =
  | { code: 'card-already-sent'; previous: DelayReport['status'] }
  | { code: 'not-on-this-platform'; kind: ReportKind }
  | { code: 'not-to-the-hour' }
  | { code: 'in-the-past' }
  | { code: 'window-too-long'; maxDays: number }
  | { code: 'missing-evidence' }
  | { code: 'missing-time' }
  | { code: 'not-foreseeable' };

/** Is this time a whole hour in the page's zone (`18:00`, not `18:30`)? */
export function isOnTheHour(ms: number, zone: PageZone): boolean {
  return sinceHour(ms, zone) === 0;
}

/** The next whole hour at or after `ms`, in the page's zone. */
export function ceilToHour(ms: number, zone: PageZone): number {
  const past = sinceHour(ms, zone);
  return past === 0 ? ms : ms + HOUR - past;
}

/** How long after the last whole hour on the page's clock `ms` is (by the offset in force at `ms`). */
const sinceHour = (ms: number, zone: PageZone) => {
  const shifted = ms + utcOffsetAt(ms, zone) * 60_000;
  return ((shifted % HOUR) + HOUR) % HOUR;
};

/**
 * Checks a new report against the platform's procedure before it is saved. JD's delay card goes out
 * once per order, whatever became of it: later agreements go through the emergency report.
 */
export function checkNewReport(
  report: DelayReport,
  existing: readonly DelayReport[],
  now: number,
  zone: PageZone,
): Refusal | null {
  const rules = reportRules[report.platform];
  if (report.kind === 'card') {
    if (!rules.card) return { code: 'not-on-this-platform', kind: 'card' };
    const sent = existing.filter((r) => r.kind === 'card' && r.orderKey === report.orderKey);
    if (sent.length >= rules.card.perOrder)
      return { code: 'card-already-sent', previous: currentStatus(sent[0]!, now) };
  }
  if (report.kind === 'emergency') {
    if (!rules.emergency) return { code: 'not-on-this-platform', kind: 'emergency' };
    if (!report.evidence?.length) return { code: 'missing-evidence' };
  }
  if (report.kind === 'pre-report') {
    if (!rules.preReport || !report.window) return { code: 'not-on-this-platform', kind: 'pre-report' };
    // Pre-reports are for foreseeable force majeure (weather, big events, warehouse maintenance) only.
    if (report.reason !== 'force-majeure') return { code: 'not-foreseeable' };
    if (report.window.to <= now) return { code: 'in-the-past' };
    if (report.window.to - Math.max(report.window.from, now) > rules.preReport.maxDays * DAY) {
      return { code: 'window-too-long', maxDays: rules.preReport.maxDays };
    }
  }
  // A report for one order is a promise of a new ship time: without one it would use up the order's card
  // and tell the buyer nothing.
  if (report.kind !== 'pre-report' && report.newShipTime === undefined) return { code: 'missing-time' };
  if (report.newShipTime !== undefined) {
    if (report.newShipTime <= now) return { code: 'in-the-past' };
    if (rules.promiseToTheHour && !isOnTheHour(report.newShipTime, zone)) return { code: 'not-to-the-hour' };
  }
  return null;
}

/** `2026-11-24T18:00` from a datetime-local input, read in the page's zone. */
export function parseLocalInput(value: string, zone: PageZone): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return wallClockToEpoch({ y, mo, d, h, mi, s: 0 }, zone);
}

export const platformHas = (platform: Platform, kind: ReportKind) =>
  kind === 'notice' ||
  (kind === 'card' && !!reportRules[platform].card) ||
  (kind === 'emergency' && !!reportRules[platform].emergency) ||
  (kind === 'pre-report' && !!reportRules[platform].preReport);
