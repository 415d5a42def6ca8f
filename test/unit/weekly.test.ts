import { describe, expect, it } from 'vitest';
import type { Order } from '../../lib/orders/types';
import { presetRules } from '../../lib/rules/presets';
import { summarize } from '../../lib/rules/summary';
import { defaultAssessSettings, type Rule } from '../../lib/rules/types';
import { dayStart, weekStart } from '../../lib/rules/week';
import { jdPickupScore, weeklyPenalties } from '../../lib/rules/weekly';
import type { SeenOrder } from '../../lib/store/schema';
import { parseTime, toZonedIso } from '../../lib/time/china-time';

const HOUR = 3_600_000;
const at = (s: string) => parseTime(s) as number;
const settings = { ...defaultAssessSettings, pageOffsetMinutes: 480 };
const seen = (o: Partial<Order> & { id: string }, extra: Partial<SeenOrder> = {}): SeenOrder => ({
  key: `${o.platform ?? 'jd'}:${o.id}`,
  order: { platform: 'jd', status: 'pending', ...o },
  url: 'https://shop.jd.com/jdm/trade/orders/order-list',
  seenAt: 0,
  ...extra,
});

describe('weeks in China time', () => {
  it('start on Monday 00:00 China time, whatever the machine zone', () => {
    // Wednesday 2026-11-25 01:00 in China is still Tuesday in Los Angeles and UTC.
    expect(toZonedIso(weekStart(at('2026-11-25 01:00'), 480))).toBe('2026-11-23T00:00:00+08:00');
    expect(toZonedIso(weekStart(at('2026-11-23 00:00'), 480))).toBe('2026-11-23T00:00:00+08:00');
    expect(toZonedIso(weekStart(at('2026-11-22 23:59'), 480))).toBe('2026-11-16T00:00:00+08:00');
    expect(toZonedIso(dayStart(at('2026-11-24 00:30'), 480))).toBe('2026-11-24T00:00:00+08:00');
  });
});

describe('this week’s estimated penalties', () => {
  const now = at('2026-11-26 12:00');
  it('JD: 1 point per late order, capped at 7 a week; only this week’s orders', () => {
    const late = Array.from({ length: 9 }, (_, i) =>
      seen({ id: `L${i}`, orderTime: at('2026-11-24 08:00') }),
    );
    const lastWeek = seen({ id: 'old', orderTime: at('2026-11-20 08:00') });
    const onTime = seen({ id: 'ok', orderTime: at('2026-11-26 08:00') });
    const [jd] = weeklyPenalties([...late.slice(0, 3), lastWeek, onTime], presetRules, settings, [], now);
    expect(jd).toMatchObject({ platform: 'jd', late: 3, unit: 'points', amount: 3 });
    const [capped] = weeklyPenalties(late, presetRules, settings, [], now);
    expect(capped).toMatchObject({ late: 9, amount: 7, capped: true });
  });

  it('an order placed last week that went late this week is this week’s lateness', () => {
    const sunday = seen({ id: 'sun', orderTime: at('2026-11-22 20:00') });
    expect(weeklyPenalties([sunday], presetRules, settings, [], now)[0]).toMatchObject({
      late: 1,
      amount: 1,
    });
  });

  it('JD: a weekly pickup rate below 95 % costs the flat 7 points', () => {
    const [jd] = weeklyPenalties(
      [seen({ id: 'x', orderTime: at('2026-11-24 08:00') })],
      presetRules,
      { ...settings, jdPickupRate: 90 },
      [],
      now,
    );
    expect(jd).toMatchObject({ late: 1, amount: 7, flat: true });
  });

  it('an order that shipped late still counts; a shipped on-time one does not', () => {
    const shippedLate = seen(
      { id: 'a', status: 'shipped', orderTime: at('2026-11-24 08:00') },
      { wasLate: true },
    );
    const shippedOk = seen({ id: 'b', status: 'shipped', orderTime: at('2026-11-24 08:00') });
    expect(weeklyPenalties([shippedLate, shippedOk], presetRules, settings, [], now)[0]).toMatchObject({
      late: 1,
      amount: 1,
    });
  });

  it('¥ platforms: per order, with the daily cap a rule carries', () => {
    const pdd = Array.from({ length: 4 }, (_, i) =>
      seen({
        id: `p${i}`,
        platform: 'pdd',
        promiseTime: at('2026-11-25 08:00'),
        orderTime: at('2026-11-24 08:00'),
      }),
    );
    expect(weeklyPenalties(pdd, presetRules, settings, [], now)[0]).toMatchObject({
      platform: 'pdd',
      late: 4,
      unit: 'cny',
      amount: 12,
    });
    const rules: Rule[] = presetRules.map((r) =>
      r.id === 'douyin.promise' ? { ...r, penalty: { kind: 'cny', amount: 10, dailyCap: 25 } } : r,
    );
    const dy = Array.from({ length: 4 }, (_, i) =>
      seen({
        id: `d${i}`,
        platform: 'douyin',
        promiseTime: at('2026-11-25 08:00'),
        orderTime: at('2026-11-24 08:00'),
      }),
    );
    expect(weeklyPenalties(dy, rules, settings, [], now)[0]).toMatchObject({
      late: 4,
      amount: 25,
      capped: true,
    });
  });
});

describe('popup summary', () => {
  it('counts each order once, by its newest sighting; shipped orders leave the counts', () => {
    const now = at('2026-11-24 12:00');
    const orders = [
      seen({ id: '1', orderTime: now - 23 * HOUR }),
      seen({ id: '2', orderTime: now - 23 * HOUR, status: 'shipped' }),
      seen({ id: '3', orderTime: now - 30 * HOUR }),
    ];
    const s = summarize(orders, presetRules, settings, now);
    expect(s.counts).toEqual({ overdue: 1, urgent: 1, soon: 0, ok: 0 });
    expect(s.top.map((x) => x.seen.order.id)).toEqual(['3', '1']);
  });
});

describe('JD 48 h pickup estimate', () => {
  it('on time when seen shipped within 48 h, late when seen unshipped after; same-day pickups counted', () => {
    const now = at('2026-11-27 12:00');
    const orders = [
      seen({ id: 'a', orderTime: at('2026-11-24 09:00') }, { shippedSeenAt: at('2026-11-24 17:00') }),
      seen({ id: 'b', orderTime: at('2026-11-24 09:00') }, { shippedSeenAt: at('2026-11-25 17:00') }),
      seen({ id: 'c', orderTime: at('2026-11-24 09:00') }),
      seen({ id: 'd', orderTime: at('2026-11-27 09:00') }),
      seen({ id: 'e', platform: 'pdd', orderTime: at('2026-11-24 09:00') }),
    ];
    expect(jdPickupScore(orders, 480, now)).toEqual({ judged: 3, onTime: 2, rate: 2 / 3, sameDay: 1 });
  });
});
