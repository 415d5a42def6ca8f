import type { PageZone } from '@/lib/time/zone';
import { messageElements, senderOf } from '@/lib/chat/last-message';
import { messageTime } from '@/lib/chat/message-time';

/** When each buyer message was first seen here: the start when the chat prints no time for it. */
const firstSeen = new WeakMap<Element, number>();

/** Seconds since the buyer's last message while it is unanswered, now; null when the seller spoke last. */
function waitingSeconds(zone: PageZone): number | null {
  const now = Date.now();
  const messages = messageElements(document.body);
  const last = messages.at(-1);
  // Unmarked sides count as the buyer's (see lastMessage).
  if (!last || senderOf(last) === 'seller') return null;
  if (!firstSeen.has(last)) firstSeen.set(last, now);
  const sent = messageTime(last, messages, zone, now) ?? firstSeen.get(last) ?? now;
  return Math.max(0, Math.floor((now - sent) / 1000));
}

/**
 * Calls `changed` at once and every second with the buyer's wait (null when the seller spoke last). It counts
 * from the time the chat prints with the message (read in the page's zone, China time by default), so a message
 * that came in before the page was opened has waited that long already. Returns the stop.
 */
export function watchWaitingSeconds(zone: PageZone, changed: (seconds: number | null) => void) {
  const tick = () => changed(waitingSeconds(zone));
  tick();
  const timer = setInterval(tick, 1000);
  return () => clearInterval(timer);
}
