// The Node side of `npm run bench` (vitest bench): lib/'s throughput on the generic reader's fixture,
// grown to 1,000 orders so each iteration is one 1,000-order page. Orders/s = iterations/s × 1,000.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { parseFields, rawValues, segmentsOf, type ReadContext } from '../../lib/orders/fields';
import { createPlanReader } from '../../lib/orders/plan';
import { partsText } from '../../lib/orders/blocks';
import { findOrderBlocks, readContext, readOrders } from '../../lib/orders/read';
import { assess } from '../../lib/rules/assess';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { parseTime } from '../../lib/time/china-time';

const ORDERS = 1000;
const now = parseTime('2026-11-20 12:00') as number;

/** The fixture's table with its rows repeated (fresh order numbers) up to ORDERS rows. */
function fixturePage(): HTMLElement {
  const html = readFileSync(join(__dirname, '..', 'fixtures', 'generic', 'en-table.html'), 'utf8');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  const body = document.querySelector('tbody') as HTMLElement;
  const rows = Array.from(body.querySelectorAll('tr'));
  for (let i = rows.length; i < ORDERS; i++) {
    const row = rows[i % rows.length]?.cloneNode(true) as HTMLElement;
    row.innerHTML = row.innerHTML.replace(/\d{6,}/, (id) => String(Number(id) + i * 7919));
    body.append(row);
  }
  return document.body;
}

const page = fixturePage();
const ctx: ReadContext = readContext({ now });
// What the DOM side hands to the parser: each order's raw field texts and text pieces.
const extracted = findOrderBlocks(page, 'generic', ctx).blocks.map((block) => {
  const segs = block.parts.flatMap((p) => segmentsOf(p, ctx));
  return { id: block.id, segs, ...rawValues(block.parts, segs, ctx) };
});
if (extracted.length !== ORDERS) throw new Error(`fixture grew to ${extracted.length} orders, not ${ORDERS}`);

describe('lib/ throughput, 1,000 orders per iteration', () => {
  bench('parse + assess, generic fixture', () => {
    for (const { id, raw, segs, valueSegs } of extracted) {
      const fields = parseFields(raw, segs, valueSegs, ctx);
      assess({ ...fields, id, platform: 'generic' }, presetRules, defaultAssessSettings, now);
    }
  });
  bench('read from the DOM (happy-dom) + assess, generic fixture', () => {
    for (const { order } of readOrders(page, 'generic', { now }).orders) {
      assess(order, presetRules, defaultAssessSettings, now);
    }
  });
  // What the content script does: find the blocks, then read them by the list's reading plan.
  bench('find + read by plans (happy-dom) + assess, generic fixture', () => {
    const read = readContext({ now });
    const reader = createPlanReader('generic');
    for (const block of findOrderBlocks(page, 'generic', read).blocks) {
      const order = reader.read(block, block.text ?? partsText(block.parts), read);
      assess(order, presetRules, defaultAssessSettings, now);
    }
  });
});

// Every row's times go through parseTime: 1,000 distinct texts (no two alike, so its last-text memo never
// answers), in the two shapes the readers meet: the plain leading form and one the pattern has to find.
const rowTimes = Array.from({ length: ORDERS }, (_, i) => {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const hour = String(Math.floor(i / 28) % 24).padStart(2, '0');
  const minute = String(i % 60).padStart(2, '0');
  return i % 3 === 2
    ? `下单时间：2026年11月${day}日 ${hour}:${minute}`
    : `2026-11-${day} ${hour}:${minute}:05`;
});

describe('parseTime, 1,000 distinct row times per iteration', () => {
  bench('China time (the default zone)', () => {
    for (const text of rowTimes) parseTime(text);
  });
  // A zone with daylight saving: the same remembered offsets, asked of Intl only within an hour that changes.
  bench('America/New_York (daylight saving)', () => {
    for (const text of rowTimes) parseTime(text, 'America/New_York');
  });
});
