import type { Order } from '../orders/types';
import type { Platform } from '../platforms/types';
import { ceilToHour, platformHas } from './lifecycle';
import { reportRules } from './presets';
import type { PromiseChoice } from './promise';
import type { DelayReason, DelayReport, ReportKind } from './types';
import { type PageZone } from '../time/zone';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Seller Desk's suggestions where no source gives a number: labelled as estimates in the dialog. */
export const SUGGESTED_DELAY_HOURS = 24;
export const SUGGESTED_WINDOW_DAYS = 3;

/** The kinds of report the platform has, in the order the delay helper offers them. */
export const offeredKinds = (platform: Platform): ReportKind[] =>
  (['card', 'emergency', 'notice', 'pre-report'] as ReportKind[]).filter((k) => platformHas(platform, k));

/**
 * The latest report recorded for this order with a new time: a dialog opened again starts from it (its kind,
 * reason and time), so the notice the merchant copies says what was filed, not a fresh proposal.
 */
export function latestRecorded(
  order: Pick<Order, 'platform' | 'id'>,
  reports: readonly DelayReport[],
): DelayReport | undefined {
  return reports
    .filter((r) => r.orderKey === `${order.platform}:${order.id}` && r.newShipTime !== undefined)
    .reduce<DelayReport | undefined>((a, r) => (!a || r.createdAt > a.createdAt ? r : a), undefined);
}

/** The recorded report's kind where the platform still offers it, else the first kind offered. */
export const startingKind = (kinds: readonly ReportKind[], recorded: DelayReport | undefined): ReportKind =>
  recorded && kinds.includes(recorded.kind) ? recorded.kind : (kinds[0] ?? 'notice');

/** An unreachable buyer's report is about the address; else the recorded reason, or the usual one. */
export function startingReason(
  order: Pick<Order, 'platform' | 'presale'>,
  mode: 'delay' | 'abnormal',
  recorded: DelayReport | undefined,
): DelayReason {
  if (mode === 'abnormal') return 'address';
  return (
    recorded?.reason ??
    (order.presale && reportRules[order.platform].presale ? 'presale-transfer' : 'out-of-stock')
  );
}

/** Where the new time the form starts with comes from: only a suggestion is labelled an estimate. */
export type TimeSource = 'recorded' | 'promise' | 'suggestion';

/**
 * The recorded time; else, for a notice on an order not yet late, the promise that is not after the deadline;
 * else a suggestion.
 */
export function startingTimeSource(
  recorded: DelayReport | undefined,
  kind: ReportKind,
  promise: PromiseChoice | undefined,
): TimeSource {
  if (recorded?.newShipTime !== undefined) return 'recorded';
  return kind === 'notice' && promise?.ok ? 'promise' : 'suggestion';
}

/** The suggested new time: the deadline (or now, if later) + 24 h, rounded up to the whole hour. */
export const suggestedShipTime = (deadline: number | undefined, now: number, zone: PageZone): number =>
  ceilToHour(Math.max(deadline ?? now, now) + SUGGESTED_DELAY_HOURS * HOUR, zone);

/** The suggested end of a pre-report's window: now + 3 days, rounded up to the whole hour. */
export const suggestedWindowEnd = (now: number, zone: PageZone): number =>
  ceilToHour(now + SUGGESTED_WINDOW_DAYS * DAY, zone);

/** The new time the form starts with, from the source chosen when it opened. */
export function startingShipTime(start: {
  from: TimeSource;
  recorded: DelayReport | undefined;
  promise: PromiseChoice | undefined;
  deadline: number | undefined;
  now: number;
  zone: PageZone;
}): number {
  const { from, recorded, promise, deadline, now, zone } = start;
  return (
    recorded?.newShipTime ??
    (from === 'promise' && promise?.ok ? promise.at : suggestedShipTime(deadline, now, zone))
  );
}
