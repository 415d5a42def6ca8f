/**
 * lib/orders from outside: how a page becomes orders (README.md in this folder). Code outside lib/orders imports
 * this module, or the plain data (types.ts, seen.ts, own-ui.ts); every other module here is the readers' own
 * (test/unit/layers.test.ts checks it), so their helpers can change without touching a caller.
 */

// The one entry: every order under an element, read in one go.
export { readOrders, type ReadOptions, type ReadOrder, type ReadResult } from './read';

// The content script reads a long list in slices between frames, with the same steps `readOrders` takes:
// one reading pass (`readContext`), the order blocks found stepwise (`findOrderBlocksSteps`: a generator that
// pauses every few hundred elements; `findOrderBlocks` runs it to the end), then each block read by a plan
// reader (`createPlanReader`: repeated rows read from where the first row's values were).
export {
  readContext,
  findOrderBlocks,
  findOrderBlocksSteps,
  type FoundBlocks,
  type OrderBlock,
} from './read';
export { createPlanReader, type PlanReader } from './plan';
export type { Steps } from './steps';
export { partsText } from './blocks';

// When a known order page shows no readable order: the local diagnostic in the visible notice.
export { diagnose } from './diagnose';

// Page-text helpers shared with other readers (after-sales lists, reply templates) and our own UI.
export { digitCount, findIdToken, segments } from './text';
export { findBlocksGeneric } from './blocks';
export { columnCells, type HeaderCache } from './columns';
export { labelledValues } from './labels';
export type { Field } from './label-words';
// A JD order held by risk control (锁定): its badge names the page's word.
export { lockedWords } from './status-words';
export type { ReadContext } from './fields';
// Fixed-column tables (Element UI, vxe-table, Ant Design) and ARIA grids: where the merchant sees the number,
// and whether a badge may change a row's height there.
export { keepsRowHeight, visibleIdElement } from './fixed-columns';
