import { describe, expect, it } from 'vitest';
import { dueNotifications, inQuietHours } from '../../lib/notify/scheduler';
import { presetRules } from '../../lib/rules/presets';
import { defaultSettings } from '../../lib/settings';
import { openStore } from '../../lib/store/db';
import { claimNotifications, sentNotificationKeys } from '../../lib/store/repository';
import type { SeenOrder } from '../../lib/store/schema';
import { parseTime } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const MIN = 60_000;
const at = (s: string) => parseTime(s) as number;
const due = (id: string, deadline: number, status: SeenOrder['order']['status'] = 'pending'): SeenOrder => ({
  key: `pdd:${id}`,
  order: { id, platform: 'pdd', status, promiseTime: deadline },
  url: `https://mms.pinduoduo.com/orders/list#${id}`,
  seenAt: 0,
});

describe('notification scheduler', () => {
  const now = at('2026-11-24 12:00');
  const orders = [
    due('soon', now + 90 * MIN),
    due('later', now + 5 * 60 * MIN),
    due('late', now - 10 * MIN),
    due('long-gone', now - 30 * 60 * MIN),
    due('shipped', now + 30 * MIN, 'shipped'),
  ];

  it('tells a lead time before the deadline (default 2 h) and when it passes, grouped per event', () => {
    const groups = dueNotifications(orders, presetRules, defaultSettings, [], new Set(), now);
    expect(groups.map((g) => [g.event, g.orders.map((o) => o.seen.order.id)])).toEqual([
      ['passed', ['late']],
      ['lead', ['soon']],
    ]);
    const wider = dueNotifications(
      orders,
      presetRules,
      { ...defaultSettings, notifyLeadMinutes: 6 * 60 },
      [],
      new Set(),
      now,
    );
    expect(wider.find((g) => g.event === 'lead')?.orders.map((o) => o.seen.order.id)).toEqual([
      'soon',
      'later',
    ]);
  });

  it('never repeats the same order and event, even after the worker restarts', async () => {
    const db = await openStore(`sd-notify-${Math.random()}`);
    const first = dueNotifications(
      orders,
      presetRules,
      defaultSettings,
      [],
      await sentNotificationKeys(db),
      now,
    );
    await claimNotifications(
      db,
      first.flatMap((g) => g.orders.map((o) => o.key)),
      now,
    );
    db.close();
    // A new worker: the sent keys come back from IndexedDB.
    const again = await openStore(db.name);
    const later = dueNotifications(
      orders,
      presetRules,
      defaultSettings,
      [],
      await sentNotificationKeys(again),
      now + MIN,
    );
    expect(later).toEqual([]);
    // The "soon" order's deadline passes: that is a new event.
    const passed = dueNotifications(
      orders,
      presetRules,
      defaultSettings,
      [],
      await sentNotificationKeys(again),
      now + 91 * MIN,
    );
    expect(passed.map((g) => [g.event, g.orders.map((o) => o.seen.order.id)])).toEqual([
      ['passed', ['soon']],
    ]);
    again.close();
  });

  it('stays silent in quiet hours, across midnight', () => {
    const quiet = { ...defaultSettings, quietHours: { from: 22, to: 8 } };
    expect(inQuietHours(at('2026-11-24 23:30'), quiet.quietHours, CHINA_ZONE)).toBe(true);
    expect(inQuietHours(at('2026-11-24 07:59'), quiet.quietHours, CHINA_ZONE)).toBe(true);
    expect(inQuietHours(at('2026-11-24 08:00'), quiet.quietHours, CHINA_ZONE)).toBe(false);
    expect(inQuietHours(at('2026-11-24 13:00'), { from: 12, to: 14 }, CHINA_ZONE)).toBe(true);
    expect(dueNotifications(orders, presetRules, quiet, [], new Set(), at('2026-11-24 23:30'))).toEqual([]);
    expect(dueNotifications(orders, presetRules, quiet, [], new Set(), now).length).toBe(2);
  });
});
