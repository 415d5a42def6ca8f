import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markRow } from '../../entrypoints/orders.content/rows';
import { createPlanReader } from '../../lib/orders/plan';
import { findOrderBlocks, readContext, readOrders } from '../../lib/orders/read';
import { assess } from '../../lib/rules/assess';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { parseTime, toZonedIso } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const html = readFileSync(join(__dirname, '..', 'fixtures', 'jd-2026-cards.html'), 'utf8');
const now = parseTime('2026-11-20 12:00:00') ?? 0;
const iso = (ms: number | undefined) => (ms === undefined ? undefined : toZonedIso(ms));

function load() {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return readOrders(document.body, 'jd', { now }).orders;
}

describe('JD list: ship and courier pickup times (jd-2026-cards fixture)', () => {
  it('reads 出库时间 and 揽收时间 / 快递已揽收 on shipped cards', () => {
    const byId = new Map(load().map((r) => [r.order.id, r.order]));
    const noScan = byId.get('341207596190');
    expect(noScan).toMatchObject({ status: 'shipped' });
    expect(iso(noScan?.shipTime)).toBe('2026-11-19T15:30:00+08:00');
    expect(noScan?.pickupTime).toBeUndefined();
    expect(noScan?.pickedUp).toBeUndefined();
    const scanned = byId.get('341207596191');
    expect(scanned).toMatchObject({ status: 'shipped', pickedUp: true });
    expect(iso(scanned?.shipTime)).toBe('2026-11-19T08:40:00+08:00');
    expect(iso(scanned?.pickupTime)).toBe('2026-11-19T09:12:00+08:00');
    // A waiting card has neither.
    expect(byId.get('341207596184')?.shipTime).toBeUndefined();
  });

  it('marks shipped rows with data-sd-pickup-deadline / -level; data-sd-level stays done', () => {
    for (const { element, order } of load()) {
      markRow(element, order, assess(order, presetRules, defaultAssessSettings, now), CHINA_ZONE);
    }
    const row = (id: string) => document.querySelector(`[data-sd-order-id="${id}"]`);
    // Ordered 2026-11-19 08:00:00, no scan yet: due 48 h later, 20 h left at noon on the 20th.
    expect(row('341207596190')?.getAttribute('data-sd-level')).toBe('done');
    expect(row('341207596190')?.getAttribute('data-sd-pickup-deadline')).toBe('2026-11-21T08:00:00+08:00');
    expect(row('341207596190')?.getAttribute('data-sd-pickup-level')).toBe('ok');
    // Ordered 2026-11-18 14:20:09, shipped, no scan shown: 2 h 20 min left.
    expect(row('341207596186')?.getAttribute('data-sd-pickup-deadline')).toBe('2026-11-20T14:20:09+08:00');
    expect(row('341207596186')?.getAttribute('data-sd-pickup-level')).toBe('soon');
    // Scanned 2026-11-19 09:12, 13 h after the order: done.
    expect(row('341207596191')?.getAttribute('data-sd-pickup-deadline')).toBe('2026-11-20T20:10:00+08:00');
    expect(row('341207596191')?.getAttribute('data-sd-pickup-level')).toBe('done');
    // Pending, cancelled and completed rows carry no pickup marks.
    for (const id of ['341207596184', '341207596188', '341207596189'])
      expect(row(id)?.hasAttribute('data-sd-pickup-level'), id).toBe(false);
  });

  it('reading plans carry the pickup facts like the full reading (rows read by a learnt plan)', () => {
    load();
    const ctx = readContext({ now });
    const { blocks } = findOrderBlocks(document.body, 'jd', ctx);
    const plans = createPlanReader('jd');
    const full = readOrders(document.body, 'jd', { now }).orders.map((r) => r.order);
    // Each row read several times: the later readings go by the plan learnt on the first.
    for (let round = 0; round < 4; round++) {
      const planned = blocks.map((b) => plans.read(b, b.parts.map((p) => p.textContent).join(''), ctx));
      expect(planned).toEqual(full);
    }
  });
});
