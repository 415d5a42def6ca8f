import type { StoreErrorCode } from './errors';

/** A write the background could not make, kept so the popup and options page can say so later. */
export interface StorageProblem {
  code: Extract<StoreErrorCode, 'quota' | 'blocked'>;
  /** The request type that failed (lib/messaging names them; the store layer does not depend on it). */
  request: string;
  at: number;
}

/**
 * The background's memory of its last storage failure: a content script's "orders seen" has no
 * screen of its own, so a full disk would otherwise go unnoticed. A later successful write clears
 * it (space was freed). In memory only: writing it to the full store is exactly what cannot work.
 */
export function createHealth() {
  let problem: StorageProblem | null = null;
  return {
    failed(code: StoreErrorCode | null, request: string, at: number): void {
      if (code === 'quota' || code === 'blocked') problem = { code, request, at };
    },
    /** A write that went through means there is space again; any answer means the upgrade ran. */
    succeeded(wrote: boolean): void {
      if (wrote || problem?.code === 'blocked') problem = null;
    },
    current: (): StorageProblem | null => problem,
  };
}

export type Health = ReturnType<typeof createHealth>;
