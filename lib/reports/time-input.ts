import { foldWidth, formatWallClock, wallClockToEpoch } from '../time/china-time';
import type { PageZone } from '../time/zone';

/**
 * The delay helper's time field is plain text in the format the back-offices print (`2026-12-09 18:30`, page
 * time = China time): a browser's own date-time field would show `12/09/2026, 06:30 PM` in its locale while the
 * notice beside it says `2026-12-09 18:30`, and would read the value in the browser's zone.
 */
export const formatTimeInput = (ms: number, zone: PageZone): string => formatWallClock(ms, zone);

const INPUT = /^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[\sT]\s*(\d{1,2})\s*:\s*(\d{2})\s*$/;

/** `2026-12-09 18:30` (also `2026-12-09T18:30`, `2026/12/9 18:30`, full-width digits) in the page's zone, or null. */
export function parseTimeInput(text: string, zone: PageZone): number | null {
  const m = INPUT.exec(foldWidth(text));
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return wallClockToEpoch({ y, mo, d, h, mi, s: 0 }, zone);
}
