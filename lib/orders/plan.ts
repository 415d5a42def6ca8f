import type { OrderBlock } from './blocks';
import { blockColumnCells } from './columns';
import { segmentsOf, type ReadContext } from './fields';
import { fits, follow, locate, pathTo, tokens, valueAt, valueIn, type Locator } from './locators';
import { normal, shownText } from './text';
import { rowCount } from './items';
import { routeOf, walk, type Route } from './plan-route';
import { ADAPTER_FIELDS, blockTexts, orderFromTexts, type BlockTexts } from './read';
import { signatureOf } from './signature';
import { adapters } from '../platforms/adapters';
import type { Order, OrderStatus } from './types';
import type { Platform } from '../platforms/types';
import { foldedLabelWords } from './labels';
import type { Field } from './label-words';

/**
 * Reading plans: the rows of one list are built by one template, so once a row has been read in full, the
 * next rows that say the same words (labels, statuses, tags) are read by going straight to where that row's
 * values were: the same element, the same place between the same words. A plan is checked against the full
 * reading on the next rows before it is trusted, and again every so often; any row it does not fit (another
 * structure, other words, a value that moved) is read in full. Reading a row this way touches a handful of
 * elements instead of every piece of its text.
 */

interface Plan {
  /** Locators still consistent with every full reading, per text (`r:<field>`, `a:<name>`, `shown`, `remaining`). */
  values: Map<string, Locator[]>;
  statuses: readonly OrderStatus[];
  presale: boolean;
  suspicious: boolean;
  pickedUp: boolean;
  uses: number;
  broken: boolean;
  /**
   * What the learnt row did not have, which a row with the same words might: a buyer's remark or name column
   * left empty, a platform selector's field absent. A row that has one is read in full.
   */
  emptyCells: { part: number; path: number[] }[];
  absentSelectors: string[];
  /** Those selectors as one list ('' when none). */
  anyAbsent: string;
  /** Around a remark or buyer label the learnt row left empty: the words there, which must stay the same. */
  quiet: { part: number; path: number[]; words: string[] }[];
  /** Table rows of the learnt block: a block with another count (more sub-orders) is read in full. */
  rows: number;
  /** The elements the chosen locators read, as one walk (built when first needed, dropped when they change). */
  route?: Route;
}

/** Rows read by a plan before it is trusted, each also read in full and compared. */
const CHECKS = 2;
/** A trusted plan is still compared with a full reading once in this many rows. */
const RECHECK_EVERY = 64;
const elements: (Element | null)[] = [];
const values: string[] = [];
/** A list whose rows say this many different things is not read by plans. */
const MAX_PLANS = 32;

/** Fields whose values are free text (no digits, no words the signature sees): present in some rows only. */
const FREE_TEXT: Field[] = ['remark', 'buyer'];

/** Every text a full reading took from the block, keyed as in `Plan.values`. */
function textsByKey(texts: BlockTexts): Map<string, string> {
  const out = new Map<string, string>();
  // The order's number comes from finding its block, never from its read text: plans do not read it again.
  for (const [field, value] of texts.raw) if (field !== 'id') out.set(`r:${field}`, value);
  for (const [name, value] of Object.entries(texts.adapter)) if (value) out.set(`a:${name}`, value);
  if (texts.facts.shown !== undefined) out.set('shown', texts.facts.shown);
  if (texts.facts.remaining !== undefined) out.set('remaining', texts.facts.remaining);
  return out;
}

function learn(block: OrderBlock, texts: BlockTexts, platform: Platform, ctx: ReadContext): Plan {
  const values = new Map<string, Locator[]>();
  // The cells a full reading takes column values from (the first per field).
  const cells = new Map<Field, Element>();
  for (const [field, cell] of blockColumnCells(block.parts, ctx.headers, ctx))
    if (!cells.has(field)) cells.set(field, cell);
  let broken = false;
  for (const [key, value] of textsByKey(texts)) {
    const field = key.startsWith('r:') ? (key.slice(2) as Field) : undefined;
    const cell = field && cells.get(field);
    let found = cell ? locate(block.parts, value, field, ctx, cell) : [];
    if (!found.length) found = locate(block.parts, value, field, ctx);
    if (!found.length) broken = true;
    values.set(key, found);
  }
  // A remark or buyer label with nothing after it in this row may have words after it in the next one: the
  // place where those words would be (the label's cell, or the box around it) must read the same.
  const quiet: Plan['quiet'] = [];
  for (const field of FREE_TEXT) {
    if (texts.raw.has(field)) continue;
    const words = foldedLabelWords.get(field) ?? [];
    block.parts.forEach((part, k) => {
      for (const seg of segmentsOf(part, ctx)) {
        const text = seg.text.toLowerCase();
        if (!words.some((w) => text.includes(w))) continue;
        const cell = seg.el.closest('td, th');
        let scope = cell && part.contains(cell) ? cell : (seg.el.parentElement?.parentElement ?? seg.el);
        if (!part.contains(scope)) scope = part;
        const path = pathTo(part, scope);
        if (path) quiet.push({ part: k, path, words: tokens(normal(shownText(scope))).words });
        else broken = true;
      }
    });
  }
  const emptyCells: Plan['emptyCells'] = [];
  for (const field of FREE_TEXT) {
    const cell = cells.get(field);
    if (!cell || texts.raw.has(field)) continue;
    const part = block.parts.findIndex((p) => p.contains(cell));
    const path = part >= 0 ? pathTo(block.parts[part] as Element, cell) : null;
    if (path) emptyCells.push({ part, path });
    else broken = true;
  }
  const absentSelectors = ADAPTER_FIELDS.filter((f) => !texts.adapter[f]).flatMap(
    (f) => adapters[platform]?.fields[f]?.map((d) => d.selector) ?? [],
  );
  // Sub-orders are read row by row (lib/orders/items.ts), which a plan does not do: such blocks are read in full.
  if (texts.items) broken = true;
  return {
    values,
    rows: rowCount(block.parts),
    statuses: texts.facts.statuses,
    presale: texts.facts.presale,
    suspicious: texts.facts.suspicious,
    pickedUp: texts.facts.pickedUp === true,
    uses: 0,
    broken,
    quiet,
    emptyCells,
    absentSelectors,
    anyAbsent: absentSelectors.join(', '),
  };
}

/** Whether a row has something its plan's row had not (see `Plan.emptyCells`, `Plan.absentSelectors`). */
const scratchStarts: number[] = [];

function hasMore(parts: readonly Element[], plan: Plan): boolean {
  for (const { part, path, words } of plan.quiet) {
    const root = parts[part];
    const scope = root ? follow(root, path) : null;
    if (!scope || !fits(normal(shownText(scope)), words, scratchStarts)) return true;
  }
  for (const { part, path } of plan.emptyCells) {
    const root = parts[part];
    const cell = root ? follow(root, path) : null;
    if (!cell || normal(shownText(cell)) !== '') return true;
  }
  // Usually none of them is in the row at all: one query for all of them says so (one each otherwise).
  const any = plan.anyAbsent;
  if (!any || parts.every((part) => !part.matches(any) && !part.querySelector(any))) return false;
  for (const selector of plan.absentSelectors)
    for (const part of parts) {
      const el = part.matches(selector) ? part : part.querySelector(selector);
      if (el && normal(shownText(el)) !== '') return true;
    }
  return false;
}

/** The block's texts by the plan, or null when a value is not where the plan says. */
function planTexts(block: OrderBlock, plan: Plan): BlockTexts | null {
  const texts: BlockTexts = {
    raw: new Map(),
    adapter: {},
    facts: {
      statuses: plan.statuses,
      presale: plan.presale,
      suspicious: plan.suspicious,
      ...(plan.pickedUp ? { pickedUp: true } : {}),
    },
  };
  const route = (plan.route ??= routeOf(plan.values));
  walk(block.parts, route, elements);
  const reads = route.reads;
  for (let i = 0; i < reads.length; i++) {
    const { kind, name, loc, step, same } = reads[i] as (typeof reads)[number];
    // `values` is written in place like `elements`: entries at and past `i` are the last row's, never read.
    const value =
      same >= 0 ? (values[same] as string) : valueIn(step < 0 ? block.parts[loc.part] : elements[step], loc);
    if (value === null) return null;
    values[i] = value;
    if (kind === 'raw') texts.raw.set(name as Field, value);
    else if (kind === 'adapter') texts.adapter[name as keyof BlockTexts['adapter']] = value;
    else if (kind === 'shown') texts.facts.shown = value;
    else texts.facts.remaining = value;
  }
  return texts;
}

/** Keeps the locators that found this full reading's texts; false when the plan cannot explain it. */
function check(plan: Plan, block: OrderBlock, full: BlockTexts): boolean {
  const expected = textsByKey(full);
  if (
    expected.size !== plan.values.size ||
    full.facts.statuses.join() !== plan.statuses.join() ||
    full.facts.presale !== plan.presale ||
    full.facts.suspicious !== plan.suspicious ||
    (full.facts.pickedUp === true) !== plan.pickedUp
  )
    return false;
  for (const [key, value] of expected) {
    const before = plan.values.get(key) ?? [];
    const kept = before.filter((loc) => valueAt(block.parts, loc) === value);
    if (!kept.length) return false;
    if (kept.length !== before.length) {
      plan.values.set(key, kept);
      plan.route = undefined;
    }
  }
  return true;
}

export interface PlanReader {
  /** Reads one block; `text` is its parts' textContent (joined), which the caller already has. */
  read(block: OrderBlock, text: string, ctx: ReadContext): Order;
  /** How many rows were read in full, and by plans (for the demo build's timings). */
  stats: { full: number; planned: number };
}

/**
 * One per page: plans live as long as the list element they were learnt on. `checks`: rows a plan reads before
 * it is trusted, each also read in full and compared (0: trusted at once, for a reading that is read again
 * with checks soon after: the first screen's, first-screen.ts).
 */
export function createPlanReader(platform: Platform, checks = CHECKS): PlanReader {
  const lists = new WeakMap<Element, Map<string, Plan>>();
  const stats = { full: 0, planned: 0 };
  const full = (block: OrderBlock, ctx: ReadContext) => {
    stats.full++;
    return blockTexts(block, platform, ctx);
  };
  return {
    stats,
    read(block, text, ctx) {
      const list = block.element.parentElement ?? block.element;
      let plans = lists.get(list);
      if (!plans) lists.set(list, (plans = new Map()));
      const sig = signatureOf(block, text);
      const plan = plans.get(sig);
      if (!plan) {
        const texts = full(block, ctx);
        if (plans.size < MAX_PLANS) plans.set(sig, learn(block, texts, platform, ctx));
        return orderFromTexts(block.id, platform, texts, ctx);
      }
      const planned =
        plan.broken || rowCount(block.parts) !== plan.rows || hasMore(block.parts, plan)
          ? null
          : planTexts(block, plan);
      if (planned) {
        plan.uses++;
        if (plan.uses > checks && plan.uses % RECHECK_EVERY !== 0) {
          stats.planned++;
          return orderFromTexts(block.id, platform, planned, ctx);
        }
        // Checked against the full reading: a plan that reads a row it fits differently is wrong for this
        // list and no longer used. (A row it does not fit at all is simply read in full.)
        const texts = full(block, ctx);
        if (!check(plan, block, texts)) plan.broken = true;
        return orderFromTexts(block.id, platform, texts, ctx);
      }
      return orderFromTexts(block.id, platform, full(block, ctx), ctx);
    },
  };
}
