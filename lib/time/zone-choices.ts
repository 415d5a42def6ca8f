import { FIXED_HOURS, fixedZone } from './zone-for-offset';
import { CHINA_ZONE, isKnownZone, utcOffsetAt, type PageZone } from './zone';

export interface ZoneChoice {
  zone: PageZone;
  /** Minutes east of UTC now (a zone with daylight saving shows today's). */
  offset: number;
}

export interface ZoneChoices {
  /** China first, then the current zone when it is in neither list below (an alias, `UTC`). */
  first: ZoneChoice[];
  /** Every named zone this browser knows, by name. */
  places: ZoneChoice[];
  /** `Etc/GMT+12` … `Etc/GMT-14`: a clock that never changes (where settings from before zones went). */
  fixed: ZoneChoice[];
}

/** What the page time zone field offers; `supported` is `Intl.supportedValuesOf('timeZone')` where it exists. */
export function zoneChoices(current: PageZone, now: number, supported: readonly string[]): ZoneChoices {
  const choice = (zone: PageZone): ZoneChoice => ({ zone, offset: utcOffsetAt(now, zone) });
  const places = supported.filter((z) => z !== CHINA_ZONE && isKnownZone(z)).map(choice);
  const fixed = FIXED_HOURS.map((h) => choice(fixedZone(h)));
  const listed = current === CHINA_ZONE || [...places, ...fixed].some((c) => c.zone === current);
  return { first: [choice(CHINA_ZONE), ...(listed ? [] : [choice(current)])], places, fixed };
}
