import { StoreError } from './errors';

interface Tx {
  readonly done: Promise<void>;
  readonly error: DOMException | null;
  abort(): void;
}

/**
 * Runs `work` inside `tx` and waits for the commit: all of it is written or, if anything fails,
 * none of it. The error reported is the transaction's own when it has one, because a quota failure
 * aborts the transaction with QuotaExceededError while each pending request only sees AbortError.
 */
export async function inTransaction<R>(tx: Tx, work: () => Promise<R>): Promise<R> {
  const done = tx.done;
  // Awaited below; this only keeps an abort from also surfacing as an unhandled rejection.
  done.catch(() => undefined);
  try {
    const result = await work();
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failing request: nothing of it was written.
    }
    throw error instanceof StoreError ? error : (tx.error ?? error);
  }
}

/**
 * Issues one write per item without waiting between them, then waits for all. If one throws at
 * once (a value the store refuses, a transaction already aborted), the requests issued before it
 * still reject with AbortError: they are caught here so only the cause is reported.
 */
export async function writeAll<T>(items: readonly T[], write: (item: T, i: number) => Promise<unknown>) {
  const requests: Promise<unknown>[] = [];
  for (const [i, item] of items.entries()) {
    const request = write(item, i);
    request.catch(() => undefined);
    requests.push(request);
  }
  await Promise.all(requests);
}
