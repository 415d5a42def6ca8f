import { findTimes, wallClockToEpoch } from '../time/china-time';
import { wallDate, type PageZone } from '../time/zone';
import { TIME_CLASS } from './last-message';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A message time this far ahead of our clock is misread (or a wrong zone): the timer falls back to first sight. */
const SKEW = 5 * MINUTE;
const CLOCK_ONLY = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;

/**
 * A time stamp as the chat prints it, read in the page's zone (China time unless the settings say otherwise):
 * PDD "2026年09月08日 17:30:17", JD "2026-09-08 17:30:17", or a bare "17:30" for today's messages.
 */
export function parseMessageTime(text: string, zone: PageZone, now: number): number | null {
  const clock = CLOCK_ONLY.exec(text);
  if (clock) {
    // Today on the page's calendar; a time still ahead of now was yesterday's.
    const page = wallDate(now, zone);
    const ms = wallClockToEpoch(
      {
        y: page.getUTCFullYear(),
        mo: page.getUTCMonth() + 1,
        d: page.getUTCDate(),
        h: Number(clock[1]),
        mi: Number(clock[2]),
        s: Number(clock[3] ?? 0),
      },
      zone,
    );
    if (ms === null) return null;
    return ms > now + SKEW ? ms - DAY : ms;
  }
  const found = findTimes(text, zone).find((t) => !t.dateOnly);
  if (!found || found.ms > now + SKEW) return null;
  return found.ms;
}

const timesIn = (e: Element) =>
  Array.from(e.querySelectorAll('[class]')).filter((t) => TIME_CLASS.test(t.getAttribute('class') ?? ''));

/**
 * When a message was sent, from the time the chat shows with it: inside the message's own item (PDD `li.onemsg`
 * holds `p.message-time`, JD `.message` holds `.message__time_str`), else the nearest time divider before it.
 * `messages` are all the chat's message elements (the item of one must not take in another). null: none shown.
 */
export function messageTime(
  message: Element,
  messages: readonly Element[],
  zone: PageZone,
  now: number,
): number | null {
  let item = message;
  for (let depth = 0; depth < 5; depth++) {
    const parent = item.parentElement;
    if (!parent || messages.some((o) => o !== message && parent.contains(o))) break;
    item = parent;
  }
  const read = (els: readonly Element[]) => {
    for (const e of [...els].reverse()) {
      const ms = parseMessageTime(e.textContent ?? '', zone, now);
      if (ms !== null) return ms;
    }
    return null;
  };
  const own = read(timesIn(item));
  if (own !== null) return own;
  // A divider ("17:30") between messages: the nearest one before the item, not past the previous message.
  for (let e = item.previousElementSibling, i = 0; e && i < 3; e = e.previousElementSibling, i++) {
    if (messages.some((o) => e.contains(o))) break;
    const ms = read(TIME_CLASS.test(e.getAttribute('class') ?? '') ? [e] : timesIn(e));
    if (ms !== null) return ms;
  }
  return null;
}
