import { describe, expect, it } from 'vitest';
import { createClient } from '../../lib/messaging/client';
import { isEnvelope } from '../../lib/messaging/protocol';
import { presetRules } from '../../lib/rules/presets';
import { defaultSettings } from '../../lib/settings';
import { openStore } from '../../lib/store/db';
import { handleRequest } from '../../lib/service/handlers';
import { DB_VERSION } from '../../lib/store/migrations';
import { pruneSeenOrders, recordSeenOrders } from '../../lib/store/repository';
import { defaultTemplates } from '../../lib/templates/defaults';

let n = 0;
const freshName = () => `sd-test-${++n}-${Math.random()}`;
const DAY = 86_400_000;

describe('store', () => {
  it('a new browser gets every store, seeded with presets, starter templates and settings', async () => {
    const db = await openStore(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      ['notified', 'orders', 'reports', 'rules', 'settings', 'sites', 'templates', 'usage'].sort(),
    );
    expect((await db.getAll('rules')).map((r) => r.id).sort()).toEqual(presetRules.map((r) => r.id).sort());
    expect(await db.count('templates')).toBe(defaultTemplates.length);
    expect((await db.get('settings', 'app'))?.value).toEqual(defaultSettings);
    db.close();
  });

  it('reopening keeps the merchant data and edits (no re-seed over them)', async () => {
    const name = freshName();
    const db = await openStore(name);
    const rule = { ...presetRules[0]!, limitHours: 12, enabled: false };
    await db.put('rules', rule);
    await recordSeenOrders(db, [{ id: '1', platform: 'jd', status: 'pending' }], 'https://x', 1);
    db.close();
    const again = await openStore(name);
    expect(await again.get('rules', rule.id)).toEqual(rule);
    expect(await again.count('orders')).toBe(1);
    again.close();
  });

  it('prunes orders not seen within the retention period', async () => {
    const db = await openStore(freshName());
    const now = Date.UTC(2026, 10, 24);
    const order = (id: string) => ({ id, platform: 'pdd' as const, status: 'pending' as const });
    await recordSeenOrders(db, [order('old')], 'https://mms.pinduoduo.com/orders/list', now - 15 * DAY);
    await recordSeenOrders(db, [order('new')], 'https://mms.pinduoduo.com/orders/list', now - 13 * DAY);
    expect(await pruneSeenOrders(db, now, 14)).toBe(1);
    expect((await db.getAll('orders')).map((o) => o.order.id)).toEqual(['new']);
    db.close();
  });
});

describe('seen orders over time', () => {
  it('remember the first sighting, a late one, and when the order was first seen shipped', async () => {
    const db = await openStore(freshName());
    const pending = { id: '7', platform: 'jd' as const, status: 'pending' as const };
    await recordSeenOrders(db, [pending], 'u', 100, () => false);
    await recordSeenOrders(db, [pending], 'u', 200, () => true);
    await recordSeenOrders(db, [{ ...pending, status: 'shipped' }], 'u', 300, () => false);
    await recordSeenOrders(db, [{ ...pending, status: 'shipped' }], 'u', 400, () => false);
    expect(await db.get('orders', 'jd:7')).toMatchObject({
      seenAt: 400,
      firstSeenAt: 100,
      wasLate: true,
      shippedSeenAt: 300,
      order: { status: 'shipped' },
    });
    db.close();
  });
});

describe('messaging', () => {
  it('a typed client round-trips through the background handler', async () => {
    const db = await openStore(freshName());
    const request = createClient(async (message) => {
      if (!isEnvelope(message)) throw new Error('not ours');
      return handleRequest(db, message.request, 1000);
    });
    const config = await request('page/config', { platform: 'jd' });
    expect(config.rules.length).toBe(presetRules.length);
    await request('orders/seen', {
      url: 'https://shop.jd.com/jdm/trade/orders/order-list',
      orders: [{ id: '42', platform: 'jd', status: 'pending', orderTime: 0 }],
    });
    const list = await request('orders/list', {});
    expect(list.orders).toEqual([
      {
        key: 'jd:42',
        order: { id: '42', platform: 'jd', status: 'pending', orderTime: 0 },
        url: 'https://shop.jd.com/jdm/trade/orders/order-list',
        seenAt: 1000,
        firstSeenAt: 1000,
      },
    ]);
    const settings = await request('settings/update', { patch: { urgentHours: 3 } });
    expect(settings.urgentHours).toBe(3);
    expect((await request('settings/get', {})).urgentHours).toBe(3);
    db.close();
  });

  it('a write with invalid data is refused with the field and the problem; a valid one is stored', async () => {
    const db = await openStore(freshName());
    const request = createClient(async (message) =>
      handleRequest(db, (message as { request: never }).request, 1000),
    );
    const rule = presetRules[0]!;
    await expect(request('rules/put', { rule: { ...rule, limitHours: 5000 } })).rejects.toThrow(
      'Refused rule: limitHours (range 1–1440)',
    );
    expect(await db.get('rules', rule.id)).toEqual(rule);
    // "Urgent" at 20 h would leave no order "due soon" (12 h): the settings the patch makes are checked.
    await expect(request('settings/update', { patch: { urgentHours: 20 } })).rejects.toThrow(
      'Refused settings: urgentHours (urgent-above-soon)',
    );
    expect((await request('settings/get', {})).urgentHours).toBe(defaultSettings.urgentHours);
    const site = {
      id: 'site.1',
      pattern: '*://erp.example.com/*',
      platform: 'generic' as const,
      features: { countdowns: true, replies: true, delayReports: true, notifications: true },
    };
    await expect(request('sites/put', { site: { ...site, pattern: 'erp.example.com' } })).rejects.toThrow(
      'Refused site: pattern (pattern)',
    );
    expect(await request('sites/put', { site })).toEqual(site);
    await expect(
      request('orders/seen', {
        url: 'https://shop.jd.com/',
        orders: [{ id: '1', platform: 'jd', status: 'lost' } as never],
      }),
    ).rejects.toThrow('Refused orders: 0.status (choice)');
    db.close();
  });

  it('failures come back as errors, not silence', async () => {
    const db = await openStore(freshName());
    const request = createClient(async (message) =>
      handleRequest(db, (message as { request: never }).request, 0),
    );
    // @ts-expect-error: an unknown request type is exactly what this test sends.
    await expect(request('nope', {})).rejects.toThrow('Unknown request nope');
    db.close();
  });
});
