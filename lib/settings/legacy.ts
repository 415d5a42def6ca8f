import { zoneForOffset } from '../time/zone-for-offset';

/**
 * Settings as written before the page's time was a zone (database v3 and earlier, and their backups) held a
 * fixed offset, `pageOffsetMinutes`: it becomes the zone with that offset (zoneForOffset says which). Anything
 * else passes unchanged, so current settings and values that are not settings at all go on to be validated.
 */
export function settingsFromLegacy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('pageOffsetMinutes' in value)) return value;
  const { pageOffsetMinutes, ...rest } = value as Record<string, unknown>;
  // A stored offset was refused unless it was a whole number of minutes: anything else stays for the schema
  // to refuse, named by its field, rather than turning into a zone nobody chose.
  if (typeof pageOffsetMinutes !== 'number' || !Number.isInteger(pageOffsetMinutes)) return value;
  return { ...rest, pageTimeZone: zoneForOffset(pageOffsetMinutes) };
}
