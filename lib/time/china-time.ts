import { CHINA_ZONE, offsetText, utcOffsetAt, wallDate, zonedToEpoch, type PageZone } from './zone';

/** Page times are China time unless the settings name another zone; never the browser's zone. */
export { CHINA_ZONE, type PageZone };

const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Full-width digits, colons, slashes and spaces (common in CJK pages) folded to ASCII. */
const NEEDS_FOLDING = /[\uFF01-\uFF5E\u3000\u00A0]/;
export function foldWidth(text: string): string {
  // Most page text has nothing to fold: skip the two replacements (this runs for every piece of text read).
  if (!NEEDS_FOLDING.test(text)) return text;
  // One walk, copying the runs between folded characters (PDD rows say `订单编号：` in every block): two
  // replacements with a callback per character cost several times as much.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const folded = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 || c === 0xa0 ? 32 : -1;
    if (folded < 0) continue;
    out += text.slice(from, i) + String.fromCharCode(folded);
    from = i + 1;
  }
  return out + text.slice(from);
}

export interface FoundTime {
  ms: number;
  /** Index and length in the folded text, so callers can look at the words around it. */
  index: number;
  length: number;
  dateOnly: boolean;
}

const DATE_TIME =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]*(\d{1,2})\s*[:时時]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2}))?)?/g;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : (DAYS[m - 1] ?? 0));

/**
 * Wall-clock fields in the page's zone → epoch ms, or null when any field is out of range. A time the zone's
 * clocks skip or repeat is read as zone.ts `resolveWall` says.
 */
export function wallClockToEpoch(
  fields: { y: number; mo: number; d: number; h: number; mi: number; s: number },
  zone: PageZone = CHINA_ZONE,
): number | null {
  const { y, mo, d, h, mi, s } = fields;
  if (y < 1970 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  return zonedToEpoch(Date.UTC(y, mo - 1, d, h, mi, s), zone);
}

/** Every valid date-time in the text, in order. A date alone stands for the end of that day. */
export function findTimes(text: string, zone: PageZone = CHINA_ZONE): FoundTime[] {
  return scanTimes(text, zone, Infinity);
}

export function parseTime(text: string, zone: PageZone = CHINA_ZONE): number | null {
  // The same text is often parsed twice in a row (a platform's selector and the generic reading of one row).
  if (text === lastTimeText && zone === lastTimeZone) return lastTimeMs;
  const ms = leadingTime(text, zone) ?? scanTimes(text, zone, 1)[0]?.ms ?? null;
  lastTimeText = text;
  lastTimeZone = zone;
  lastTimeMs = ms;
  return ms;
}
/** The digit at `i`, or -1. */
const digitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57 ? c - 48 : -1;
};
const SPACE = /\s/;
const isDateSeparator = (c: number) => c === 45 || c === 47 || c === 46; // - / .

/** Where `leadingTime` is in its text: module state rather than a closure allocated per call (every row's times). */
let at = 0;

/** Up to two digits from `at`, as `\d{1,2}` takes them (`at` moves past them); -1 when there are none. */
function twoDigits(text: string): number {
  let n = -1;
  for (let k = 0; k < 2; k++, at++) {
    const d = digitAt(text, at);
    if (d < 0) break;
    n = (n < 0 ? 0 : n * 10) + d;
  }
  return n;
}

/**
 * What `scanTimes` finds first, for the shape most pages print (`2026-11-29 12:00`, `2026/11/29 12:00:05`, a date
 * alone) at the very start of the text, read without the pattern: no match objects for the commonest value of
 * every row. Anything else (other separators, spaces, any full-width character, an invalid date) is undefined:
 * the pattern decides.
 */
function leadingTime(text: string, zone: PageZone): number | undefined {
  // The pattern reads the folded text: a full-width digit or colon anywhere may extend what it takes.
  if (NEEDS_FOLDING.test(text)) return undefined;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = digitAt(text, i);
    if (d < 0) return undefined;
    y = y * 10 + d;
  }
  at = 4;
  if (!isDateSeparator(text.charCodeAt(at++))) return undefined;
  const mo = twoDigits(text);
  if (mo < 0 || !isDateSeparator(text.charCodeAt(at++))) return undefined;
  const d = twoDigits(text);
  if (d < 0) return undefined;
  if (at === text.length) return wallClockToEpoch({ y, mo, d, h: 23, mi: 59, s: 59 }, zone) ?? undefined;
  const gap = text.charCodeAt(at);
  if (gap !== 32 && gap !== 84) return undefined; // a space or "T"
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 84) at++;
  const h = twoDigits(text);
  if (h < 0 || text.charCodeAt(at++) !== 58) return undefined; // ":"
  const mi = twoDigits(text);
  if (mi < 0) return undefined;
  let sec = 0;
  const next = text.charCodeAt(at);
  if (next === 58 && digitAt(text, at + 1) >= 0) {
    at++;
    sec = twoDigits(text);
  } else if (next === 58 || next === 0x5206 || SPACE.test(text.charAt(at))) {
    // ":", "分" or a space before seconds the pattern may still take (`12:00 :05`, `0分 20`): it decides.
    return undefined;
  }
  return wallClockToEpoch({ y, mo, d, h, mi, s: sec }, zone) ?? undefined;
}

let lastTimeText = '';
let lastTimeZone = '';
let lastTimeMs: number | null = null;

const YEAR_LIKE = /\d{4}/;

/** Up to `limit` valid date-times; one compiled pattern walked with exec (this runs for every text read). */
function scanTimes(text: string, zone: PageZone, limit: number): FoundTime[] {
  const found: FoundTime[] = [];
  // Most text read from a row holds no date at all: four digits in a row is the cheap first test.
  const folded = foldWidth(text);
  if (!YEAR_LIKE.test(folded)) return found;
  DATE_TIME.lastIndex = 0;
  for (let m = DATE_TIME.exec(folded); m && found.length < limit; m = DATE_TIME.exec(folded)) {
    const [, y, mo, d, h, mi, s] = m;
    const dateOnly = h === undefined;
    const ms = wallClockToEpoch(
      {
        y: Number(y),
        mo: Number(mo),
        d: Number(d),
        h: dateOnly ? 23 : Number(h),
        mi: dateOnly ? 59 : Number(mi),
        s: dateOnly ? 59 : Number(s ?? 0),
      },
      zone,
    );
    if (ms !== null) found.push({ ms, index: m.index, length: m[0].length, dateOnly });
  }
  return found;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function wallClock(ms: number, zone: PageZone) {
  const t = wallDate(ms, zone);
  return {
    date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`,
    time: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
    seconds: pad(t.getUTCSeconds()),
  };
}

/** `2026-11-24T18:00:00+08:00` — the `data-sd-deadline` format, with the zone's offset at that instant. */
export function toZonedIso(ms: number, zone: PageZone = CHINA_ZONE): string {
  const w = wallClock(ms, zone);
  return `${w.date}T${w.time}:${w.seconds}${offsetText(utcOffsetAt(ms, zone))}`;
}

/** `2026-11-24 18:00`, the way the back-offices print times, in the page's zone. */
export function formatWallClock(ms: number, zone: PageZone = CHINA_ZONE): string {
  const w = wallClock(ms, zone);
  return `${w.date} ${w.time}`;
}
