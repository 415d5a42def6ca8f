/**
 * Why a request to the store failed, as a code every page can translate. `conflict`: another page
 * changed the item since this one loaded it; `quota`: the browser has no space left; `blocked`: a
 * database upgrade waits for an old Seller Desk page to close; `unavailable`: the connection was lost.
 */
export const storeErrorCodes = ['conflict', 'quota', 'blocked', 'unavailable'] as const;
export type StoreErrorCode = (typeof storeErrorCodes)[number];

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

// Firefox before 60-ish names it differently; Safari and Chromium use the standard name.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

const nameOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : undefined;

/** Maps anything a store operation threw to a code; null for a failure we have no words for. */
export function storeErrorCode(error: unknown): StoreErrorCode | null {
  if (error instanceof StoreError) return error.code;
  const name = nameOf(error);
  if (name !== undefined && QUOTA_NAMES.has(name)) return 'quota';
  // A connection closed under a request (a newer version took over, or the browser dropped it).
  if (name === 'InvalidStateError') return 'unavailable';
  return null;
}

export const isStoreErrorCode = (value: unknown): value is StoreErrorCode =>
  (storeErrorCodes as readonly unknown[]).includes(value);
