import type { Order } from '../orders/types';
import type { Platform } from '../platforms/types';
import { ceilToHour, isOnTheHour } from './lifecycle';
import type { Evidence } from './presets';
import { reportRules } from './presets';
import { delayReasons, type DelayReason, type DelayReport, type ReportKind } from './types';
import { type PageZone } from '../time/zone';

/** A pre-report is for foreseeable force majeure only (jd-shipping-faq: 因不可抗因素). */
export const PRE_REPORT_REASONS: readonly DelayReason[] = ['force-majeure'];

/** The reasons the dialog offers for this kind of report. */
export const reasonsFor = (kind: ReportKind): readonly DelayReason[] =>
  kind === 'pre-report' ? PRE_REPORT_REASONS : delayReasons;

/**
 * PDD promises name a whole hour: for a time typed between hours, the whole hour it would become (18:30 →
 * 19:00); undefined when it is one already, or where the platform takes minutes.
 */
export function wholeHourFor(
  platform: Platform,
  typed: number | undefined,
  zone: PageZone,
): number | undefined {
  return reportRules[platform].promiseToTheHour && typed !== undefined && !isOnTheHour(typed, zone)
    ? ceilToHour(typed, zone)
    : undefined;
}

/** The apology coupon typed, where the platform's notice may offer one; nothing for empty or 0. */
export function couponAmount(platform: Platform, typed: string): number | undefined {
  return reportRules[platform].noticeCoupon && Number(typed) > 0 ? Number(typed) : undefined;
}

/** What the merchant chose in the dialog, read: times as instants, the coupon as an amount. */
export interface DraftChoices {
  order: Pick<Order, 'platform' | 'id'>;
  kind: ReportKind;
  reason: DelayReason;
  now: number;
  newShipTime: number | undefined;
  /** The end of a pre-report's window; null when the text typed is not a time. */
  windowEnd: number | null;
  evidence: Evidence[];
  coupon: number | undefined;
}

/** The report the dialog would save: each kind with only the parts it has. */
export function draftReport(c: DraftChoices): DelayReport {
  const { order, kind, now, newShipTime } = c;
  return {
    id: `report.${now.toString(36)}`,
    kind,
    platform: order.platform,
    status: 'pending',
    reason: c.reason,
    createdAt: now,
    ...(kind === 'pre-report'
      ? { window: { from: now, to: c.windowEnd ?? now } }
      : { orderKey: `${order.platform}:${order.id}`, ...(newShipTime !== undefined ? { newShipTime } : {}) }),
    ...(kind === 'emergency' ? { evidence: c.evidence } : {}),
    ...(kind === 'notice' && c.coupon !== undefined ? { coupon: c.coupon } : {}),
  };
}

/** The draft without its new time: nothing is prepared for the buyer from a time the platform would not take. */
export function withoutTime(draft: DelayReport): DelayReport {
  const { newShipTime: _notYet, ...rest } = draft;
  return rest;
}

/** A notice on an order not yet late that promises a time after its deadline: the order will ship late. */
export const promisesAfterDeadline = (
  draft: DelayReport,
  deadline: number | undefined,
  now: number,
): boolean =>
  draft.kind === 'notice' &&
  deadline !== undefined &&
  deadline > now &&
  draft.newShipTime !== undefined &&
  draft.newShipTime > deadline;
