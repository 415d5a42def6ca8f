const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const cache = new Map<string, Intl.NumberFormat>();
function unitFormat(locale: string, unit: 'day' | 'hour' | 'minute'): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale.replace('_', '-'), { style: 'unit', unit, unitDisplay: 'narrow' });
    cache.set(key, format);
  }
  return format;
}

/**
 * A compact, localised length of time for a badge: `1d 3h`, `5h 12m`, `12m` (en);
 * `1天3小时`, `5小时12分钟` (zh). Two largest units, rounded down to the minute; sign ignored.
 */
export function formatDuration(ms: number, locale: string): string {
  const minutesTotal = Math.floor(Math.abs(ms) / MINUTE);
  let memo = memos.get(locale);
  if (!memo) memos.set(locale, (memo = new Map()));
  let text = memo.get(minutesTotal);
  if (text === undefined) {
    // Thousands of badges share a few hundred distinct values; Intl formatting is the costly part.
    if (memo.size > 20_000) memo.clear();
    text = format(minutesTotal * MINUTE, locale);
    memo.set(minutesTotal, text);
  }
  return text;
}

const memos = new Map<string, Map<number, string>>();

function format(abs: number, locale: string): string {
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  const parts: string[] = [];
  if (days > 0) parts.push(unitFormat(locale, 'day').format(days));
  if (hours > 0 || days > 0) parts.push(unitFormat(locale, 'hour').format(hours));
  // `1h`, not `1h 0m`; but always something, so `0m` rather than an empty badge.
  if (days === 0 && (minutes > 0 || hours === 0)) parts.push(unitFormat(locale, 'minute').format(minutes));
  // Chinese reads as one word (`1天3小时`); zh-TW's formatter puts spaces inside each part.
  if (locale.startsWith('zh')) return parts.slice(0, 2).join('').replace(/\s+/g, '');
  return parts.slice(0, 2).join(' ');
}
