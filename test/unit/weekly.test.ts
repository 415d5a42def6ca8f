import { describe, expect, it } from 'vitest';
import type { Order } from '../../lib/orders/types';
import { presetRules } from '../../lib/rules/presets';
import { summarize } from '../../lib/rules/summary';
import { defaultAssessSettings, type Rule } from '../../lib/rules/types';
import { dayStart, weekStart } from '../../lib/rules/week';
import { jdPickupScore, weeklyPenalties } from '../../lib/rules/weekly';
import type { SeenOrder } from '../../lib/store/schema';
import { parseTime, toZonedIso } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const HOUR = 3_600_000;
const at = (s: string) => parseTime(s) as number;
const settings = { ...defaultAssessSettings, pageTimeZone: CHINA_ZONE };
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
    expect(toZonedIso(weekStart(at('2026-11-25 01:00'), CHINA_ZONE))).toBe('2026-11-23T00:00:00+08:00');
    expect(toZonedIso(weekStart(at('2026-11-23 00:00'), CHINA_ZONE))).toBe('2026-11-23T00:00:00+08:00');
    expect(toZonedIso(weekStart(at('2026-11-22 23:59'), CHINA_ZONE))).toBe('2026-11-16T00:00:00+08:00');
    expect(toZonedIso(dayStart(at('2026-11-24 00:30'), CHINA_ZONE))).toBe('2026-11-24T00:00:00+08:00');
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
  // jd-shipping-faq Q5 (2)-(4): the courier's scan within 48 h of the order; ≥95 % a week → 1 point per late
  // order, <95 % → 7 points. Orders placed the week of 2026-08-03, the source's example 2026-08-06 01:22:42.
  const now = at('2026-08-09 12:00:00');
  const placed = at('2026-08-06 01:22:42');
  const shipped = (o: Partial<Order> & { id: string }, extra: Partial<SeenOrder> = {}) =>
    seen({ status: 'shipped', orderTime: placed, ...o }, extra);

  it('from the times the pages show: the pickup scan, else the ship time (said so); never from when it was seen', () => {
    const orders = [
      shipped({ id: 'a', pickupTime: at('2026-08-07 10:00:00') }),
      shipped({ id: 'b', pickupTime: at('2026-08-08 01:22:43') }),
      shipped({ id: 'c', orderTime: at('2026-08-06 09:00'), pickupTime: at('2026-08-06 18:00') }),
      shipped({ id: 'd', shipTime: at('2026-08-06 12:00') }),
      // Shipped, and neither time on the page: left out, however early or late Seller Desk saw it.
      shipped({ id: 'e' }),
      shipped({ id: 'g' }, { firstSeenAt: placed + HOUR, shippedSeenAt: placed + 2 * HOUR }),
      // The page still said 等待出库 after the window closed: late whatever happens next.
      seen({ id: 'f', orderTime: placed }, { seenAt: at('2026-08-08 02:00') }),
      // Still inside its window, not shipped: not judged yet.
      seen({ id: 'h', orderTime: at('2026-08-09 09:00') }, { seenAt: now }),
      seen({ id: 'p', platform: 'pdd', status: 'shipped', orderTime: placed, pickupTime: placed + HOUR }),
      shipped({ id: 'old', orderTime: at('2026-08-01 09:00'), pickupTime: at('2026-08-01 10:00') }),
    ];
    expect(jdPickupScore(orders, presetRules, CHINA_ZONE, now)).toEqual({
      judged: 5,
      onTime: 3,
      rate: 3 / 5,
      sameDay: 1,
      byPickup: 3,
      byShip: 1,
      byStatus: 1,
      unjudged: 2,
      hours: 48,
      lowRateBelow: 95,
      lowRateFlat: 7,
    });
  });

  it('the window is the merchant’s pickup rule: edited to 72 h, a scan at 60 h is on time', () => {
    const orders = [shipped({ id: 'a', pickupTime: placed + 60 * HOUR })];
    expect(jdPickupScore(orders, presetRules, CHINA_ZONE, now)).toMatchObject({ judged: 1, onTime: 0 });
    const edited = presetRules.map((r) => (r.id === 'jd.pickup-48h' ? { ...r, limitHours: 72 } : r));
    expect(jdPickupScore(orders, edited, CHINA_ZONE, now)).toMatchObject({ judged: 1, onTime: 1, hours: 72 });
  });

  it('orders stored before pickup times were read (no pickupTime/shipTime) still load, and are not guessed', () => {
    // The shape an older version stored: shippedSeenAt, firstSeenAt and no page times.
    const stored = JSON.parse(
      JSON.stringify(
        shipped(
          { id: 'v1' },
          { firstSeenAt: placed + HOUR, shippedSeenAt: placed + 3 * HOUR, wasLate: false },
        ),
      ),
    ) as SeenOrder;
    expect(jdPickupScore([stored], presetRules, CHINA_ZONE, now)).toMatchObject({
      judged: 0,
      unjudged: 1,
      rate: null,
    });
  });
});
