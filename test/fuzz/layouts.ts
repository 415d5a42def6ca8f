import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The mutated layouts of the fuzz tests, shared by the unit fuzz (pure reader, happy-dom) and the e2e
 * fuzz (the real content script in Chromium). Mutations take the root element and use its
 * ownerDocument, never page globals, so they run on any DOM.
 */

// A string, not `new URL`: the unit tests' happy-dom replaces the URL global.
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Every committed back-office fixture, as body HTML. */
export const fixturePages = (): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^<!doctype html>/i, ''));

/** A small seeded generator: the same 1,000 layouts on every run, so a failure can be replayed. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export type Mutation = (root: HTMLElement, r: () => number) => void;
export const pick = <T>(list: T[], r: () => number) => list[Math.floor(r() * list.length)];
const all = (root: HTMLElement, sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));

export const mutations: Record<string, Mutation> = {
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

/**
 * Applies one to three random mutations to `root` and returns their names. `big` allows the 2,000-row
 * table (sparingly: it is slow). The random draws are the same whether or not it is allowed, so a
 * seed always gives the same layouts.
 */
export function mutateLayout(root: HTMLElement, r: () => number, big: boolean): string[] {
  const names = Object.keys(mutations);
  const applied: string[] = [];
  for (let k = 0; k < 1 + Math.floor(r() * 3); k++) {
    const name = pick(names, r) ?? 'emptyPage';
    if (name === 'manyRows' && !big) continue;
    applied.push(name);
    mutations[name]?.(root, r);
  }
  return applied;
}
