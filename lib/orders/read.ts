import { adapterBlocks, firstMatch } from './adapter-blocks';
import type { PlatformAdapter } from '../platforms/adapter';
import { adapters } from '../platforms/adapters';
import type { Platform } from '../platforms/types';
import { CHINA_ZONE, parseTime, type PageZone } from '../time/china-time';
import { parseRemaining } from '../time/remaining';
import { findBlocksGenericSteps, type OrderBlock } from './blocks';
import { dropDuplicateBlocks } from './duplicates';
import { gridBlocks } from './grid';
import { finish, type Steps } from './steps';
export type { OrderBlock } from './blocks';
import type { HeaderCache } from './columns';
import { fieldsFrom, readTexts, statusesIn, type ReadContext, type TextFacts } from './fields';
import { itemStatuses, readItems, type ItemsText } from './items';
import { parseAmount } from './text';
import type { Order } from './types';
import type { Field } from './label-words';

export interface ReadOptions {
  now: number;
  zone?: PageZone;
  /** Reuse across calls on the same page so header tables are looked up once. */
  headers?: HeaderCache;
}

export interface ReadOrder {
  element: Element;
  /** Where the order number is shown (the badge goes next to it). */
  idElement: Element;
  order: Order;
}

export interface ReadResult {
  orders: ReadOrder[];
  /** Which reader found the orders: the platform's selectors, or the generic label/column reader. */
  via: 'adapter' | 'generic';
}

const firstText = (block: OrderBlock, adapter: PlatformAdapter, field: keyof PlatformAdapter['fields']) =>
  firstMatch(block.parts, adapter, field)?.text;

/** The adapter's own selectors' texts, which win over what the generic reading found. */
export type AdapterTexts = Partial<Record<'status' | 'promise' | 'remark' | 'amount', string>>;

/** Every text one order is read from: the DOM side of reading, before any parsing. */
export interface BlockTexts {
  raw: Map<Field, string>;
  facts: TextFacts;
  adapter: AdapterTexts;
  /** The order's items, when it has several rows of them (sub-orders). */
  items?: ItemsText;
}

export const ADAPTER_FIELDS = ['status', 'promise', 'remark', 'amount'] as const;

/** Reads the texts of one block found by `findOrderBlocks` (DOM access; no parsing). */
export function blockTexts(block: OrderBlock, platform: Platform, ctx: ReadContext): BlockTexts {
  const { raw, facts } = readTexts(block.parts, ctx);
  const adapter: AdapterTexts = {};
  const selectors = adapters[platform];
  if (selectors)
    for (const field of ADAPTER_FIELDS) {
      const text = firstText(block, selectors, field);
      if (text) adapter[field] = text;
    }
  const items = readItems(block.parts, ctx);
  return items ? { raw, facts, adapter, items } : { raw, facts, adapter };
}

/** The order those texts describe (no DOM access). */
export function orderFromTexts(
  id: string,
  platform: Platform,
  texts: BlockTexts,
  ctx: Pick<ReadContext, 'now' | 'zone'>,
): Order {
  const order: Order = { ...fieldsFrom(texts.raw, texts.facts, ctx), id, platform };
  const { status, promise, remark, amount } = texts.adapter;
  const statuses = status ? statusesIn(status) : [];
  if (status && statuses[0]) {
    order.status = statuses.includes('pending') ? 'pending' : statuses[0];
    order.statusText = status;
  }
  if (promise) {
    const absolute = parseTime(promise, ctx.zone);
    const relative = absolute === null ? parseRemaining(promise) : null;
    if (absolute !== null) order.promiseTime = absolute;
    else if (relative !== null) order.promiseTime = ctx.now + relative;
  }
  if (remark) order.remark = remark.slice(0, 500);
  if (texts.items) {
    const { items, status: overall } = itemStatuses(texts.items, order.status);
    order.items = items;
    order.status = overall;
  }
  const value = amount ? parseAmount(amount) : null;
  if (value !== null) order.amount = value;
  return order;
}

/**
 * The order blocks under `root` (no field reading yet): the platform's selectors, or the generic reader.
 * Given the pass's context, text it reads along the way is kept for reading the blocks' fields.
 */
export function findOrderBlocks(
  root: Element,
  platform: Platform,
  pass: Pick<ReadContext, 'segments'> = {},
): FoundBlocks {
  return finish(findOrderBlocksSteps(root, platform, pass));
}

export interface FoundBlocks {
  blocks: OrderBlock[];
  via: ReadResult['via'];
}

/** `findOrderBlocks`, pausing every few hundred elements so a page with 10,000 rows is read in slices. */
export function* findOrderBlocksSteps(
  root: Element,
  platform: Platform,
  pass: Pick<ReadContext, 'segments'> = {},
): Steps<FoundBlocks> {
  const byAdapter = yield* adapterBlocks(root, adapters[platform], pass);
  if (byAdapter) return { blocks: dropDuplicateBlocks(byAdapter, root), via: 'adapter' };
  // Div grids (role=grid, AG Grid's pinned containers joined by row index) before the label/column reader.
  const grid = gridBlocks(root);
  if (grid.length) return { blocks: dropDuplicateBlocks(grid, root), via: 'generic' };
  return { blocks: dropDuplicateBlocks(yield* findBlocksGenericSteps(root), root), via: 'generic' };
}

/** A reading pass's context: one per pass, shared by every block read in it. */
export function readContext(options: ReadOptions): ReadContext {
  return {
    now: options.now,
    zone: options.zone ?? CHINA_ZONE,
    headers: options.headers ?? new WeakMap(),
    segments: new Map(),
  };
}

/** Reads one block found by `findOrderBlocks`. */
export function readOrderBlock(block: OrderBlock, platform: Platform, ctx: ReadContext): Order {
  return orderFromTexts(block.id, platform, blockTexts(block, platform, ctx), ctx);
}

/**
 * Finds and reads every order under `root`: the platform's dated selectors first, the generic
 * label/column reader when they miss. Pure DOM reading: no page globals, no side effects.
 */
export function readOrders(root: Element, platform: Platform, options: ReadOptions): ReadResult {
  const ctx = readContext(options);
  const { blocks, via } = findOrderBlocks(root, platform, ctx);
  return {
    orders: blocks.map((b) => ({
      element: b.element,
      idElement: b.idElement,
      order: readOrderBlock(b, platform, ctx),
    })),
    via,
  };
}
