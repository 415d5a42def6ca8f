import type { StoreErrorCode } from './errors';

/** A write the background could not make, kept so the popup and options page can say so later. */
export interface StorageProblem {
  code: Extract<StoreErrorCode, 'quota' | 'blocked'>;
  /** The request type that failed (lib/messaging names them; the store layer does not depend on it). */
  request: string;
  at: number;
}

/**
 * Where the last problem is kept across service-worker restarts. Not IndexedDB: writing to the full
 * store is exactly what fails. The background passes chrome.storage.session (kept in the browser's
 * memory until it quits); tests pass a map.
 */
export interface HealthMemory {
  load(): Promise<StorageProblem | null>;
  save(problem: StorageProblem | null): Promise<void>;
}

/**
 * The background's memory of its last storage failure: a content script's "orders seen" has no
 * screen of its own, so a full disk would otherwise go unnoticed. A later successful write clears
 * it (space was freed). Kept in `memory` too, so a worker stopped and woken again still knows.
 */
export function createHealth(memory?: HealthMemory) {
  let problem: StorageProblem | null = null;
  /** Something happened in this worker's life: what the memory held before is older, not restored. */
  let known = false;
  const keep = (next: StorageProblem | null) => {
    problem = next;
    known = true;
    void memory?.save(next).catch(() => undefined);
  };
  const ready: Promise<void> = memory
    ? memory.load().then(
        (stored) => {
          if (!known) problem = stored;
        },
        () => undefined,
      )
    : Promise.resolve();
  return {
    failed(code: StoreErrorCode | null, request: string, at: number): void {
      if (code === 'quota' || code === 'blocked') keep({ code, request, at });
    },
    /** A write that went through means there is space again; any answer means the upgrade ran. */
    succeeded(wrote: boolean): void {
      if (wrote || problem?.code === 'blocked') {
        if (problem || !known) keep(null);
      }
    },
    current: (): StorageProblem | null => problem,
    /** Settles once what an earlier worker remembered is loaded (ask before `current` at start-up). */
    ready: (): Promise<void> => ready,
  };
}

export type Health = ReturnType<typeof createHealth>;
