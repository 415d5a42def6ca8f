import type { BlockSelector, PlatformAdapter } from '../platforms/adapter';
import { foldWidth } from '../time/china-time';
import { partsText, type OrderBlock } from './blocks';
import { segmentsOf, type ReadContext } from './fields';
import { labelledValues } from './labels';
import { follow, locate, valueIn, type Locator } from './locators';
import { STEP, type Steps } from './steps';
import { alternation, findIdToken, normal, segmentOf, shownText, SHOW_TEXT, type Segment } from './text';
import { labelWords } from './label-words';

/** Finding orders by a platform's dated block selectors (the generic finder is in blocks.ts). */

/** The first element one of the field's selectors matches in the parts, with its text. */
export function firstMatch(
  parts: readonly Element[],
  adapter: PlatformAdapter,
  field: keyof PlatformAdapter['fields'],
) {
  for (const { selector } of adapter.fields[field] ?? []) {
    for (const part of parts) {
      const el = part.matches(selector) ? part : part.querySelector(selector);
      const text = el ? normal(shownText(el)) : '';
      if (el && text) return { el, text };
    }
  }
  return undefined;
}

const LONG_DIGITS = /\d{6,}/;

/**
 * Whether a row's `data-row-key` names the header's order (Douyin: a remark row repeats the order's key):
 * the same key, one inside the other, or the same long number in both.
 */
function sameOrderKey(header: Element, row: Element): boolean {
  const a = header.getAttribute('data-row-key');
  const b = row.getAttribute('data-row-key');
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const n = LONG_DIGITS.exec(a)?.[0];
  return !!n && n === LONG_DIGITS.exec(b)?.[0];
}

/** A row that labels an order number heads an order of its own, whatever its key says. */
function namesAnOrder(row: Element): boolean {
  ID_LABEL.lastIndex = 0;
  return ID_LABEL.test(foldWidth(row.textContent ?? ''));
}

function groupRows(header: Element, isHeader: (e: Element) => boolean): Element[] {
  const parts = [header];
  for (
    let sib = header.nextElementSibling;
    sib && (!isHeader(sib) || (sameOrderKey(header, sib) && !namesAnOrder(sib)));
    sib = sib.nextElementSibling
  )
    parts.push(sib);
  return parts;
}

const ID_LABEL = new RegExp(alternation(labelWords.id), 'gi');

/** How many times a (width-folded) text says an order-number label word (2 is enough to know). */
function idLabelWords(folded: string): number {
  let count = 0;
  ID_LABEL.lastIndex = 0;
  while (count < 2 && ID_LABEL.exec(folded)) count++;
  return count;
}

/**
 * The order number after the parts' (single) order-number label: the label's piece of text and the next one
 * (a label element followed by its value element) read as `labelledValues` reads them.
 */
function firstLabelledId(parts: readonly Element[]): LabelledId | null {
  for (const part of parts) {
    const walker = part.ownerDocument.createTreeWalker(part, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      ID_LABEL.lastIndex = 0;
      if (!ID_LABEL.test(foldWidth(node.nodeValue ?? ''))) continue;
      const seg = segmentOf(node, part);
      if (!seg) continue;
      let next: Segment | null = null;
      for (let n = walker.nextNode(); n && !next; n = walker.nextNode()) next = segmentOf(n, part);
      for (const v of labelledValues(next ? [seg, next] : [seg])) {
        const id = v.field === 'id' ? findIdToken(v.value) : null;
        if (id) return { id, el: v.el };
      }
      return null;
    }
  }
  return null;
}

interface LabelledId {
  id: string;
  el: Element;
}

/** A labelled order number's place, when its element's own text holds both the label and the number. */
function placeOfLabelledId(
  parts: readonly Element[],
  found: LabelledId,
  pass: Pick<ReadContext, 'segments'>,
): Locator | null {
  return (
    locate(parts, found.id, 'id', pass).find((loc) => {
      const part = parts[loc.part];
      if (!part || follow(part, loc.path) !== found.el) return false;
      ID_LABEL.lastIndex = 0;
      return ID_LABEL.test(foldWidth(loc.words.join('')));
    }) ?? null
  );
}

/**
 * The order number at that place in another block, when the element there says the same words (its label
 * included) around it: what `firstLabelledId` would find in a block naming its order number once.
 */
function labelledIdAt(parts: readonly Element[], place: Locator): LabelledId | null {
  const part = parts[place.part];
  const el = part ? follow(part, place.path) : null;
  const value = valueIn(el, place);
  const id = value === null ? null : findIdToken(value);
  return id && el ? { id, el } : null;
}

/** Blocks by one dated selector, or null when it misses or clearly spans several orders. */
function* blocksBySelector(
  root: Element,
  alt: BlockSelector,
  adapter: PlatformAdapter,
  pass: Pick<ReadContext, 'segments'>,
): Steps<OrderBlock[] | null> {
  const found = Array.from(root.querySelectorAll(alt.selector));
  if (found.length === 0) return null;
  // Order-number selectors of other layout generations are not looked for in each of thousands of blocks.
  const present: PlatformAdapter = {
    ...adapter,
    fields: {
      ...adapter.fields,
      id: adapter.fields.id?.filter(({ selector }) => root.querySelector(selector)),
    },
  };
  const blocks: OrderBlock[] = [];
  let multi = 0;
  let n = 0;
  /** Where the first block's labelled order number was: the next blocks are looked at there first. */
  let idPlace: Locator | null = null;
  for (const element of found) {
    // Each block's text may be read here (and kept for its fields): pause more often than for bare elements.
    if (++n % (STEP / 4) === 0) yield;
    const parts = alt.groupFollowingRows ? groupRows(element, (e) => e.matches(alt.selector)) : [element];
    const fromSelector = firstMatch(parts, present, 'id');
    const selectorId = fromSelector ? findIdToken(fromSelector.text) : null;
    // Labelled order numbers show a match that wraps several orders; a text naming the order number at
    // most once cannot, and is not walked piece by piece here: only up to its one label.
    const text = partsText(parts);
    // Kept with the block: its reading plan is chosen by the words of the same folded text.
    const folded = foldWidth(text);
    if (idLabelWords(folded) < 2) {
      if (fromSelector && selectorId) {
        blocks.push({ element, parts, id: selectorId, idElement: fromSelector.el, text, folded });
        continue;
      }
      let byLabel = idPlace && labelledIdAt(parts, idPlace);
      if (!byLabel) {
        byLabel = firstLabelledId(parts);
        if (byLabel && !idPlace) idPlace = placeOfLabelledId(parts, byLabel, pass);
      }
      if (byLabel) blocks.push({ element, parts, id: byLabel.id, idElement: byLabel.el, text, folded });
      continue;
    }
    const labelled = parts
      .flatMap((p) => labelledValues(segmentsOf(p, pass)))
      .filter((v) => v.field === 'id');
    const labelledIds = new Set(labelled.map((v) => findIdToken(v.value)).filter(Boolean));
    if (labelledIds.size > 1) multi++;
    const byLabel = labelled.find((v) => findIdToken(v.value));
    if (fromSelector && selectorId)
      blocks.push({ element, parts, id: selectorId, idElement: fromSelector.el });
    else if (byLabel)
      blocks.push({ element, parts, id: findIdToken(byLabel.value) ?? '', idElement: byLabel.el });
  }
  // A selector that wraps several orders per match (a layout change) is worse than the generic reader.
  return blocks.length > 0 && multi <= blocks.length / 4 ? blocks : null;
}

export function* adapterBlocks(
  root: Element,
  adapter: PlatformAdapter | undefined,
  pass: Pick<ReadContext, 'segments'>,
): Steps<OrderBlock[] | null> {
  for (const alt of adapter?.blocks ?? []) {
    const blocks = yield* blocksBySelector(root, alt, adapter as PlatformAdapter, pass);
    if (blocks) return blocks;
  }
  return null;
}
