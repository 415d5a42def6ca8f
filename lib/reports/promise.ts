import type { Platform } from '../platforms/types';
import { utcOffsetAt, type PageZone } from '../time/zone';
import { reportRules } from './presets';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A ship time Seller Desk may put in front of a buyer, or why there is none:
 * - `late`: the deadline has passed; a late order's new time is the merchant's (the delay helper's notice);
 * - `no-hour-left` (PDD): the deadline is still ahead but no whole hour lies between now and it
 *   (09:20 now, 09:50 deadline): ship now, or follow the delay procedure — never promise 10:00;
 * - `no-time-left`: less than a minute is left before the deadline.
 */
export type PromiseChoice =
  { ok: true; at: number; toTheHour: boolean } | { ok: false; why: 'late' | 'no-hour-left' | 'no-time-left' };

/** `ms` floored to a whole minute or hour on the page's clock (the offset in force at `ms`). */
function floorIn(ms: number, unit: number, zone: PageZone): number {
  const shifted = ms + utcOffsetAt(ms, zone) * MINUTE;
  return ms - (((shifted % unit) + unit) % unit);
}

/**
 * The time to promise a buyer for an order due at `deadline`: never after it. On PDD, whose service process
 * asks for a promise "在正常發貨時效內並精確至小時" (within the normal ship limit, to the hour), the latest whole
 * hour still ahead of `now` and not after the deadline (deadline 09:50 → 09:00, not 10:00). Elsewhere no
 * source asks for whole hours (JD accepts 18:30): the deadline itself, to the minute (seconds dropped, so
 * the promise is at or before it).
 */
export function promiseFor(platform: Platform, deadline: number, now: number, zone: PageZone): PromiseChoice {
  if (deadline <= now) return { ok: false, why: 'late' };
  const toTheHour = reportRules[platform].promiseToTheHour;
  const at = floorIn(deadline, toTheHour ? HOUR : MINUTE, zone);
  if (at > now) return { ok: true, at, toTheHour };
  return { ok: false, why: toTheHour ? 'no-hour-left' : 'no-time-left' };
}
