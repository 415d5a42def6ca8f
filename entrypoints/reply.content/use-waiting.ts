import { useEffect, useState } from 'preact/hooks';
import { watchWaitingSeconds } from './waiting';

/** The buyer's wait in seconds, on chat pages (`enabled`), for the picker's bar (see watchWaitingSeconds). */
export function useWaitingSeconds(enabled: boolean, offsetMinutes: number): number | null {
  const [seconds, setSeconds] = useState<number | null>(null);
  useEffect(
    () => (enabled ? watchWaitingSeconds(offsetMinutes, setSeconds) : undefined),
    [enabled, offsetMinutes],
  );
  return seconds;
}
