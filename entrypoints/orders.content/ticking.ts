/**
 * Countdowns a page ticks every second (`剩余发货时间 00:29:59`, `1天 02:03:04`, `剩余0小时29分59秒`). A row's
 * deadline does not move when its remaining time ticks down (it was read as now + remaining once), so neither the
 * change nor the row's new text is a reason to read the row again: 500 ticking rows would be 500 readings a second.
 */

/** A clock that is not the time part of a date (`2026-11-20 10:00:00`), with an optional day count before it. */
const CLOCK = /(?<![\d:])(?<!\d[\s\u00a0])(?:\d+\s*[天日]\s*)?\d{1,3}:\d{2}(?::\d{2})?(?![\d:])/g;
/** A remainder in units (`0小时29分59秒`), only where the text says it is one. */
const UNITS = /\d+(?=\s*(?:天|小时|小時|时|時|分钟|分鐘|分|秒))/g;
const LEFT = /剩|还剩|還剩|超时|超時|left|remaining/i;

/** A text node's whole text is a ticking countdown (a clock, or a remainder in units). */
export function isTickText(text: string | null): boolean {
  if (!text) return false;
  const t = text.trim();
  if (!t || t.length > 40 || !/\d/.test(t)) return false;
  const rest = t.replace(CLOCK, '').replace(UNITS, '');
  if (rest === t) return false;
  // What is left may only be remaining words, units, separators and spaces.
  return (
    /^[\s剩余餘还還超时時间間发發货貨天日小分钟鐘秒:：,，hmsa-z]*$/i.test(rest) &&
    (t.includes(':') || LEFT.test(t) || /秒/.test(t))
  );
}

/** The row's text with its ticking countdowns masked: the key an unchanged row is recognised by. */
export function withoutTicks(text: string): string {
  const left = LEFT.test(text);
  if (!left && !text.includes(':')) return text;
  const clocks = text.replace(CLOCK, '#');
  return left ? clocks.replace(UNITS, '#') : clocks;
}

/** A mutation that only ticked a countdown: its text node's new value, or a text node swapped for another. */
export function isTick(r: MutationRecord): boolean {
  if (r.type === 'characterData') return isTickText(r.target.nodeValue);
  if (r.type !== 'childList' || r.addedNodes.length === 0) return false;
  for (const n of [...r.addedNodes, ...r.removedNodes])
    if (n.nodeType !== Node.TEXT_NODE || !isTickText(n.nodeValue)) return false;
  return true;
}
