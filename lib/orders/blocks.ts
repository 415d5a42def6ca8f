import { fieldOfHeader, labelledValues } from './labels';
import { nthChild } from './locators';
import { foldWidth } from '../time/china-time';
import { alternation, findIdToken, segmentOf, segments, shownText, type Segment } from './text';
import { finish, STEP, type Steps } from './steps';
import { labelWords, type Field } from './label-words';
import type { OrderBlock } from './block';

export type { OrderBlock } from './block';

/** The elements of one order: `element` gets the data-sd-* attributes; `parts` are all read. */
interface Anchor {
  el: Element;
  id: string;
  via: 'label' | 'column';
}

/** Node types, spelled out: lib/ must not rely on page globals. */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The text of a block's parts, as one string (parts joined by \u0001). */
export const partsText = (parts: readonly Element[]) =>
  (parts.length === 1 ? parts[0]?.textContent : parts.map((p) => p.textContent).join('\u0001')) ?? '';

const hints = new Map<Field, RegExp>();
/** Any of the field's label words, anywhere in a text: the cheap first test before reading a label. */
function hintFor(field: Field): RegExp {
  let hint = hints.get(field);
  if (!hint) hints.set(field, (hint = new RegExp(alternation(labelWords[field]), 'i')));
  return hint;
}

/**
 * The text pieces that can hold a `field` label and its value: each piece naming the field, and the piece
 * after it (a label element followed by its value element). Pages are mostly cells without labels, so an
 * element whose whole text names no field is passed over without visiting its nodes (a table body of
 * thousands of plain rows is one test), and the text nodes visited are only tested against the label words;
 * the few that match are read in full.
 */
function* labelCandidates(root: Element, field: Field): Steps<Segment[]> {
  const hint = hintFor(field);
  const out: Segment[] = [];
  let wantNext = false;
  let n = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (++n % STEP === 0) yield;
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      // The value after a label may be the first text of the next element, whatever its words.
      descend = wantNext || hint.test(foldWidth(node.textContent ?? ''));
    } else if (node.nodeType === TEXT_NODE) {
      const named = hint.test(foldWidth(node.nodeValue ?? ''));
      const seg = named || wantNext ? segmentOf(node, root) : null;
      if (seg) {
        out.push(seg);
        wantNext = named;
      }
    }
    if (descend && node.firstChild) node = node.firstChild;
    else {
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return out;
}

function* labelAnchors(root: Element, field: Field): Steps<Anchor[]> {
  return labelledValues(yield* labelCandidates(root, field))
    .filter((v) => v.field === field)
    .flatMap((v) => {
      const id = findIdToken(v.value);
      return id ? [{ el: v.el, id, via: 'label' as const }] : [];
    });
}

const hasCell = (row: Element) => {
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'TD') return true;
  return false;
};

/**
 * Rows under a header table: its own body, or the next table when headers and rows are split (PDD).
 * Rows without data cells are left for the caller to skip (checked row by row, in its pausable loop).
 */
function dataRows(table: Element): Element[] {
  const own = Array.from(table.querySelectorAll('tr'));
  if (own.some(hasCell)) return own;
  let node: Element | null = table;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const next = node.nextElementSibling;
    const body = next?.tagName === 'TABLE' ? next : next?.querySelector('table');
    if (body) return Array.from(body.querySelectorAll('tr'));
  }
  return [];
}

/** Order-number columns: a header cell saying "订单号"/"Order No." and the cells below it. */
function* columnAnchors(root: Element, field: Field): Steps<Anchor[]> {
  const out: Anchor[] = [];
  let n = 0;
  for (const th of Array.from(root.querySelectorAll('th, thead td'))) {
    if (fieldOfHeader(shownText(th)) !== field) continue;
    const headerRow = th.parentElement;
    const table = th.closest('table');
    if (!headerRow || !table) continue;
    const index = Array.from(headerRow.children).indexOf(th);
    const width = headerRow.childElementCount;
    for (const row of dataRows(table)) {
      if (++n % STEP === 0) yield;
      if (!hasCell(row)) continue;
      // A leading checkbox cell that the header row does not have shifts the columns by one.
      const shift = row.childElementCount === width + 1 ? 1 : 0;
      // Walked, not `row.children`: a live collection per row would stay with each of thousands of rows.
      const cell = nthChild(row, index + shift);
      const id = cell ? findIdToken(shownText(cell)) : null;
      if (cell && id) out.push({ el: cell, id, via: 'column' });
    }
  }
  return out;
}

const ORDERISH = /card|item|order|row|container|block|record/i;
const CONTAINER_TAGS = new Set(['TR', 'TBODY', 'LI', 'ARTICLE', 'SECTION']);

/** With a single order on the page there is nothing to stop the climb: settle on an order-like box. */
function lonelyBlock(anchor: Element, root: Element): Element {
  for (let e: Element | null = anchor; e && e !== root; e = e.parentElement) {
    if (CONTAINER_TAGS.has(e.tagName) || ORDERISH.test(e.getAttribute('class') ?? '')) return e;
  }
  // No order-like box: the smallest one that says more than the number (`<div>订单号：<span>…</span></div>`
  // beside `<div>下单时间：…</div>` in a chat's order panel).
  for (let e = anchor.parentElement; e && e !== root; e = e.parentElement) {
    if (labelledValues(segments(e)).some((v) => v.field !== 'id')) return e;
  }
  return anchor.parentElement && anchor.parentElement !== root ? anchor.parentElement : anchor;
}

/** A header row read by label (Douyin's level-0 row) owns the rows below it up to the next order. */
function followingRows(row: Element, anchored: Set<Element>): Element[] {
  const out: Element[] = [row];
  for (let sib = row.nextElementSibling; sib && !anchored.has(sib); sib = sib.nextElementSibling) {
    if (sib.tagName === 'TR') out.push(sib);
  }
  return out;
}

/**
 * The generic order finder: every order number found by label or column is an anchor; an order's
 * element is the largest ancestor of its anchor that holds no other anchor.
 */
export function findBlocksGeneric(root: Element, field: Field = 'id'): OrderBlock[] {
  return finish(findBlocksGenericSteps(root, field));
}

/** `findBlocksGeneric`, pausing every few hundred elements (see Steps). */
export function* findBlocksGenericSteps(root: Element, field: Field = 'id'): Steps<OrderBlock[]> {
  const seen = new Set<Element>();
  const byColumn = yield* columnAnchors(root, field);
  const byLabel = yield* labelAnchors(root, field);
  const anchors = [...byColumn, ...byLabel].filter((a) => (seen.has(a.el) ? false : (seen.add(a.el), true)));
  if (anchors.length === 0) return [];
  if (new Set(anchors.map((a) => a.id)).size === 1) {
    // One order mentioned in several places (a chat: messages and the order card): the richest place wins.
    const candidates = anchors.map((a) => ({ a, el: lonelyBlock(a.el, root) }));
    const richness = (el: Element) => labelledValues(segments(el)).length;
    const best = candidates.reduce((x, y) => (richness(y.el) > richness(x.el) ? y : x));
    return [{ element: best.el, parts: [best.el], id: best.a.id, idElement: best.a.el }];
  }
  // Which order an element belongs to: one id, or several (null). Counting ids, not anchors, keeps a card
  // that shows its number twice in one piece, and still separates two rows that repeat the same number.
  const owner = new Map<Element, string | null>();
  let n = 0;
  for (const a of anchors) {
    if (++n % STEP === 0) yield;
    for (let e: Element | null = a.el; e && e !== root; e = e.parentElement) {
      const current = owner.get(e);
      // Ancestors of an element already owned by this order, or by several, are already marked.
      if (current === a.id || current === null) break;
      owner.set(e, current === undefined ? a.id : null);
    }
  }
  const byElement = new Map<Element, Anchor>();
  for (const a of anchors) {
    if (++n % STEP === 0) yield;
    let el = a.el;
    while (el.parentElement && el.parentElement !== root && owner.get(el.parentElement) !== null)
      el = el.parentElement;
    if (!byElement.has(el)) byElement.set(el, a);
  }
  const anchoredRows = new Set(byElement.keys());
  return [...byElement].map(([el, anchor]) => ({
    element: el,
    parts: el.tagName === 'TR' && anchor.via === 'label' ? followingRows(el, anchoredRows) : [el],
    id: anchor.id,
    idElement: anchor.el,
  }));
}
