const DAY = 86_400_000;

/** Monday 00:00 of the week containing `now`, in the page's zone (the platforms count weeks in China time). */
export function weekStart(now: number, offsetMinutes: number): number {
  const shifted = now + offsetMinutes * 60_000;
  const midnight = Math.floor(shifted / DAY) * DAY;
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7; // Monday = 0
  return midnight - weekday * DAY - offsetMinutes * 60_000;
}

/** Midnight starting the day that contains `ms`, in the page's zone. */
export function dayStart(ms: number, offsetMinutes: number): number {
  const shifted = ms + offsetMinutes * 60_000;
  return Math.floor(shifted / DAY) * DAY - offsetMinutes * 60_000;
}
