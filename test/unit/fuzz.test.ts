import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAfterSales } from '../../lib/aftersales/read';
import { defaultAfterSalesKeywords } from '../../lib/aftersales/classify';
import { createTranslator } from '../../lib/i18n';
import { readOrders } from '../../lib/orders/read';
import type { Platform } from '../../lib/platforms/types';
import { assess } from '../../lib/rules/assess';
import { explain } from '../../lib/rules/explain';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';

const dir = join(__dirname, '..', 'fixtures');
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^<!doctype html>/i, ''));

/** A small seeded generator: the same 1,000 layouts on every run, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Mutation = (root: HTMLElement, r: () => number) => void;
const pick = <T>(list: T[], r: () => number) => list[Math.floor(r() * list.length)];
const all = (root: HTMLElement, sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));

const mutations: Record<string, Mutation> = {
  removeColumn: (root, r) => {
    const i = Math.floor(r() * 6);
    for (const row of all(root, 'tr')) row.children[i]?.remove();
  },
  reorderCells: (root, r) => {
    for (const row of all(root, 'tr'))
      if (r() < 0.5 && row.lastElementChild) row.prepend(row.lastElementChild);
  },
  garbageDates: (root, r) => {
    for (const el of all(root, 'span, td, div, p')) {
      if (el.childElementCount === 0 && /\d{4}[-/]\d/.test(el.textContent ?? '') && r() < 0.6) {
        el.textContent =
          pick(
            ['2026-13-45 25:99', '0000/00/00', '9999-99-99 99:99:99', '昨天', 'NaN', '2026-02-30 10:00'],
            r,
          ) ?? '';
      }
    }
  },
  nestTables: (root) => {
    const table = root.querySelector('table');
    if (table) {
      const outer = root.ownerDocument.createElement('table');
      outer.innerHTML = '<tbody><tr><td></td></tr></tbody>';
      table.replaceWith(outer);
      outer.querySelector('td')?.append(table);
    }
  },
  duplicateBlocks: (root, r) => {
    for (const el of all(root, 'tr, .card, li, tbody, article').slice(0, 30))
      if (r() < 0.3) el.after(el.cloneNode(true));
  },
  longText: (root, r) => {
    const el = pick(all(root, 'span, td, p, div'), r);
    if (el) el.textContent = `${el.textContent ?? ''} ${'很长的备注'.repeat(2000)}`;
  },
  rtlEmoji: (root, r) => {
    for (const el of all(root, 'span, td'))
      if (r() < 0.2) el.textContent = `‏مرحبا 🎁👍🏽 ${el.textContent ?? ''} \u202e`;
  },
  iframes: (root) => {
    root.insertAdjacentHTML('afterbegin', '<iframe srcdoc="<p>订单号：999999999</p>"></iframe>');
  },
  emptyPage: (root) => {
    root.innerHTML = '';
  },
  labelsOnly: (root) => {
    root.innerHTML =
      '<p>订单号：</p><p>下单时间：</p><p>承诺发货时间：</p><table><tr><th>Order No.</th></tr></table>';
  },
  manyRows: (root) => {
    const body = root.ownerDocument.createElement('tbody');
    body.innerHTML = Array.from(
      { length: 2000 },
      (_, i) => `<tr><td>SO-${900000 + i}</td><td>2026-11-19 10:00</td><td>x</td></tr>`,
    ).join('');
    const table = root.ownerDocument.createElement('table');
    table.innerHTML = '<thead><tr><th>Order No.</th><th>Order time</th><th>Status</th></tr></thead>';
    table.append(body);
    root.append(table);
  },
};

const platforms: Platform[] = ['jd', 'pdd', 'taobao', 'douyin', 'generic'];
const levels = ['overdue', 'urgent', 'soon', 'ok', 'done', 'unknown'];
const t = createTranslator('zh_CN');

describe('fuzz: 1,000 mutated layouts never break the readers', () => {
  it('no exception escapes; every order read has an id and a level; after-sales reading survives too', () => {
    const r = rng(20261124);
    const names = Object.keys(mutations);
    const now = Date.UTC(2026, 10, 20, 4);
    let orders = 0;
    for (let n = 0; n < 1000; n++) {
      document.body.innerHTML = pick(pages, r) ?? '';
      const applied: string[] = [];
      for (let k = 0; k < 1 + Math.floor(r() * 3); k++) {
        const name = pick(names, r) ?? 'emptyPage';
        if (name === 'manyRows' && n % 50 !== 0) continue; // big pages sparingly: the suite must stay quick
        applied.push(name);
        mutations[name]?.(document.body, r);
      }
      const platform = pick(platforms, r) ?? 'generic';
      const context = `layout ${n}: ${applied.join('+')} as ${platform}`;
      const result = readOrders(document.body, platform, { now });
      for (const { element, order } of result.orders) {
        expect(order.id, context).toMatch(/\S/);
        expect(element.isConnected, context).toBe(true);
        const a = assess(order, presetRules, defaultAssessSettings, now);
        expect(levels, context).toContain(a.level);
        expect(
          explain(a, { t, locale: 'zh_CN', rules: presetRules, offsetMinutes: 480 }).badge,
          context,
        ).toMatch(/\S/);
        orders++;
      }
      readAfterSales(document.body, defaultAfterSalesKeywords);
    }
    expect(orders).toBeGreaterThan(2000);
  }, 120_000);
});
