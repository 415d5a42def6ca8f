// Demo times are China time (UTC+8), computed from epoch ms: never the machine's own zone.
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

const pad = (n) => String(n).padStart(2, '0');

/** `2026-11-24 18:00:00` (or with `/`), as the back-offices print it. */
export function chinaTime(ms, sep = '-', seconds = true) {
  const d = new Date(ms + 8 * HOUR);
  const date = [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())].join(sep);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds ? `:${pad(d.getUTCSeconds())}` : ''}`;
  return `${date} ${time}`;
}

/** `YYMMDD` of a time in China, for PDD order numbers. */
export function chinaYymmdd(ms) {
  const d = new Date(ms + 8 * HOUR);
  return `${String(d.getUTCFullYear()).slice(2)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** Deterministic digits from a seed, so order numbers are stable between runs. */
export function digits(seed, length) {
  let x = seed * 2654435761;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String(x % 10);
  }
  return out;
}
