import { CHINA_ZONE, type PageZone } from './zone';

/**
 * Zones whose standard offset is not a whole hour, by that offset in minutes: what a merchant who had typed a
 * half (or quarter) hour offset meant. Those without daylight saving first; St John's, Lord Howe and Chatham
 * keep theirs (no zone has those offsets all year).
 */
const byStandardOffset: Record<number, PageZone> = {
  [-570]: 'Pacific/Marquesas',
  [-210]: 'America/St_Johns',
  210: 'Asia/Tehran',
  270: 'Asia/Kabul',
  330: 'Asia/Kolkata',
  345: 'Asia/Kathmandu',
  390: 'Asia/Yangon',
  525: 'Australia/Eucla',
  570: 'Australia/Darwin',
  630: 'Australia/Lord_Howe',
  765: 'Pacific/Chatham',
};

/**
 * The zone for a fixed UTC offset as settings held it before zones (`pageOffsetMinutes`, −720…+840):
 * 480 → China; a whole hour → `Etc/GMT∓h` (POSIX signs: `Etc/GMT-8` is UTC+8), which keeps the same clock all
 * year; a half or quarter hour → the zone with that standard offset (above); any other → the nearest whole
 * hour (half hours east), as no zone keeps such an offset.
 */
export function zoneForOffset(minutes: number): PageZone {
  if (minutes === 480) return CHINA_ZONE;
  const named = byStandardOffset[minutes];
  if (named) return named;
  return fixedZone(Math.round(minutes / 60));
}

/** The whole hours a fixed zone exists for, west to east. */
export const FIXED_HOURS = Array.from({ length: 27 }, (_, i) => i - 12);

/** The zone that is always `hours` east of UTC (−12…+14), POSIX-signed: 8 → `Etc/GMT-8`. */
export function fixedZone(hours: number): PageZone {
  const h = Math.min(14, Math.max(-12, hours));
  return h === 0 ? 'Etc/GMT' : `Etc/GMT${h > 0 ? '-' : '+'}${Math.abs(h)}`;
}

/** A fixed zone (`Etc/GMT-8`) as hours east of UTC (8), or null for a zone named after a place. */
export function fixedZoneHours(zone: PageZone): number | null {
  const m = /^Etc\/GMT(?:([+-])(\d{1,2}))?$/.exec(zone);
  if (!m) return null;
  return m[1] ? (m[1] === '-' ? 1 : -1) * Number(m[2]) : 0;
}
