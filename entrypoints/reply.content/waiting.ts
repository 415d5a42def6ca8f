import { useEffect, useState } from 'preact/hooks';
import { lastMessage } from '@/lib/chat/last-message';

/** When each buyer message was first seen here (pages rarely give machine-readable times). */
const firstSeen = new WeakMap<Element, number>();

/** Seconds since the buyer's last message while it is unanswered; null when the seller spoke last. */
export function useWaitingSeconds(enabled: boolean): number | null {
  const [seconds, setSeconds] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    const tick = () => {
      const last = lastMessage(document.body);
      if (!last || last.sender !== 'buyer') return setSeconds(null);
      if (!firstSeen.has(last.el)) firstSeen.set(last.el, Date.now());
      setSeconds(Math.floor((Date.now() - (firstSeen.get(last.el) ?? Date.now())) / 1000));
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [enabled]);
  return seconds;
}
