import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { failureText } from '../../components/store-failure';
import { createTranslator } from '../../lib/i18n';
import { createClient } from '../../lib/messaging/client';
import { isEnvelope } from '../../lib/messaging/protocol';
import type { Order } from '../../lib/orders/types';
import { createConnection } from '../../lib/store/connection';
import { openStore, type Db } from '../../lib/store/db';
import { serve } from '../../lib/service/handlers';
import { createHealth, type Health } from '../../lib/store/health';
import { DB_VERSION, upgrade } from '../../lib/store/migrations';
import type { SellerDeskDB } from '../../lib/store/schema';

let n = 0;
const freshName = () => `sd-blocked-${++n}-${Math.random()}`;
const en = createTranslator('en');
const order = (id: string): Order => ({ id, platform: 'jd', status: 'pending' });

describe('an upgrade blocked by an old Seller Desk page', () => {
  /** An old page of the previous version, which never closes its connection when asked. */
  async function oldPage(name: string) {
    const old = await openDB<SellerDeskDB>(name, DB_VERSION - 1, {
      upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, DB_VERSION - 1, tx),
    });
    await old.put('templates', {
      id: 'custom.mine',
      situation: 'refund',
      builtIn: false,
      title: { zh_CN: '我的' },
      text: { zh_CN: '亲，已退款' },
      edited: true,
    });
    await old.put('orders', { key: 'jd:1', order: order('1'), url: 'u', seenAt: 1 });
    return old;
  }

  const clientOf = (db: () => Promise<Db>, health: Health) =>
    createClient(async (message) => {
      if (!isEnvelope(message)) throw new Error('not ours');
      return serve(db, message.request, 1000, health);
    });

  it('a request waits, then gets the typed `blocked` error; once the old page closes, all data is there', async () => {
    const name = freshName();
    const old = await oldPage(name);
    const health = createHealth();
    const request = clientOf(createConnection({ name, blockedWaitMs: 50 }), health);

    const error = await request('templates/list', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'blocked' });
    expect(failureText(error, en)).toBe(en('storage.blocked'));
    expect(en('storage.blocked')).toMatch(/close the other Seller Desk tabs/i);
    expect(health.current()).toMatchObject({ code: 'blocked', request: 'templates/list' });

    old.close();
    const templates = await request('templates/list', {});
    expect(templates.find((t) => t.id === 'custom.mine')).toMatchObject({ text: { zh_CN: '亲，已退款' } });
    const { orders } = await request('orders/list', {});
    expect(orders.map((o) => o.key)).toEqual(['jd:1']);
    // The upgrade ran: the store added by the newest version exists.
    expect(await request('store/status', {})).toEqual({ problem: null });
    const db = await createConnection({ name })();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('notified');
    db.close();
  });

  it('an old page that closes within the wait: the request simply succeeds', async () => {
    const name = freshName();
    const old = await oldPage(name);
    const request = clientOf(createConnection({ name, blockedWaitMs: 2000 }), createHealth());
    setTimeout(() => old.close(), 30);
    expect((await request('templates/list', {})).some((t) => t.id === 'custom.mine')).toBe(true);
  });

  it('a connection closed for a newer version is not used closed: the next request opens again', async () => {
    const name = freshName();
    const connection = createConnection({ name });
    await connection();
    // A newer version opening makes ours step aside (closed on `blocking`).
    const newer = await openStore(name, DB_VERSION + 1);
    newer.close();
    // Reopened, not reused: at our version, now older than the database, the browser says so.
    await expect(connection()).rejects.toMatchObject({ name: 'VersionError' });
  });
});
