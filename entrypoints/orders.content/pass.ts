import {
  createPlanReader,
  findOrderBlocksSteps,
  readContext,
  type OrderBlock,
  type PlanReader,
  type ReadContext,
} from '@/lib/orders';
import type { Order } from '@/lib/orders/types';
import { drawRow, forgetRow, type BadgeUpdate, type OpenReport } from './draw';
import type { ListState } from './list-state';
import { placeTogether, type BadgePlacing } from './placing-batch';
import { badgeInPlace, EAGER_BADGES, newRow, rowBlock, textOf, type Row } from './rows';
import type { Slicer } from './slices';
import { textKey } from './text-key';
import { withoutTicks } from './ticking';
import { measure } from './timing';

/**
 * One reading of the page: find → read → assess → mark → draw → report. Its state is this object; the
 * state kept between passes is the `ListState`.
 */
export interface Pass {
  /** The first screen's hurried reading, read again by the pass that follows (createPass). */
  readonly firstScreen: boolean;
  readonly started: number;
  readonly now: number;
  /** A fresh context per pass: table headers are looked up again, like plans, so when the page relabels a
   * header's cells in place (columns dragged into another order, the rows' cells with them) its rows are
   * read by the new header. */
  readonly read: ReadContext;
  /** Rows of one list are read by the plan learnt on their first rows (checked against full readings).
   * Plans last one pass: a list re-rendered with its columns in another order is learnt again, not misread. */
  readonly plans: PlanReader;
  /** The order elements found, in page order. */
  readonly found: Set<Element>;
  /** A long list (an export on screen) gets its badges as rows come near the viewport; all rows are marked now. */
  long: boolean;
  /** The rows read in this pass: their badge updates, applied once every row is read. */
  readonly drawn: ((later: BadgePlacing[]) => void)[];
  /** New badges, put on the page together at the end. */
  readonly placing: BadgePlacing[];
}

/**
 * `firstScreen`: the first screen's reading (first-screen.ts), in a hurry: plans are trusted after their first
 * row, and what it reads is not kept in the read cache, so the pass after it reads those rows again, checked.
 */
export function createPass(state: ListState, firstScreen = false): Pass {
  const now = Date.now();
  return {
    firstScreen,
    started: performance.now(),
    now,
    read: readContext({ now, zone: state.settings.pageTimeZone }),
    plans: createPlanReader(state.platform, firstScreen ? 0 : undefined),
    found: new Set(),
    long: false,
    drawn: [],
    placing: [],
  };
}

/** Find: the order blocks on the page, in slices on long pages (10,000 rows). */
export function findBlocks(
  state: ListState,
  pass: Pass,
  slicer: Slicer,
  done: (blocks: OrderBlock[]) => void,
): void {
  slicer.steps(findOrderBlocksSteps(document.body, state.platform, pass.read), ({ blocks }) => {
    pass.long = blocks.length > EAGER_BADGES;
    done(blocks);
  });
}

/** The order a block shows: read unless a row with the same text (and number) was read before. */
function readOrder(state: ListState, pass: Pass, block: OrderBlock, text: string, key: number): Order {
  if (pass.firstScreen) return pass.plans.read(block, text, pass.read);
  let order = state.readCache.get(key);
  if (order?.id !== block.id) {
    order = pass.plans.read(block, text, pass.read);
    state.readCache.set(key, order);
  }
  return order;
}

/**
 * Read: a block found by this pass. Unchanged rows (same text, same number, badge still in place) are left as
 * they are; a new or changed one is read and kept, and returned to be drawn.
 */
export function readBlock(
  state: ListState,
  pass: Pass,
  block: OrderBlock,
): { row: Row; key: number } | undefined {
  const el = block.element;
  if (pass.found.has(el)) return undefined;
  pass.found.add(el);
  // Ticking countdowns masked: a row whose remaining time ticked is not read again (ticking.ts).
  const text = withoutTicks(textOf(block));
  const key = textKey(text);
  let row = state.rows.get(el);
  if (row && row.key === key && row.order.id === block.id && badgeInPlace(row)) return undefined;
  const order = readOrder(state, pass, block, text, key);
  if (!row || !badgeInPlace(row)) {
    if (row) forgetRow(state, el);
    row = newRow(block, order, pass.long);
    state.rows.set(el, row);
  }
  // The row keeps where it is, not the block's parts and text: those are only needed to read it.
  row.block = rowBlock(block);
  row.order = order;
  return { row, key };
}

/** Assess → mark → draw one row read by this pass; its badge update waits in `pass.drawn`. */
export function assessAndDraw(
  state: ListState,
  pass: Pass,
  row: Row,
  key: number,
  openReport: OpenReport,
): void {
  const update: BadgeUpdate = drawRow(state, row.block.element, row, pass.now, openReport);
  // The row counts as drawn only once its badge is on the page (a newer pass may cancel this one first).
  pass.drawn.push((later) => {
    update(later);
    row.key = key;
  });
}

/** Rows that were on the page and are gone; an outgrown read cache is dropped. */
export function dropGone(state: ListState, pass: Pass): void {
  for (const el of [...state.rows.keys()]) if (!pass.found.has(el)) forgetRow(state, el);
  if (state.readCache.size > 4 * pass.found.size + 1000) state.readCache = new Map();
}

/**
 * Puts the new badges on the page together (placing-batch.ts), with those the first screen put inline
 * unmeasured; returns the rows still waiting for their badge (far down a long list). A long list whose rows
 * all wait leaves the first screen's badges to the first batch of rows near the viewport.
 */
export function placeBadges(state: ListState, pass: Pass): Element[] {
  const settle = pass.placing.length || !pass.long ? state.unsettled.splice(0) : [];
  placeTogether(pass.placing, settle);
  return [...pass.found].filter((el) => state.rows.get(el)?.lazy);
}

/**
 * A whole pass: find → read, assess, mark (in slices) → draw (badges built in slices, placed together), then
 * `done` reports it with the rows still waiting for their badge.
 */
export function runPass(
  state: ListState,
  slicer: Slicer,
  openReport: OpenReport,
  done: (pass: Pass, lazy: Element[]) => void,
): void {
  const pass = createPass(state);
  findBlocks(state, pass, slicer, (blocks) =>
    slicer.run(
      blocks,
      (block) => {
        const read = readBlock(state, pass, block);
        if (read) assessAndDraw(state, pass, read.row, read.key, openReport);
      },
      () => {
        dropGone(state, pass);
        // New badges are built off the page, slice by slice, and put on it together at the end: the page lays
        // its list out again once, not after every slice.
        slicer.run(
          pass.drawn,
          (update) => update(pass.placing),
          () => {
            const placing = performance.now();
            const lazy = placeBadges(state, pass);
            measure('place', placing, { badges: pass.placing.length });
            done(pass, lazy);
          },
        );
      },
    ),
  );
}
