import type { StoreValue } from 'idb';
import type { Db } from './db';
import { StoreError } from './errors';
import { sameValue } from '../values/same-value';
import type { SellerDeskDB } from './schema';
import { inTransaction } from './transaction';

/** Stores edited as a whole item in an editor, each item keyed by `id`. */
type EditedStore = 'rules' | 'templates' | 'sites';

/**
 * Optimistic concurrency for whole-item edits: `next` is written only if the stored item is still
 * `base`, the one the editor started from (`null`: it must not exist yet; `undefined`: no check).
 * Check and write share one readwrite transaction, so no other write can come between them; a stale
 * edit is refused with a `conflict` error and the page shows the newer version instead.
 */
export async function putIfUnchanged<S extends EditedStore>(
  db: Db,
  store: S,
  next: StoreValue<SellerDeskDB, S>,
  base: StoreValue<SellerDeskDB, S> | null | undefined,
): Promise<StoreValue<SellerDeskDB, S>> {
  const tx = db.transaction(store, 'readwrite');
  return inTransaction(tx, async () => {
    if (base !== undefined) {
      const current = (await tx.store.get(next.id)) ?? null;
      if (!sameValue(current, base))
        throw new StoreError('conflict', `${store} ${next.id} changed elsewhere`);
    }
    await tx.store.put(next);
    return next;
  });
}

/**
 * Deletes an item, answering whether there was anything to delete. With `base` (the item as the
 * page showed it), an item another page changed since is not deleted: `conflict`, as for a put.
 */
export async function deleteItem<S extends EditedStore>(
  db: Db,
  store: S,
  id: string,
  base?: StoreValue<SellerDeskDB, S>,
): Promise<{ deleted: boolean }> {
  const tx = db.transaction(store, 'readwrite');
  return inTransaction(tx, async () => {
    const current = await tx.store.get(id);
    if (current && base !== undefined && !sameValue(current, base))
      throw new StoreError('conflict', `${store} ${id} changed elsewhere`);
    if (current) await tx.store.delete(id);
    return { deleted: current !== undefined };
  });
}
