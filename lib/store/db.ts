import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, upgrade } from './migrations';
import { DB_NAME, type SellerDeskDB } from './schema';

export type Db = IDBPDatabase<SellerDeskDB>;

/** What the owner of a connection hears about it while it is being opened and used. */
export interface OpenEvents {
  /** An older connection (an old page or worker) keeps this upgrade waiting. */
  blocked?: () => void;
  /** This connection was closed: a newer version wants the database, or the browser dropped it. */
  closed?: () => void;
}

/** Opens (and migrates) the database. Background only: content scripts go through messaging. */
export function openStore(name = DB_NAME, version = DB_VERSION, events: OpenEvents = {}): Promise<Db> {
  return openDB<SellerDeskDB>(name, version, {
    upgrade: (db, oldVersion, newVersion, tx) => upgrade(db, oldVersion, newVersion ?? version, tx),
    blocked: () => events.blocked?.(),
    // Step aside for a newer version at once, or its upgrade would wait for us.
    blocking: (_current, _next, event) => {
      (event.target as IDBDatabase | null)?.close();
      events.closed?.();
    },
    terminated: () => events.closed?.(),
  });
}
