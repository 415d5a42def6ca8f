import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOrderBlocks, readOrders } from '../../lib/orders/read';
import { keepsRowHeight, visibleIdElement } from '../../lib/orders/fixed-columns';
import type { Order } from '../../lib/orders/types';
import type { Platform } from '../../lib/platforms/types';
import { assess } from '../../lib/rules/assess';
import { adapters } from '../../lib/platforms/adapters';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { parseTime, toZonedIso } from '../../lib/time/china-time';

interface Expected {
  platform: Platform;
  via: 'adapter' | 'generic';
  now?: string;
  /** Dated selectors of the platform module and how many elements each must match on this fixture. */
  selectors?: Record<string, number>;
  orders: {
    id: string;
    status: Order['status'];
    orderTime: string | null;
    payTime: string | null;
    promiseTime: string | null;
    amount: number | null;
    presale: boolean;
    remark: string | null;
    level: string;
    /** What the deadline counts from (`data-sd-basis`); checked when given. */
    basis?: 'promise' | 'payment' | 'order' | null;
    /** Sub-orders and their statuses; checked when given (null: read as one item). */
    items?: { name: string; status: Order['status'] }[] | null;
  }[];
}

const dir = join(__dirname, '..', 'fixtures');
const NOW = '2026-11-20 12:00:00';
const fixtures = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.expected.json'))
  .sort();

const isoOrNull = (ms: number | undefined) => (ms === undefined ? null : toZonedIso(ms));

/** The fields both oracles describe, in their shape. */
const asExpected = (order: Order) => ({
  id: order.id,
  status: order.status,
  orderTime: isoOrNull(order.orderTime),
  payTime: isoOrNull(order.payTime),
  promiseTime: isoOrNull(order.promiseTime),
  amount: order.amount ?? null,
  presale: order.presale ?? false,
  remark: order.remark ?? null,
});

describe('order-list fixtures (one per layout generation and page language)', () => {
  it('there is a fixture for every platform', () => {
    const platforms = new Set(fixtures.map((f) => f.split('/')[0]));
    expect([...platforms].sort()).toEqual(['douyin', 'generic', 'jd', 'pdd', 'taobao']);
  });

  it('every selector of a platform module has its expected match count on each of its fixtures', () => {
    for (const file of fixtures) {
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected;
      const adapter = adapters[expected.platform];
      if (!adapter) continue;
      const all = [...adapter.blocks, ...Object.values(adapter.fields).flat()].map((d) => d.selector);
      expect(Object.keys(expected.selectors ?? {}), file).toEqual(expect.arrayContaining(all));
    }
    // And every selector matches on at least one fixture: one without evidence goes.
    const counts = new Map<string, number>();
    for (const file of fixtures) {
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected;
      for (const [sel, n] of Object.entries(expected.selectors ?? {}))
        counts.set(sel, (counts.get(sel) ?? 0) + n);
    }
    expect([...counts].filter(([, n]) => n === 0).map(([sel]) => sel)).toEqual([]);
  });

  for (const file of fixtures) {
    const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected;
    const html = readFileSync(join(dir, file.replace('.expected.json', '.html')), 'utf8');
    const now = parseTime(expected.now ?? NOW) ?? 0;

    it(`${file.replace('.expected.json', '')}: reads every order and its fields`, () => {
      document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
      for (const [selector, count] of Object.entries(expected.selectors ?? {})) {
        expect(document.querySelectorAll(selector).length, selector).toBe(count);
      }
      const result = readOrders(document.body, expected.platform, { now });
      expect(result.via).toBe(expected.via);
      const got = result.orders.map(({ order }, i) => {
        const a = assess(order, presetRules, defaultAssessSettings, now);
        const want = expected.orders[i];
        return {
          ...asExpected(order),
          level: a.level,
          ...(want && 'basis' in want ? { basis: a.basis ?? null } : {}),
          ...(want && 'items' in want ? { items: order.items ?? null } : {}),
        };
      });
      expect(got).toEqual(expected.orders);
    });
  }
});

/**
 * A second fixture set, written independently from the same PLATFORMS.md facts (one oracle file,
 * `expected.json`), so the readers are checked against layouts their author did not tune them to.
 */
describe('independent fixtures (expected.json)', () => {
  const oracle = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    { platform: Platform; now: string; orders: Omit<Expected['orders'][number], 'level'>[] }
  >;
  for (const [file, expected] of Object.entries(oracle)) {
    it(`${file}: every order and field`, () => {
      document.documentElement.innerHTML = readFileSync(join(dir, file), 'utf8').replace(
        /^<!doctype html>/i,
        '',
      );
      const now = Date.parse(expected.now);
      const got = readOrders(document.body, expected.platform, { now }).orders.map(({ order }) =>
        asExpected(order),
      );
      expect(got).toEqual(expected.orders);
    });
  }
});

/**
 * Issue 20.13: UI-library tables (test/fixtures/generic/element-fixed, antd-sticky, ag-grid, written from the
 * libraries' documented DOM). AG Grid's pinned column is a row container of its own: each order's two row
 * pieces are joined by `aria-rowindex`; a fixed order-number column drawn twice gets its badge in the copy
 * the merchant sees; all three keep their rows at one height.
 */
describe('fixed columns and div grids', () => {
  const load = (name: string) => {
    document.documentElement.innerHTML = readFileSync(join(dir, 'generic', `${name}.html`), 'utf8').replace(
      /^<!doctype html>/i,
      '',
    );
    return readOrders(document.body, 'generic', { now: parseTime(NOW) ?? 0 });
  };

  it('AG Grid: the pinned order-number piece and the centre piece of a row are one order', () => {
    load('ag-grid');
    const { blocks } = findOrderBlocks(document.body, 'generic');
    expect(blocks.map((b) => b.id)).toEqual([
      '580112260001',
      '580112260002',
      '580112260003',
      '580112260004',
      '580112260005',
      '580112260006',
    ]);
    for (const b of blocks) {
      expect(b.parts.map((p) => p.getAttribute('aria-rowindex'))).toEqual([
        b.parts[0]?.getAttribute('aria-rowindex'),
        b.parts[0]?.getAttribute('aria-rowindex'),
      ]);
      expect(b.idElement.closest('.ag-pinned-left-cols-container')).not.toBeNull();
    }
    expect(keepsRowHeight(blocks[0]!.element)).toBe(true);
  });

  it('Element UI: the order number is read once, and its badge goes in the fixed copy laid over the table', () => {
    const { orders } = load('element-fixed');
    expect(orders).toHaveLength(6);
    for (const { element, idElement } of orders) {
      // The order is the main table's row; its number's cell there is hidden under the copy.
      expect(element.closest('.el-table__fixed')).toBeNull();
      expect(idElement.closest('td')?.classList.contains('is-hidden')).toBe(true);
      const visible = visibleIdElement(idElement);
      expect(visible.closest('.el-table__fixed')).not.toBeNull();
      expect(visible.closest('td')?.classList.contains('is-hidden')).toBe(false);
      expect(visible.textContent?.trim()).toBe(idElement.textContent?.trim());
      expect(keepsRowHeight(element)).toBe(true);
    }
  });

  it('Ant Design sticky fixed column: the number stays where it is (the sticky cell is the one seen)', () => {
    const { orders } = load('antd-sticky');
    expect(orders).toHaveLength(6);
    for (const { element, idElement } of orders) {
      expect(visibleIdElement(idElement)).toBe(idElement);
      expect(keepsRowHeight(element)).toBe(true);
    }
    // A plain table keeps no row height: its badges may take a line of their own.
    load('en-table');
    const plain = readOrders(document.body, 'generic', { now: parseTime(NOW) ?? 0 }).orders[0];
    expect(plain && keepsRowHeight(plain.element)).toBe(false);
  });
});
