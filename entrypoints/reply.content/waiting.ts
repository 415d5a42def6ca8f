import { useEffect, useState } from 'preact/hooks';
import { messageElements, senderOf } from '@/lib/chat/last-message';
import { messageTime } from '@/lib/chat/message-time';
import type { PageZone } from '@/lib/time/zone';

/** When each buyer message was first seen here: the start when the chat prints no time for it. */
const firstSeen = new WeakMap<Element, number>();

/**
 * Seconds since the buyer's last message while it is unanswered; null when the seller spoke last. It counts from
 * the time the chat prints with the message (read in the page's zone, China time by default), so a message that
 * came in before the page was opened has waited that long already.
 */
export function useWaitingSeconds(enabled: boolean, zone: PageZone): number | null {
  const [seconds, setSeconds] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    const tick = () => {
      const now = Date.now();
      const messages = messageElements(document.body);
      const last = messages.at(-1);
      // Unmarked sides count as the buyer's (see lastMessage).
      if (!last || senderOf(last) === 'seller') return setSeconds(null);
      if (!firstSeen.has(last)) firstSeen.set(last, now);
      const sent = messageTime(last, messages, zone, now) ?? firstSeen.get(last) ?? now;
      setSeconds(Math.max(0, Math.floor((now - sent) / 1000)));
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [enabled, zone]);
  return seconds;
}
