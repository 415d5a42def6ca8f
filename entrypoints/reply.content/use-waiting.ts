import type { PageZone } from '@/lib/time/zone';
import { useEffect, useState } from 'preact/hooks';
import { watchWaitingSeconds } from './waiting';

/** The buyer's wait in seconds, on chat pages (`enabled`), for the picker's bar (see watchWaitingSeconds). */
export function useWaitingSeconds(enabled: boolean, zone: PageZone): number | null {
  const [seconds, setSeconds] = useState<number | null>(null);
  useEffect(() => (enabled ? watchWaitingSeconds(zone, setSeconds) : undefined), [enabled, zone]);
  return seconds;
}
