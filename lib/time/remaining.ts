import { foldWidth, HOUR } from './china-time';

const UNIT_MS: [RegExp, number][] = [
  [/^(天|日|d|days?|d[ií]as?)$/i, 24 * HOUR],
  [/^(小时|小時|时|時|h|hrs?|hours?|horas?)$/i, HOUR],
  [/^(分钟|分鐘|分|m|mins?|minutes?|minutos?)$/i, 60_000],
  [/^(秒|s|secs?|seconds?|segundos?)$/i, 1000],
];

const AMOUNT_UNIT =
  /(\d+(?:\.\d+)?)\s*(天|日|小时|小時|时|時|分钟|分鐘|分|秒|days?|d[ií]as?|hours?|horas?|hrs?|minutes?|minutos?|mins?|seconds?|segundos?|secs?|[dhms])(?![a-z])/gi;

const LEFT = /(剩余|剩餘|还剩|還剩|剩|left|remaining|quedan?|restantes?)/i;
const LATE = /(已超时|已超時|超时|超時|逾期|overdue|late\b|vencid[oa]|atrasad[oa])/i;

/** A countdown in clock form, `00:30:00`, `1天 02:03:04`, `49:59:59` (a day count before the clock is optional). */
const CLOCK = /(?:(\d+)\s*(?:天|日|days?|d[ií]as?|d)\s*)?(?<!\d)(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?!\d)/i;
/** A calendar date: a clock after one is a time of day, not a countdown. */
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}/;
/** The whole text is a countdown in clock form (a cell under a `剩余发货时间` header). */
const BARE_CLOCK = /^\s*(?:\d+\s*(?:天|日|days?|d[ií]as?|d)\s*)?\d{1,3}:[0-5]\d(?::[0-5]\d)?\s*$/i;

function clockMs(folded: string): number | null {
  if (DATE.test(folded)) return null;
  const m = CLOCK.exec(folded);
  if (!m) return null;
  const [, days = '0', h = '0', mi = '0', s = '0'] = m;
  return Number(days) * 24 * HOUR + Number(h) * HOUR + Number(mi) * 60_000 + Number(s) * 1000;
}

/**
 * A relative remainder such as `剩余 5小时12分`, `剩 1天3小时`, `5h 12m left`, `已超时 2小时`, or in clock form
 * `剩余发货时间 00:30:00` / `剩余 1天 02:03:04` (the form a page ticks every second): milliseconds left
 * (negative when the page says it is already late), or null if the text has none. `bare`: the text is the
 * value of a remaining-time label or column, so a clock alone (`00:30:00`) is a remainder too.
 */
export function parseRemaining(text: string, options: { bare?: boolean } = {}): number | null {
  const folded = foldWidth(text);
  const late = LATE.test(folded);
  if (!late && !LEFT.test(folded)) {
    if (!options.bare || !BARE_CLOCK.test(folded)) return null;
    return clockMs(folded);
  }
  const clock = clockMs(folded);
  if (clock !== null) return late ? -clock : clock;
  let total = 0;
  let parts = 0;
  for (const [, amount, unit] of folded.matchAll(AMOUNT_UNIT)) {
    const ms = UNIT_MS.find(([re]) => re.test(unit ?? ''))?.[1];
    if (ms === undefined) continue;
    total += Number(amount) * ms;
    parts++;
  }
  if (parts === 0) return null;
  return late ? -total : total;
}

/** The words that make a text a remainder (`剩余`, `left`) or a lateness (`已超时`). */
export const remainingWords: readonly RegExp[] = [LEFT, LATE];

/** Whether any of these texts could hold a remainder at all: one quick test before parsing each. */
export function mayHoldRemaining(texts: readonly { text: string }[]): boolean {
  return texts.some((t) => LEFT.test(t.text) || LATE.test(t.text));
}
