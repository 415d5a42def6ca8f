import { describe, expect, it } from 'vitest';
import { presetRules } from '../../lib/rules/presets';
import { defaultSettings } from '../../lib/settings';
import { openStore, type Db } from '../../lib/store/db';
import { DB_VERSION } from '../../lib/store/migrations';
import { getSettings } from '../../lib/store/repository';

let n = 0;
const name = () => `sd-migrate-${++n}-${Math.random()}`;

/** What a merchant has after some weeks of use, written with the store as it was at that version. */
async function fillWithRealData(db: Db) {
  await db.put('rules', { ...presetRules[0]!, limitHours: 30, edited: true });
  await db.put('rules', { ...presetRules[1]!, id: 'custom.1', source: 'my own promise' });
  await db.put('templates', {
    id: 'custom.mine',
    situation: 'reminder-in-stock',
    builtIn: false,
    title: { zh_CN: '我的模板' },
    text: { zh_CN: '亲，订单 {orderId} 今天发' },
    edited: true,
  });
  await db.put('orders', {
    key: 'jd:302598713465',
    order: { id: '302598713465', platform: 'jd', status: 'pending', orderTime: 1 },
    url: 'https://shop.jd.com/jdm/trade/orders/order-list',
    seenAt: 2,
  });
  await db.put('usage', { templateId: 'custom.mine', count: 12, lastUsed: 3 });
  await db.put('sites', {
    id: 'site.1',
    pattern: 'https://erp.example.com/*',
    platform: 'generic',
    features: { countdowns: true, replies: false, delayReports: true, notifications: true },
  });
  await db.put('reports', {
    id: 'r1',
    orderKey: 'jd:302598713465',
    platform: 'jd',
    reason: 'out-of-stock',
    kind: 'card',
    status: 'pending',
    createdAt: 4,
  });
  // A settings record from before later fields existed, with the merchant's own thresholds.
  await db.put('settings', { key: 'app', value: { locale: 'zh_TW', urgentHours: 3 } as never });
}

async function snapshot(db: Db) {
  const stores = ['rules', 'templates', 'orders', 'usage', 'sites', 'reports'] as const;
  return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await db.getAll(s)] as const)));
}

describe('schema migrations', () => {
  it('v3: the notifications already sent are kept, indexed by time', async () => {
    const dbName = name();
    const old = await openStore(dbName, 2);
    await fillWithRealData(old);
    const before = await snapshot(old);
    old.close();
    const db = await openStore(dbName, 3);
    expect(await snapshot(db)).toEqual(before);
    await db.put('notified', { key: 'jd:1|lead|5', at: 9 });
    expect(await db.getAllKeysFromIndex('notified', 'at')).toEqual(['jd:1|lead|5']);
    db.close();
  });

  it('v4: the stored page offset becomes the zone with that offset; every other setting stays', async () => {
    for (const [offset, zone] of [
      [480, 'Asia/Shanghai'],
      [0, 'Etc/GMT'],
      [-300, 'Etc/GMT+5'],
      [540, 'Etc/GMT-9'],
      [330, 'Asia/Kolkata'],
    ] as const) {
      const dbName = name();
      const old = await openStore(dbName, 3);
      await fillWithRealData(old);
      // The settings record exactly as version 3 wrote it: every field, the offset in minutes, no zone.
      const { pageTimeZone: _zone, ...v3Defaults } = defaultSettings;
      const v3 = {
        ...v3Defaults,
        pageOffsetMinutes: offset,
        locale: 'zh_TW',
        urgentHours: 3,
        quietHours: { from: 22, to: 8 },
      };
      await old.put('settings', { key: 'app', value: v3 as never });
      const before = await snapshot(old);
      old.close();

      const db = await openStore(dbName, 4);
      expect(await snapshot(db)).toEqual(before);
      const { pageOffsetMinutes: _offset, ...kept } = v3;
      expect((await db.get('settings', 'app'))?.value).toEqual({ ...kept, pageTimeZone: zone });
      db.close();
    }
  });

  it('the current version is reached from an empty browser', async () => {
    const db = await openStore(name());
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  for (let version = 2; version <= DB_VERSION; version++) {
    it(`v${version - 1} → v${version} keeps everything the merchant had`, async () => {
      const dbName = name();
      const old = await openStore(dbName, version - 1);
      await fillWithRealData(old);
      const before = await snapshot(old);
      old.close();

      const db = await openStore(dbName, version);
      expect(db.version).toBe(version);
      expect(await snapshot(db)).toEqual(before);
      const settings = (await db.get('settings', 'app'))?.value;
      expect(settings).toMatchObject({ locale: 'zh_TW', urgentHours: 3 });
      db.close();
    });
  }

  // A merchant who skipped updates jumps from any earlier version straight to the current one.
  for (let version = 1; version < DB_VERSION; version++) {
    it(`v${version} → v${DB_VERSION} (the current version) in one step keeps everything`, async () => {
      const dbName = name();
      const old = await openStore(dbName, version);
      await fillWithRealData(old);
      const before = await snapshot(old);
      old.close();

      const db = await openStore(dbName);
      expect(db.version).toBe(DB_VERSION);
      expect(await snapshot(db)).toEqual(before);
      // What the app reads: the merchant's choices, and defaults for whatever later versions added.
      expect(await getSettings(db)).toEqual({ ...defaultSettings, locale: 'zh_TW', urgentHours: 3 });
      db.close();
    });
  }

  it('v2: templates can be found by situation; settings gain their new fields with defaults', async () => {
    const dbName = name();
    const old = await openStore(dbName, 1);
    await fillWithRealData(old);
    old.close();
    const db = await openStore(dbName, 2);
    const mine = await db.getAllFromIndex('templates', 'situation', 'reminder-in-stock');
    expect(mine.map((t) => t.id)).toContain('custom.mine');
    expect((await db.get('settings', 'app'))?.value).toEqual({
      ...defaultSettings,
      locale: 'zh_TW',
      urgentHours: 3,
    });
    db.close();
  });
});
