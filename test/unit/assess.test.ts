import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../lib/orders/types';
import { assess, levelFor } from '../../lib/rules/assess';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings, type Rule } from '../../lib/rules/types';
import { parseTime, toZonedIso } from '../../lib/time/china-time';

const HOUR = 3_600_000;
const at = (s: string) => parseTime(s) as number;
const now = at('2026-11-24 12:00:00');
const rules = [...presetRules];
const order = (o: Partial<Order>): Order => ({ id: '1', platform: 'jd', status: 'pending', ...o });

describe('assess', () => {
  it('JD: 24 h from the order to the waybill, 1 point if late, 48 h pickup as second milestone', () => {
    const a = assess(order({ orderTime: at('2026-11-23 13:00:00') }), rules, defaultAssessSettings, now);
    expect(toZonedIso(a.deadline ?? 0)).toBe('2026-11-24T13:00:00+08:00');
    expect(a.level).toBe('urgent');
    expect(a.penalty?.code).toBe('points:1');
    expect(toZonedIso(a.pickupDeadline ?? 0)).toBe('2026-11-25T13:00:00+08:00');
    expect(a.reason).toEqual({ key: 'computed', ruleId: 'jd.waybill-24h', hours: 24, from: 'order' });
  });

  it('an explicit promised time on the page wins over the computed one', () => {
    const a = assess(
      order({ orderTime: at('2026-11-23 13:00:00'), promiseTime: at('2026-11-25 09:00:00') }),
      rules,
      defaultAssessSettings,
      now,
    );
    expect(toZonedIso(a.deadline ?? 0)).toBe('2026-11-25T09:00:00+08:00');
    expect(a.level).toBe('ok');
    expect(a.reason.key).toBe('pagePromise');
  });

  it('PDD: 48 h from the order without a promise; ¥3, or 5 % clamped when that preset is chosen', () => {
    const pdd = order({ platform: 'pdd', orderTime: at('2026-11-22 10:00:00'), amount: 1000 });
    const a = assess(pdd, rules, defaultAssessSettings, now);
    expect(toZonedIso(a.deadline ?? 0)).toBe('2026-11-24T10:00:00+08:00');
    expect(a.level).toBe('overdue');
    expect(a.penalty?.code).toBe('cny:3.00');
    const percent = rules.map((r): Rule =>
      r.id === 'pdd.ship-48h'
        ? { ...r, enabled: false }
        : r.id === 'pdd.ship-48h-percent'
          ? { ...r, enabled: true }
          : r,
    );
    expect(assess(pdd, percent, defaultAssessSettings, now).penalty?.code).toBe('cny:50.00');
    expect(assess({ ...pdd, amount: 10 }, percent, defaultAssessSettings, now).penalty?.code).toBe(
      'cny:3.00',
    );
    expect(assess({ ...pdd, amount: 9000 }, percent, defaultAssessSettings, now).penalty?.code).toBe(
      'cny:100.00',
    );
    const noAmount = assess({ ...pdd, amount: undefined }, percent, defaultAssessSettings, now).penalty;
    expect(noAmount).toMatchObject({ code: 'cny:3.00', note: 'min-assumed' });
  });

  it('Douyin and Taobao: the page promise wins; else 48 h from payment, estimated from the order time', () => {
    const dy = assess(
      order({ platform: 'douyin', orderTime: now - 47 * HOUR, promiseTime: now + 5 * HOUR }),
      rules,
      defaultAssessSettings,
      now,
    );
    expect(dy.level).toBe('soon');
    expect(dy.basis).toBe('promise');
    expect(dy.penalty?.code).toBe('cny:10.00');
    // Taobao's sold list shows 创建时间 only (PLATFORMS.md evidence): counted from it, marked as an estimate.
    const tb = assess(
      order({ platform: 'taobao', orderTime: now - HOUR }),
      rules,
      defaultAssessSettings,
      now,
    );
    expect(tb.level).toBe('ok');
    expect(tb.deadline).toBe(now + 47 * HOUR);
    expect(tb.basis).toBe('order');
    expect(tb.reason).toEqual({
      key: 'computed',
      ruleId: 'taobao.promise',
      hours: 48,
      from: 'order',
      orderForPayment: true,
    });
    const paid = assess(
      order({ platform: 'douyin', orderTime: now - 3 * HOUR, payTime: now - 2 * HOUR }),
      rules,
      defaultAssessSettings,
      now,
    );
    expect(paid.deadline).toBe(now + 46 * HOUR);
    expect(paid.basis).toBe('payment');
    expect(paid.reason).toEqual({ key: 'computed', ruleId: 'douyin.promise', hours: 48, from: 'payment' });
    // Nothing to count from, or not paid: still no deadline.
    const none = assess(order({ platform: 'taobao' }), rules, defaultAssessSettings, now);
    expect(none.level).toBe('unknown');
    expect(none.reason).toEqual({ key: 'noClock', ruleId: 'taobao.promise', missing: 'payment' });
    expect(none.basis).toBeUndefined();
    const unpaid = assess(
      order({ platform: 'douyin', status: 'unpaid', orderTime: now - HOUR }),
      rules,
      defaultAssessSettings,
      now,
    );
    expect(unpaid.level).toBe('unknown');
  });

  it('presale orders use the agreed time, not the 24 h rule', () => {
    const pre = order({
      presale: true,
      orderTime: at('2026-11-01 10:00:00'),
      promiseTime: at('2026-11-30 18:00:00'),
    });
    const a = assess(pre, rules, defaultAssessSettings, now);
    expect(a.level).toBe('ok');
    expect(a.reason).toEqual({ key: 'pagePromise', ruleId: 'jd.presale-agreed' });
    expect(assess({ ...pre, promiseTime: undefined }, rules, defaultAssessSettings, now).level).toBe(
      'unknown',
    );
  });

  it('shipped, cancelled and completed orders are done; unpaid ones have no clock yet', () => {
    for (const status of ['shipped', 'cancelled', 'completed'] as const) {
      expect(
        assess(order({ status, orderTime: now - 99 * HOUR }), rules, defaultAssessSettings, now).level,
      ).toBe('done');
    }
    expect(assess(order({ status: 'unpaid', orderTime: now }), rules, defaultAssessSettings, now).level).toBe(
      'unknown',
    );
  });

  it('a disabled rule no longer applies', () => {
    const off = rules.map((r) => (r.id === 'jd.waybill-24h' ? { ...r, enabled: false } : r));
    expect(assess(order({ orderTime: now }), off, defaultAssessSettings, now).level).toBe('unknown');
  });

  it('status missing from the page: assessed as not shipped, and says so', () => {
    const a = assess(
      order({ status: 'unknown', orderTime: now - 23 * HOUR }),
      rules,
      defaultAssessSettings,
      now,
    );
    expect(a.level).toBe('urgent');
    expect(a.statusAssumed).toBe(true);
  });

  it('the JD low pickup rate setting is reflected in the penalty', () => {
    const settings = { ...defaultAssessSettings, jdPickupRate: 90 };
    expect(assess(order({ orderTime: now }), rules, settings, now).penalty?.note).toBe('low-rate-flat');
  });

  it('levels follow the thresholds, which are settings (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10 * 24 * 60, max: 10 * 24 * 60 }),
        fc.double({ min: 0.25, max: 24, noNaN: true }),
        fc.double({ min: 24, max: 168, noNaN: true }),
        (minutes, urgentHours, soonHours) => {
          const settings = { ...defaultAssessSettings, urgentHours, soonHours };
          const remaining = minutes * 60_000;
          const level = levelFor(remaining, settings);
          if (remaining <= 0) expect(level).toBe('overdue');
          else if (remaining <= urgentHours * HOUR) expect(level).toBe('urgent');
          else if (remaining <= soonHours * HOUR) expect(level).toBe('soon');
          else expect(level).toBe('ok');
          const a = assess(order({ promiseTime: now + remaining }), rules, settings, now);
          expect(a.remaining).toBe(remaining);
          expect(a.level).toBe(level);
        },
      ),
    );
  });

  it('the deadline moves with the clock start, never with the viewer (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e9 }), fc.integer({ min: -5e8, max: 5e8 }), (offset, delta) => {
        const orderTime = Date.UTC(2026, 0, 1) + offset;
        const a = assess(order({ orderTime }), rules, defaultAssessSettings, orderTime + delta);
        expect(a.deadline).toBe(orderTime + 24 * HOUR);
        expect(a.remaining).toBe(24 * HOUR - delta);
      }),
    );
  });
});

describe('presets', () => {
  it('carry a source and a confidence, and unique ids', () => {
    expect(new Set(presetRules.map((r) => r.id)).size).toBe(presetRules.length);
    for (const r of presetRules) {
      expect(r.source.length).toBeGreaterThan(5);
      expect(['faq', 'code', 'weak', 'unverified']).toContain(r.confidence);
    }
  });
});

/**
 * jd-shipping-faq Q5 (2): 消费者下单成功后48小时内，消费者查询不到订单的快递公司揽件跟踪信息的 — the courier's scan, not the
 * waybill upload, ends JD's second clock. The source's own list example: an order placed 2026-08-06 01:22:42.
 */
describe('JD courier pickup after shipping (48 h from the order)', () => {
  const placed = at('2026-08-06 01:22:42');
  const shipped = (o: Partial<Order> = {}) =>
    order({ status: 'shipped', orderTime: placed, payTime: at('2026-08-06 01:25:04'), ...o });

  it('a shipped order keeps level done but carries the pickup mark: due 2026-08-08 01:22:42 +08:00', () => {
    const a = assess(shipped(), rules, defaultAssessSettings, at('2026-08-07 17:22:42'));
    expect(a.level).toBe('done');
    expect(a.deadline).toBeUndefined();
    expect(toZonedIso(a.pickup?.deadline ?? 0)).toBe('2026-08-08T01:22:42+08:00');
    expect(a.pickup).toMatchObject({ level: 'soon', outcome: 'due', remaining: 8 * HOUR, hours: 48 });
    expect(a.pickup?.ruleId).toBe('jd.pickup-48h');
    const late = assess(shipped(), rules, defaultAssessSettings, at('2026-08-08 00:30:00'));
    expect(late.pickup).toMatchObject({ level: 'urgent', outcome: 'due' });
  });

  it('the page’s pickup scan time says on time or late; none after 48 h is a missing scan', () => {
    const onTime = assess(
      shipped({ pickupTime: at('2026-08-07 09:00:00'), pickedUp: true }),
      rules,
      defaultAssessSettings,
      at('2026-08-09 12:00:00'),
    );
    expect(onTime.pickup).toMatchObject({ level: 'done', outcome: 'onTime' });
    const lateScan = assess(
      shipped({ pickupTime: at('2026-08-08 01:22:43'), pickedUp: true }),
      rules,
      defaultAssessSettings,
      at('2026-08-09 12:00:00'),
    );
    expect(lateScan.pickup).toMatchObject({ level: 'done', outcome: 'late' });
    const missing = assess(shipped(), rules, defaultAssessSettings, at('2026-08-08 01:22:43'));
    expect(missing.level).toBe('done');
    expect(missing.pickup).toMatchObject({ level: 'overdue', outcome: 'missing' });
    // 已揽收 without a time: on time while the window is open; after it, the page cannot tell.
    const collected = shipped({ pickedUp: true });
    expect(assess(collected, rules, defaultAssessSettings, at('2026-08-07 12:00')).pickup?.outcome).toBe(
      'onTime',
    );
    expect(assess(collected, rules, defaultAssessSettings, at('2026-08-09 12:00')).pickup?.outcome).toBe(
      'pickedUp',
    );
  });

  it('the window is the rule’s data: an edited or disabled pickup rule moves or removes the mark', () => {
    const edited = rules.map((r) => (r.id === 'jd.pickup-48h' ? { ...r, limitHours: 72, edited: true } : r));
    const a = assess(shipped(), edited, defaultAssessSettings, at('2026-08-07 17:22:42'));
    expect(toZonedIso(a.pickup?.deadline ?? 0)).toBe('2026-08-09T01:22:42+08:00');
    const off = rules.map((r) => (r.id === 'jd.pickup-48h' ? { ...r, enabled: false } : r));
    expect(assess(shipped(), off, defaultAssessSettings, at('2026-08-07 17:22:42')).pickup).toBeUndefined();
  });

  it('only shipped JD regular orders: not PDD, not presale, not delivered, cancelled or pending', () => {
    const when = at('2026-08-07 17:22:42');
    expect(assess(shipped({ platform: 'pdd' }), rules, defaultAssessSettings, when).pickup).toBeUndefined();
    expect(assess(shipped({ presale: true }), rules, defaultAssessSettings, when).pickup).toBeUndefined();
    for (const status of ['completed', 'cancelled', 'pending'] as const)
      expect(assess(shipped({ status }), rules, defaultAssessSettings, when).pickup).toBeUndefined();
    // A pending order still shows the pickup time in its tooltip (pickupDeadline), with no second mark.
    const pending = assess(shipped({ status: 'pending' }), rules, defaultAssessSettings, when);
    expect(toZonedIso(pending.pickupDeadline ?? 0)).toBe('2026-08-08T01:22:42+08:00');
  });

  it('counts from the payment when the page shows no order time, as the ship clock does', () => {
    const a = assess(
      shipped({ orderTime: undefined }),
      rules,
      defaultAssessSettings,
      at('2026-08-07 17:22:42'),
    );
    expect(toZonedIso(a.pickup?.deadline ?? 0)).toBe('2026-08-08T01:25:04+08:00');
    expect(a.pickup?.from).toBe('payment');
  });
});
