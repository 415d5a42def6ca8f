import { wallClockToEpoch } from '../time/china-time';
import { wallDate, type PageZone } from '../time/zone';

const DAY = 86_400_000;

/** Midnight starting the day that contains `ms`, in the page's zone (a 23 or 25 h day where its clocks change). */
export function dayStart(ms: number, zone: PageZone): number {
  const wall = wallDate(ms, zone);
  return midnightOf(wall, zone);
}

/** Monday 00:00 of the week containing `now`, in the page's zone (the platforms count weeks in China time). */
export function weekStart(now: number, zone: PageZone): number {
  const wall = wallDate(now, zone);
  const weekday = (wall.getUTCDay() + 6) % 7; // Monday = 0
  return midnightOf(new Date(wall.getTime() - weekday * DAY), zone);
}

/** 00:00 on the calendar day of `wall` (a Date whose UTC fields are the zone's wall clock). */
function midnightOf(wall: Date, zone: PageZone): number {
  const y = wall.getUTCFullYear();
  const fields = { y, mo: wall.getUTCMonth() + 1, d: wall.getUTCDate(), h: 0, mi: 0, s: 0 };
  // Before 1970 (never a page's time) the reader refuses the date: fall back to the plain sum.
  return wallClockToEpoch(fields, zone) ?? Date.UTC(y, fields.mo - 1, fields.d);
}
