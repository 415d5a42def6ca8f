// Reading plans (lib/orders/plan.ts) are a shortcut: whatever the list, they must read every row exactly as
// the full reader does. Each fixture's list is grown to many rows that differ as real rows do (other order
// numbers, times and amounts; some with another status, a presale tag, a remark, a cell moved), then read
// both ways.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanReader } from '../../lib/orders/plan';
import {
  blockTexts,
  findOrderBlocks,
  readContext,
  readOrderBlock,
  type OrderBlock,
} from '../../lib/orders/read';
import type { Platform } from '../../lib/platforms/types';
import { findIdToken } from '../../lib/orders/text';
import { parseTime } from '../../lib/time/china-time';
import { fixturePages, mutateLayout, pick, rng } from '../fuzz/layouts';
import { pageHtml, rowHtml } from '../../scripts/bench-pages.mjs';

const dir = join(__dirname, '..', 'fixtures');
const now = parseTime('2026-11-20 12:00') as number;

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const textNodes = (root: Node): Text[] => {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
};

/**
 * Other digits that still make valid dates and times (a digit run's last digit 2–9 goes down by one), and
 * now and then a row that says or holds something else.
 */
function vary(parts: Element[], rnd: () => number) {
  for (const part of parts) {
    for (const node of textNodes(part)) {
      node.data = node.data.replace(/\d+/g, (run) => {
        const last = Number(run.at(-1));
        return rnd() < 0.6 && last >= 2 ? `${run.slice(0, -1)}${last - 1}` : run;
      });
    }
  }
  const first = parts[0] as Element;
  const roll = rnd();
  const nodes = textNodes(first).filter((n) => n.data.trim());
  const some = nodes[Math.floor(rnd() * nodes.length)];
  if (roll < 0.08 && some)
    some.data = some.data.replace(
      /待发货|待出库|Awaiting shipment|Pendiente de envío/,
      (w) =>
        ({
          待发货: '已发货',
          待出库: '已出库',
          'Awaiting shipment': 'Shipped',
          'Pendiente de envío': 'Enviado',
        })[w] ?? w,
    );
  else if (roll < 0.12) first.append(Object.assign(document.createElement('span'), { textContent: '预售' }));
  else if (roll < 0.16)
    first.append(
      Object.assign(document.createElement('span'), { textContent: '买家留言：请尽快 2 天内发货' }),
    );
  // A remark with no digits, or a label with nothing after it: the same words either way.
  else if (roll < 0.19)
    first.append(Object.assign(document.createElement('span'), { textContent: '买家留言：请尽快发货' }));
  else if (roll < 0.22)
    first.append(Object.assign(document.createElement('span'), { textContent: '买家留言：' }));
  // A value the first row of its kind may not have (a time, an amount, a number) left out.
  else if (roll < 0.26) {
    const digits = nodes.filter((n) => /\d/.test(n.data));
    const blank = digits[Math.floor(rnd() * digits.length)];
    if (blank) blank.data = '';
  } else if (roll < 0.3 && some?.parentElement && some.parentElement !== first)
    some.parentElement.parentElement?.append(some.parentElement);
}

/** Each block cloned `times` times right after itself, varied. */
function grow(root: Element, platform: Platform, times: number, seed: number) {
  const rnd = random(seed);
  const { blocks } = findOrderBlocks(root, platform, {});
  for (const block of blocks) {
    let after = block.parts.at(-1) as Element;
    for (let i = 0; i < times; i++) {
      const clones = block.parts.map((p) => p.cloneNode(true) as Element);
      vary(clones, rnd);
      after.after(...clones);
      after = clones.at(-1) as Element;
    }
  }
}

function readBothWays(root: Element, platform: Platform) {
  const { blocks } = findOrderBlocks(root, platform, {});
  const text = (b: OrderBlock) => b.parts.map((p) => p.textContent).join('\u0001');
  const full = blocks.map((b) => readOrderBlock(b, platform, readContext({ now })));
  const reader = createPlanReader(platform);
  const ctx = readContext({ now });
  const planned = blocks.map((b) => reader.read(b, text(b), ctx));
  return { full, planned, stats: reader.stats, rows: blocks.length };
}

const fixtures = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.expected.json'))
  .sort();

describe('reading plans read every row as the full reader does', () => {
  for (const file of fixtures) {
    const { platform } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { platform: Platform };
    const html = readFileSync(join(dir, file.replace('.expected.json', '.html')), 'utf8');
    it(`${file.replace('.expected.json', '')}, grown to many varied rows`, () => {
      for (const seed of [1, 2, 3]) {
        document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
        grow(document.body, platform, 40, seed);
        const { full, planned, stats, rows } = readBothWays(document.body, platform);
        if (process.env.PLAN_DEBUG) console.log(file, seed, rows, stats);
        if (process.env.PLAN_DEBUG) {
          const { blocks } = findOrderBlocks(document.body, platform, {});
          planned.forEach((p, i) => {
            if (JSON.stringify(p) !== JSON.stringify(full[i])) {
              const b = blocks[i] as OrderBlock;
              console.log(
                file,
                seed,
                i,
                b.parts.map((x) => x.outerHTML).join('\n'),
                '\nPLAN',
                JSON.stringify(p),
                '\nFULL',
                JSON.stringify(full[i]),
                JSON.stringify([...blockTexts(b, platform, readContext({ now })).raw]),
              );
            }
          });
        }
        expect(planned).toEqual(full);
        // Blocks found by where the first block's order number was (find-stage places) carry the number
        // their own text labels.
        const { blocks } = findOrderBlocks(document.body, platform, {});
        const labelled = blocks.map((b) => {
          const raw = blockTexts(b, platform, readContext({ now })).raw.get('id');
          return (raw && findIdToken(raw)) ?? b.id;
        });
        expect(blocks.map((b) => b.id)).toEqual(labelled);
        // Most rows of the grown list were read by a plan (this test checks plans, not only full readings).
        if (rows) expect(stats.planned).toBeGreaterThan(rows / 3);
      }
    }, 60_000); // ~200 rows × 3 seeds, read twice each: correctness on a large page, not a timing check
  }

  it('mutated layouts (the fuzz set), grown to many varied rows: plans read them as the full reader does', () => {
    const r = rng(20261130);
    const pages = fixturePages();
    const platforms: Platform[] = ['jd', 'pdd', 'taobao', 'douyin', 'generic'];
    let planned = 0;
    for (let n = 0; n < 300; n++) {
      document.body.innerHTML = pick(pages, r) ?? '';
      const applied = mutateLayout(document.body, r, false);
      const platform = pick(platforms, r) ?? 'generic';
      grow(document.body, platform, 6, n);
      const both = readBothWays(document.body, platform);
      expect(both.planned, `layout ${n}: ${applied.join('+')} as ${platform}`).toEqual(both.full);
      planned += both.stats.planned;
    }
    expect(planned).toBeGreaterThan(1000);
  }, 120_000);

  it('long lists of each layout are mostly read by plans, and read right', () => {
    const rnd = random(7);
    for (const [layout, platform] of [
      ['generic', 'generic'],
      ['jd', 'jd'],
      ['pdd', 'pdd'],
    ] as const) {
      const doc = new DOMParser().parseFromString(pageHtml(layout), 'text/html');
      document.body.innerHTML = doc.body.innerHTML.replace(/<script[\s\S]*<\/script>/, '');
      const list = document.getElementById('list') as HTMLElement;
      list.innerHTML = Array.from({ length: 500 }, (_, i) => rowHtml(layout, i, now)).join('');
      for (const el of Array.from(list.children)) if (rnd() < 0.2) vary([el], rnd);
      const { full, planned, stats, rows } = readBothWays(document.body, platform);
      expect(rows, layout).toBeGreaterThan(480);
      expect(planned, layout).toEqual(full);
      expect(stats.planned, layout).toBeGreaterThan(400);
    }
  });

  it('rows with a value the first row of their kind left empty are read in full, not without it', () => {
    const rows = Array.from({ length: 30 }, (_, i) => {
      // The first rows have no ship-by time and an empty remark; the later ones have both.
      const ship = i < 3 ? '' : `2026-11-2${i % 10} 1${i % 10}:00`;
      const remark = i < 3 ? '' : '请尽快发货';
      return `<tr><td>SO-${100000 + i}</td><td>${ship}</td><td>Awaiting shipment</td><td>${remark}</td></tr>`;
    });
    document.body.innerHTML = `<table><thead><tr><th>Order No.</th><th>Ship by</th><th>Status</th><th>Buyer note</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    const { full, planned, stats } = readBothWays(document.body, 'generic');
    expect(planned).toEqual(full);
    expect(planned[20]?.promiseTime).toBe(parseTime('2026-11-20 10:00'));
    expect(planned[20]?.remark).toBe('请尽快发货');
    expect(stats.planned).toBeGreaterThan(15);
  });

  it('a remark label left empty in the first rows, filled in later ones (no digits, same words)', () => {
    const rows = Array.from({ length: 30 }, (_, i) => {
      const remark = i < 3 || i % 2 ? '' : '周末前一定要到';
      return `<div class="order-card"><span>订单编号：2611200000${100 + i}</span><span>承诺发货时间：2026-11-2${i % 10} 18:00</span><span>待发货</span><div><span>买家留言：${remark}</span></div></div>`;
    });
    document.body.innerHTML = `<div class="list">${rows.join('')}</div>`;
    const { full, planned, stats } = readBothWays(document.body, 'generic');
    expect(planned).toEqual(full);
    expect(planned[4]?.remark).toBe('周末前一定要到');
    expect(planned[5]?.remark).toBeUndefined();
    expect(stats.planned).toBeGreaterThan(10);
  });

  it('a row that moved a value the plan expects elsewhere is read in full', () => {
    document.body.innerHTML = `<table><thead><tr><th>Order No.</th><th>Ship by</th><th>Status</th></tr></thead><tbody>${Array.from(
      { length: 20 },
      (_, i) =>
        `<tr><td>SO-${100000 + i}</td><td>${i === 15 ? '<b>today</b> 2026-11-21 18:00' : `2026-11-2${i % 10} 1${i % 10}:00`}</td><td>Awaiting shipment</td></tr>`,
    ).join('')}</tbody></table>`;
    const { full, planned, stats } = readBothWays(document.body, 'generic');
    expect(planned).toEqual(full);
    expect(planned[15]?.promiseTime).toBe(parseTime('2026-11-21 18:00'));
    expect(stats.planned).toBeGreaterThan(10);
  });
});
