import { CHINA_ZONE, type PageZone } from '../time/zone';
import type { Translate } from './translate';

/** The page's zone inside a sentence: "China time" in the UI language by default, else its IANA name. */
export const zoneWords = (zone: PageZone, t: Translate): string =>
  zone === CHINA_ZONE ? t('overlay.chinaTime') : zone;
