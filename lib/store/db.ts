import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, upgrade } from './migrations';
import { DB_NAME, type SellerDeskDB } from './schema';

export type Db = IDBPDatabase<SellerDeskDB>;

/** Opens (and migrates) the database. Background only: content scripts go through messaging. */
export function openStore(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  return openDB<SellerDeskDB>(name, version, {
    upgrade: (db, oldVersion, newVersion, tx) => upgrade(db, oldVersion, newVersion ?? version, tx),
    blocking: (_current, _next, event) => (event.target as IDBDatabase | null)?.close(),
  });
}
