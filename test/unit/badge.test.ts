import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshBadge } from '../../entrypoints/background/badge';
import { badgeTopics, writeTopics, type RequestType } from '../../lib/messaging/protocol';
import type { Order } from '../../lib/orders/types';
import type { DelayReport } from '../../lib/reports/types';
import { openStore, type Db } from '../../lib/store/db';
import { recordSeenOrders, updateSettings } from '../../lib/store/repository';
import { parseTime } from '../../lib/time/china-time';

// The toolbar badge counts as the popup does: by the rules, the merchant's thresholds and delay reports.
const at = (s: string) => parseTime(s) as number;
const now = at('2026-11-24 12:00');
// JD, no promised time: the 24 h rule dates it 2026-11-24 13:00, one hour from now (urgent under 2 h).
const order: Order = {
  id: '302598713465',
  platform: 'jd',
  status: 'pending',
  orderTime: at('2026-11-23 13:00'),
};
const badge = () => fakeBrowser.action.getBadgeText({});

describe('toolbar badge', () => {
  let db: Db;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await openStore(`sd-badge-${Math.random()}`);
    await recordSeenOrders(db, [order], 'https://porder.shop.jd.com/order/orderlist', now);
  });

  it('counts an order due within the urgent threshold, and follows the threshold the merchant sets', async () => {
    await refreshBadge(db, now);
    expect(await badge()).toBe('1');
    await updateSettings(db, { urgentHours: 0.5 });
    await refreshBadge(db, now);
    expect(await badge()).toBe('');
  });

  it('an accepted JD delay card moves the deadline: the order no longer counts', async () => {
    const card: DelayReport = {
      id: 'r',
      kind: 'card',
      platform: 'jd',
      orderKey: 'jd:302598713465',
      status: 'accepted',
      reason: 'out-of-stock',
      createdAt: at('2026-11-24 11:00'),
      decidedAt: at('2026-11-24 11:30'),
      newShipTime: at('2026-11-25 18:00'),
    };
    await db.put('reports', card);
    await refreshBadge(db, now);
    expect(await badge()).toBe('');
  });

  it('every write that changes what it counts refreshes it (the background follows writeTopics)', () => {
    const counted = (type: RequestType) => (writeTopics[type] ?? []).some((t) => badgeTopics.includes(t));
    const writes: RequestType[] = ['orders/seen', 'settings/update', 'rules/put', 'rules/reset'];
    for (const type of [...writes, 'reports/create', 'reports/decide', 'backup/apply'] as const)
      expect(counted(type), type).toBe(true);
    // Templates and usage do not change the count.
    expect(counted('templates/put')).toBe(false);
    expect(counted('usage/record')).toBe(false);
  });
});
