import { describe, expect, it } from 'vitest';
import { markRow } from '../../entrypoints/orders.content/rows';
import { createTranslator } from '../../lib/i18n/translate';
import type { Order } from '../../lib/orders/types';
import { readOrders } from '../../lib/orders/read';
import { inQuietHours } from '../../lib/notify/scheduler';
import { ceilToHour, isOnTheHour } from '../../lib/reports/lifecycle';
import { promiseFor } from '../../lib/reports/promise';
import { assess } from '../../lib/rules/assess';
import { explain } from '../../lib/rules/explain';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { dayStart, weekStart } from '../../lib/rules/week';
import { parseTime, toZonedIso } from '../../lib/time/china-time';

// A shop whose back-office prints New York time: clocks go forward on 2026-03-08 02:00 and back on
// 2026-11-01 02:00. Every time below is read and shown in that zone, on both sides of each change.
const zone = 'America/New_York';
const at = (text: string) => parseTime(text, zone) as number;
const iso = (ms: number) => toZonedIso(ms, zone);

function markedPage(now: number, rows: [id: string, shipBy: string][]) {
  document.body.innerHTML = `<table><thead><tr><th>Order No.</th><th>Order time</th><th>Ship by</th><th>Status</th></tr></thead><tbody>${rows
    .map(
      ([id, shipBy]) => `<tr><td>${id}</td><td>2026-01-05 10:00</td><td>${shipBy}</td><td>Pending</td></tr>`,
    )
    .join('')}</tbody></table>`;
  for (const { element, order } of readOrders(document.body, 'generic', { now, zone }).orders)
    markRow(element, order, assess(order, presetRules, defaultAssessSettings, now), zone);
  const deadline = (id: string) =>
    document.querySelector(`[data-sd-order-id="${id}"]`)?.getAttribute('data-sd-deadline');
  return deadline;
}

describe('a page printing America/New_York times across its daylight-saving changes', () => {
  it('data-sd-deadline carries the offset in force at each deadline (spring)', () => {
    const deadline = markedPage(at('2026-03-07 09:00'), [
      ['SO-1001', '2026-03-07 18:00'],
      ['SO-1002', '2026-03-08 18:00'],
    ]);
    expect(deadline('SO-1001')).toBe('2026-03-07T18:00:00-05:00');
    expect(deadline('SO-1002')).toBe('2026-03-08T18:00:00-04:00');
  });

  it('data-sd-deadline carries the offset in force at each deadline (autumn)', () => {
    const deadline = markedPage(at('2026-10-31 09:00'), [
      ['SO-2001', '2026-10-31 18:00'],
      ['SO-2002', '2026-11-01 18:00'],
    ]);
    expect(deadline('SO-2001')).toBe('2026-10-31T18:00:00-04:00');
    expect(deadline('SO-2002')).toBe('2026-11-01T18:00:00-05:00');
  });

  it('24 h from an order placed the day before the change is due at the same hour, a real 24 h later', () => {
    const order: Order = {
      id: '302598713465',
      platform: 'jd',
      status: 'pending',
      orderTime: at('2026-03-07 12:00'),
    };
    const now = at('2026-03-08 09:00');
    const a = assess(order, presetRules, defaultAssessSettings, now);
    expect(a.deadline! - order.orderTime!).toBe(24 * 3_600_000);
    // The clocks went forward meanwhile: 12:00 yesterday + 24 h is 13:00 today.
    expect(iso(a.deadline!)).toBe('2026-03-08T13:00:00-04:00');
    const tooltip = explain(a, { t: createTranslator('en'), locale: 'en', rules: presetRules, zone }).lines;
    expect(tooltip).toContain('Ship by 2026-03-08 13:00 (America/New_York)');
  });

  it('quiet hours 22 → 8 follow the page clock on both sides of each change', () => {
    const quiet = { from: 22, to: 8 };
    const utc = (mo: number, d: number, h: number, mi = 0) => Date.UTC(2026, mo - 1, d, h, mi);
    // 07:30 / 08:00 on the page's clock the morning after the spring change is 11:30 / 12:00 UTC (a fixed
    // −5 h would call 12:00 UTC 07:00, still quiet); before it, 12:59 / 13:00 UTC.
    expect(inQuietHours(utc(3, 9, 11, 30), quiet, zone)).toBe(true);
    expect(inQuietHours(utc(3, 9, 12), quiet, zone)).toBe(false);
    expect(inQuietHours(utc(3, 6, 12, 59), quiet, zone)).toBe(true);
    expect(inQuietHours(utc(3, 6, 13), quiet, zone)).toBe(false);
    // Autumn: 22:00 EDT on 31 October is 02:00 UTC; 08:00 EST on 2 November is 13:00 UTC.
    expect(inQuietHours(utc(11, 1, 2), quiet, zone)).toBe(true);
    expect(inQuietHours(utc(11, 1, 1, 59), quiet, zone)).toBe(false);
    expect(inQuietHours(utc(11, 2, 12, 59), quiet, zone)).toBe(true);
    expect(inQuietHours(utc(11, 2, 13), quiet, zone)).toBe(false);
  });

  it('days and weeks start at midnight on the page clock: a 23 h day in March, a 25 h day in November', () => {
    expect(iso(dayStart(at('2026-03-08 12:00'), zone))).toBe('2026-03-08T00:00:00-05:00');
    expect(iso(dayStart(at('2026-03-09 12:00'), zone))).toBe('2026-03-09T00:00:00-04:00');
    expect(dayStart(at('2026-03-09 12:00'), zone) - dayStart(at('2026-03-08 12:00'), zone)).toBe(
      23 * 3_600_000,
    );
    expect(iso(dayStart(at('2026-11-01 23:30'), zone))).toBe('2026-11-01T00:00:00-04:00');
    expect(dayStart(at('2026-11-02 00:30'), zone) - dayStart(at('2026-11-01 23:30'), zone)).toBe(
      25 * 3_600_000,
    );
    // 2026-03-08 and 2026-11-01 are Sundays: still in the week that began the Monday before.
    expect(iso(weekStart(at('2026-03-08 23:00'), zone))).toBe('2026-03-02T00:00:00-05:00');
    expect(iso(weekStart(at('2026-03-09 00:00'), zone))).toBe('2026-03-09T00:00:00-04:00');
    expect(iso(weekStart(at('2026-11-01 23:00'), zone))).toBe('2026-10-26T00:00:00-04:00');
    expect(iso(weekStart(at('2026-11-03 10:00'), zone))).toBe('2026-11-02T00:00:00-05:00');
  });

  it('whole hours for promises are whole on the page clock across the change', () => {
    expect(iso(ceilToHour(at('2026-03-08 01:20'), zone))).toBe('2026-03-08T03:00:00-04:00');
    expect(isOnTheHour(at('2026-11-01 18:00'), zone)).toBe(true);
    expect(isOnTheHour(at('2026-11-01 18:30'), zone)).toBe(false);
    const pdd = promiseFor('pdd', at('2026-03-08 04:50'), at('2026-03-08 00:10'), zone);
    expect(pdd.ok && iso(pdd.at)).toBe('2026-03-08T04:00:00-04:00');
  });
});
