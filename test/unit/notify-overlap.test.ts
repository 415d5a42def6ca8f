import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyDue } from '../../entrypoints/background/notifications';
import { openStore } from '../../lib/store/db';
import { claimNotifications, recordSeenOrders } from '../../lib/store/repository';
import { parseTime } from '../../lib/time/china-time';

const MIN = 60_000;
const now = parseTime('2026-11-24 12:00') as number;

describe('two reminder runs at once (an alarm while the previous run is still going)', () => {
  afterEach(() => {
    Reflect.deleteProperty(fakeBrowser, 'notifications');
  });

  it('claiming the same keys twice at once: each key goes to exactly one run', async () => {
    const db = await openStore(`sd-claim-${Math.random()}`);
    const keys = ['pdd:1|lead|1', 'pdd:2|lead|1', 'pdd:3|passed|1'];
    await claimNotifications(db, keys.slice(0, 1), now);
    const [a, b] = await Promise.all([claimNotifications(db, keys, now), claimNotifications(db, keys, now)]);
    expect([...a, ...b].sort()).toEqual(keys.slice(1).sort());
    expect([...a].filter((k) => b.has(k))).toEqual([]);
    db.close();
  });

  it('shows every due reminder once, not once per run', async () => {
    const db = await openStore(`sd-notify-overlap-${Math.random()}`);
    await recordSeenOrders(
      db,
      [
        { id: 'soon', platform: 'pdd', status: 'pending', promiseTime: now + 90 * MIN },
        { id: 'late', platform: 'pdd', status: 'pending', promiseTime: now - 10 * MIN },
      ],
      'https://mms.pinduoduo.com/orders/list',
      now - 60 * MIN,
    );
    const create = vi.fn(async (id: string, _options: { message: string }) => id);
    Object.assign(fakeBrowser, { notifications: { create } });
    await Promise.all([notifyDue(db, now), notifyDue(db, now), notifyDue(db, now)]);
    const shown = create.mock.calls.map(([, options]) => options.message);
    expect(shown).toHaveLength(2);
    expect(shown.join('\n').match(/soon/g)).toHaveLength(1);
    expect(shown.join('\n').match(/late/g)).toHaveLength(1);
    // A later run has nothing left to say.
    await notifyDue(db, now + MIN);
    expect(create).toHaveBeenCalledTimes(2);
    db.close();
  });
});
