import { openStore, type Db } from './db';
import { StoreError } from './errors';

export interface ConnectionOptions {
  name?: string;
  version?: number;
  /** How long a request waits for an upgrade blocked by an old page before it is told so. */
  blockedWaitMs?: number;
  /** Work done once per opened connection before any request uses it (the preset sync). */
  prepare?: (db: Db) => Promise<void>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The background's one connection, opened on first use. If an old Seller Desk page still holds
 * the previous version open, the upgrade waits for it: each request waits `blockedWaitMs` too, then
 * gets a typed `blocked` error (the page says "close the other Seller Desk tabs") while the open
 * carries on, so the first request after the old page closes succeeds. A connection closed under
 * us (a newer version, the browser) or an open that failed is opened again on the next request.
 */
export function createConnection(options: ConnectionOptions = {}): () => Promise<Db> {
  const { name, version, blockedWaitMs = 4000, prepare } = options;
  let current: { db: Promise<Db>; blocked: Promise<void> } | undefined;

  const open = () => {
    let signalBlocked = () => {};
    const blocked = new Promise<void>((resolve) => (signalBlocked = resolve));
    const attempt = {
      blocked,
      db: openStore(name, version, {
        blocked: signalBlocked,
        closed: () => {
          if (current === attempt) current = undefined;
        },
      }).then(async (db) => {
        await prepare?.(db);
        return db;
      }),
    };
    attempt.db.catch(() => {
      if (current === attempt) current = undefined;
    });
    current = attempt;
    return attempt;
  };

  return () => {
    const attempt = current ?? open();
    const gaveUp = attempt.blocked
      .then(() => delay(blockedWaitMs))
      .then((): never => {
        throw new StoreError('blocked', 'Database upgrade blocked by an older Seller Desk page');
      });
    gaveUp.catch(() => undefined);
    return Promise.race([attempt.db, gaveUp]);
  };
}
