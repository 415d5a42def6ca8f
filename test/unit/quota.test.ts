import { afterEach, describe, expect, it, vi } from 'vitest';
import { failureText } from '../../components/store-failure';
import { createTranslator, supportedLocales } from '../../lib/i18n';
import { createClient } from '../../lib/messaging/client';
import { isEnvelope } from '../../lib/messaging/protocol';
import type { Order } from '../../lib/orders/types';
import { openStore, type Db } from '../../lib/store/db';
import { StoreError } from '../../lib/store/errors';
import { handleRequest } from '../../lib/service/handlers';
import { createHealth, type Health } from '../../lib/store/health';

let n = 0;
const freshName = () => `sd-quota-${++n}-${Math.random()}`;
const en = createTranslator('en');

function pageOf(db: Db, health: Health = createHealth(), now = 5000) {
  return createClient(async (message) => {
    if (!isEnvelope(message)) throw new Error('not ours');
    return JSON.parse(JSON.stringify(await handleRequest(db, message.request, now, health))) as unknown;
  });
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** The browser refusing a write for lack of space, as the put itself failing. */
const putThrowsQuota = () =>
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw quota();
  });

/** The browser refusing a write for lack of space, as the transaction aborting with that error. */
function transactionAbortsWithQuota() {
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    const request = put.apply(this, args);
    (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
    return request;
  });
}

const order = (id: string, status: Order['status'] = 'pending'): Order => ({ id, platform: 'jd', status });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a full disk (QuotaExceededError)', () => {
  it('a settings save is refused with the `quota` code and the stored settings stay as they were', async () => {
    const db = await openStore(freshName());
    const page = pageOf(db);
    const before = await page('settings/get', {});
    putThrowsQuota();
    const error = await page('settings/update', { patch: { urgentHours: 5 }, base: before }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await page('settings/get', {})).toEqual(before);
    db.close();
  });

  it('a template edit aborted by the transaction is reported as `quota`, the old text kept', async () => {
    const db = await openStore(freshName());
    const page = pageOf(db);
    const base = (await page('templates/list', {}))[0]!;
    transactionAbortsWithQuota();
    await expect(
      page('templates/put', { template: { ...base, text: { en: 'new' } }, base }),
    ).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect((await page('templates/list', {})).find((t) => t.id === base.id)).toEqual(base);
    db.close();
  });

  it('orders seen by a content script: previous data kept, `quota` returned, and the popup is told', async () => {
    const db = await openStore(freshName());
    const health = createHealth();
    await handleRequest(db, { type: 'orders/seen', url: 'u', orders: [order('1')] }, 1000, health);
    const before = await db.getAll('orders');
    transactionAbortsWithQuota();
    const answer = await handleRequest(
      db,
      { type: 'orders/seen', url: 'u', orders: [order('1', 'shipped'), order('2')] },
      2000,
      health,
    );
    expect(answer).toMatchObject({ ok: false, code: 'quota' });
    vi.restoreAllMocks();
    expect(await db.getAll('orders')).toEqual(before);
    expect(await pageOf(db, health)('store/status', {})).toEqual({
      problem: { code: 'quota', request: 'orders/seen', at: 2000 },
    });
    // Space freed: the next write succeeds and the warning goes away.
    await handleRequest(db, { type: 'orders/seen', url: 'u', orders: [order('2')] }, 3000, health);
    expect(await pageOf(db, health)('store/status', {})).toEqual({ problem: null });
    db.close();
  });

  it('an import that hits the quota imports nothing and says why', async () => {
    const db = await openStore(freshName());
    const page = pageOf(db);
    const file = await page('backup/export', { scope: 'all' });
    file.rules = file.rules!.map((r) => ({ ...r, limitHours: 99 }));
    transactionAbortsWithQuota();
    await expect(page('backup/apply', { text: JSON.stringify(file) })).rejects.toMatchObject({
      code: 'quota',
    });
    vi.restoreAllMocks();
    expect((await db.getAll('rules')).some((r) => r.limitHours === 99)).toBe(false);
    db.close();
  });

  it('the pages say what happened and what to do, in every language', () => {
    const text = failureText(new StoreError('quota'), en);
    expect(text).toBe(en('storage.quota'));
    expect(text).toMatch(/disk space/);
    expect(text).toMatch(/backup/);
    for (const locale of supportedLocales) {
      const t = createTranslator(locale);
      expect(failureText(quota(), t)).toBe(t('storage.quota'));
    }
    // A failure without a code still shows, with its detail.
    expect(failureText(new Error('boom'), en)).toContain('boom');
  });
});
