/**
 * The page's time zone: an IANA name (`Asia/Shanghai`, `America/New_York`), never a fixed offset, so a zone
 * with daylight saving is read right on both sides of its changes. Offsets come from `Intl.DateTimeFormat`,
 * resolved per instant; see docs/architecture.md "Page time".
 */
export type PageZone = string;

/** The back-offices print China time (no daylight saving since 1991). */
export const CHINA_ZONE: PageZone = 'Asia/Shanghai';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A name shaped like an IANA zone (`UTC`, `Etc/GMT-8`, `America/Port-au-Prince`): not an offset like `+08:00`. */
const ZONE_NAME = /^[A-Za-z][\w+-]*(?:\/[\w+-]+)*$/;

/** Is this a zone name this browser's `Intl` knows? (The settings schema checks every stored zone with it.) */
export function isKnownZone(name: unknown): name is PageZone {
  if (typeof name !== 'string' || name.length > 64 || !ZONE_NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * What is remembered for one zone. Offsets change rarely (twice a year at most), so an offset found steady over
 * a whole day, else a whole hour, is kept for it; only within an hour that holds a change is each instant asked
 * of `Intl` (formatToParts costs microseconds; `parseTime` runs for every row of a 10,000-row list).
 */
interface ZoneClock {
  format: Intl.DateTimeFormat;
  /** Offset (ms) by UTC day / hour, NaN when it changes inside. */
  instantDays: Map<number, number>;
  instantHours: Map<number, number>;
  /** Offset (ms) for every wall-clock time of a day / hour in the zone, NaN when it holds a gap or an overlap. */
  wallDays: Map<number, number>;
  wallHours: Map<number, number>;
}

const clocks = new Map<PageZone, ZoneClock>();
let lastZone = '';
let lastClock: ZoneClock | undefined;

function clockOf(zone: PageZone): ZoneClock {
  if (zone === lastZone && lastClock) return lastClock;
  let clock = clocks.get(zone);
  if (!clock) {
    clock = {
      format: new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
      instantDays: new Map(),
      instantHours: new Map(),
      wallDays: new Map(),
      wallHours: new Map(),
    };
    clocks.set(zone, clock);
  }
  lastZone = zone;
  lastClock = clock;
  return clock;
}

/** The zone's offset at `ms`, straight from `Intl` (whole seconds). */
function exactOffset(clock: ZoneClock, ms: number): number {
  const f: Record<string, number> = {};
  for (const p of clock.format.formatToParts(ms)) if (p.type !== 'literal') f[p.type] = Number(p.value);
  const wall = Date.UTC(f.year ?? 1970, (f.month ?? 1) - 1, f.day, (f.hour ?? 0) % 24, f.minute, f.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

const remember = (cache: Map<number, number>, key: number, value: number) => {
  // A long-open page reads times from many days: keep the memory bounded.
  if (cache.size > 50_000) cache.clear();
  cache.set(key, value);
};

/** The value `valueAt` gives all through [start, start + length), or NaN when it differs at the two ends. */
const steadyOver = (start: number, length: number, valueAt: (t: number) => number) => {
  const first = valueAt(start);
  return first === valueAt(start + length - 1) ? first : NaN;
};

/** `valueAt(t)`, remembered by day, then by hour where a day is not steady; asked afresh where an hour is not. */
function cached(
  t: number,
  days: Map<number, number>,
  hours: Map<number, number>,
  valueAt: (t: number) => number,
  exact: (t: number) => number,
): number {
  const day = Math.floor(t / DAY);
  let value = days.get(day);
  if (value === undefined) remember(days, day, (value = steadyOver(day * DAY, DAY, valueAt)));
  if (!Number.isNaN(value)) return value;
  const hour = Math.floor(t / HOUR);
  value = hours.get(hour);
  if (value === undefined) remember(hours, hour, (value = steadyOver(hour * HOUR, HOUR, valueAt)));
  return Number.isNaN(value) ? exact(t) : value;
}

function offsetMs(ms: number, clock: ZoneClock): number {
  const exact = (t: number) => exactOffset(clock, t);
  return cached(ms, clock.instantDays, clock.instantHours, exact, exact);
}

/** Minutes east of UTC in the zone at the instant `ms` (Shanghai: 480; New York: −240 in summer, −300 in winter). */
export function utcOffsetAt(ms: number, zone: PageZone): number {
  return Math.round(offsetMs(ms, clockOf(zone)) / MINUTE);
}

/**
 * The offset to read a wall-clock time with (`local`: the wall time's fields as if they were UTC). Where the
 * zone's clocks change, a wall time can be missing or happen twice; the choice (that of `Temporal`'s
 * "compatible"):
 * - a time in a gap (02:30 on the spring-forward night) is read with the offset before the change, so it lands
 *   as far after the gap's start as it says (03:30 new time);
 * - a time in an overlap (01:30 on the fall-back night) is the earlier of the two, the one a deadline is
 *   reached at first.
 * `plain` is false for both, so those hours are never remembered as steady.
 */
function resolveWall(local: number, clock: ZoneClock): { offset: number; plain: boolean } {
  // Offsets lie within −12 h…+14 h: a day either side brackets every instant this wall time may be.
  const before = offsetMs(local - DAY, clock);
  const after = offsetMs(local + DAY, clock);
  const fits = (offset: number) => offsetMs(local - offset, clock) === offset;
  const fitsBefore = fits(before);
  if (before === after && fitsBefore) return { offset: before, plain: true };
  const fitsAfter = fits(after);
  if (fitsBefore && fitsAfter) return { offset: Math.max(before, after), plain: false };
  if (fitsBefore || fitsAfter) return { offset: fitsBefore ? before : after, plain: true };
  return { offset: before, plain: false };
}

/** Wall-clock fields in the zone (`local`: `Date.UTC` of them) → epoch ms; gaps and overlaps as resolveWall says. */
export function zonedToEpoch(local: number, zone: PageZone): number {
  const clock = clockOf(zone);
  const steady = (t: number) => {
    const r = resolveWall(t, clock);
    return r.plain ? r.offset : NaN;
  };
  return local - cached(local, clock.wallDays, clock.wallHours, steady, (t) => resolveWall(t, clock).offset);
}

/** The wall clock in the zone at `ms`, as a Date whose UTC fields are that wall clock (for getUTC* reads). */
export function wallDate(ms: number, zone: PageZone): Date {
  return new Date(ms + offsetMs(ms, clockOf(zone)));
}

/** `+08:00`, `-04:00`: an ISO 8601 offset of `minutes` east of UTC. */
export function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
