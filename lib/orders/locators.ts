import { foldWidth } from '../time/china-time';
import { segmentsOf, type ReadContext } from './fields';
import { foldedLabelWords } from './labels';
import { normal, shownText } from './text';
import { suffixLabels, type Field } from './label-words';

/**
 * Places in a row's elements where a value sits, found in one row and looked up in the next rows of the same
 * list: the element (a path of child indices), the words around the value in its text, and where between
 * them the value starts and ends. Digit runs may change from row to row; the words may not.
 */

/** Where a value sits: token index (text split at its digit runs) and offset inside it. */
export type Anchor = readonly [token: number, offset: number];

export interface Locator {
  part: number;
  /** Element child indices from the part to the element whose text holds the value. */
  path: readonly number[];
  /** That element's text split at its digit runs: the words around the value must be the same. */
  words: readonly string[];
  from: Anchor;
  to: Anchor;
  /** Taken as the page shows it (remarks, names, adapter texts) rather than width-folded. */
  shown: boolean;
}

const DIGITS = /\d+/g;

interface Tokens {
  /** The text's non-digit words, split at its digit runs (as many as runs + 1, maybe empty). */
  words: string[];
  /** Token starts: even tokens are those words, odd ones the digit runs. */
  starts: number[];
}

export function tokens(text: string): Tokens {
  const starts = [0];
  const words: string[] = [];
  let last = 0;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    words.push(text.slice(last, m.index));
    last = m.index + m[0].length;
    starts.push(m.index, last);
  }
  words.push(text.slice(last));
  return { words, starts };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether `text` has exactly these words with digit runs between them; writes its token starts to the start of
 * `starts` (entries past them are left over from earlier texts).
 * No regex and no new strings: this runs for every value of every row.
 */
export function fits(text: string, words: readonly string[], starts: number[]): boolean {
  let pos = 0;
  // Written in place, not emptied and pushed: the array keeps its storage from row to row.
  let n = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    if (!text.startsWith(word, pos)) return false;
    starts[n++] = pos;
    pos += word.length;
    if (k === words.length - 1) return pos === text.length;
    const digits = pos;
    while (pos < text.length && isDigit(text.charCodeAt(pos))) pos++;
    if (pos === digits) return false;
    starts[n++] = digits;
  }
  return false;
}

/** A position as an anchor that holds in a row with other digits: not inside a digit run. */
export function anchorAt(t: Tokens, p: number): Anchor | null {
  let k = t.starts.length - 1;
  while (k > 0 && (t.starts[k] as number) > p) k--;
  const start = t.starts[k] as number;
  if (k % 2 === 1 && p !== start) return null;
  return [k, p - start];
}

export const positionOf = (starts: readonly number[], [k, offset]: Anchor) => (starts[k] as number) + offset;

export function pathTo(part: Element, el: Element): number[] | null {
  const path: number[] = [];
  for (let e = el; e !== part;) {
    const parent = e.parentElement;
    if (!parent) return null;
    let i = 0;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
    path.push(i);
    e = parent;
  }
  return path.reverse();
}

const scratch: number[] = [];

/** The value a locator points at in an element of a row, or null when the row is not built like that. */
export function valueIn(el: Element | null | undefined, loc: Locator): string | null {
  if (!el) return null;
  const shown = normal(shownText(el));
  if (!fits(shown, loc.words, scratch)) return null;
  const value = shown.slice(positionOf(scratch, loc.from), positionOf(scratch, loc.to));
  return loc.shown ? value : foldWidth(value);
}

/**
 * The element child at `index`, walked (no live `children` collection stays with the element) from the nearer
 * end: every child a walk passes gets a wrapper in the content script's world (the cost of touching an
 * element, and garbage to collect), and a row's values often sit in its last cells (status, amount). Counting
 * the children (`childElementCount`) touches none of them.
 */
export function nthChild(el: Element, index: number): Element | null {
  if (index === 0) return el.firstElementChild;
  const count = el.childElementCount;
  if (index >= count) return null;
  let child: Element | null;
  if (index > (count - 1) / 2) {
    child = el.lastElementChild;
    for (let i = count - 1; child && i > index; i--) child = child.previousElementSibling;
  } else {
    child = el.firstElementChild;
    for (let i = 0; child && i < index; i++) child = child.nextElementSibling;
  }
  return child;
}

export function follow(part: Element, path: readonly number[]): Element | null {
  let el: Element | null = part;
  for (const i of path) if (!(el = nthChild(el, i))) return null;
  return el;
}

/** The value a locator points at in a row (checks and learning: the plan's own walk is `planTexts`). */
export const valueAt = (parts: readonly Element[], loc: Locator) => {
  const part = parts[loc.part];
  return valueIn(part && follow(part, loc.path), loc);
};

const foldedWords = (words: readonly string[]) => words.map((w) => foldWidth(w).toLowerCase());
const suffixesOf = (field: Field) => foldedWords(suffixLabels.filter(([, f]) => f === field).map(([w]) => w));

/** Whether the words right before or after a place name the field (`实付金额：¥35`, `… 10:00 付款`). */
function named(text: string, a: number, b: number, field: Field | undefined): boolean {
  if (!field) return false;
  const before = text
    .slice(Math.max(0, a - 16), a)
    .replace(/[\s:：]+$/, '')
    .toLowerCase();
  const after = text
    .slice(b, b + 8)
    .trimStart()
    .toLowerCase();
  return (
    (foldedLabelWords.get(field) ?? []).some((w) => before.endsWith(w)) ||
    suffixesOf(field).some((w) => after.startsWith(w))
  );
}

interface Candidate extends Locator {
  named: boolean;
}

/**
 * Where in the block a text could have come from: every place that holds it, the most telling first (a place
 * whose words name the field, then the innermost element: a value read from its own cell moves with the cell).
 */
export function locate(
  parts: readonly Element[],
  value: string,
  field: Field | undefined,
  ctx: Pick<ReadContext, 'segments'>,
  only?: Element,
): Locator[] {
  const out: Candidate[] = [];
  const seen = new Set<Element>();
  parts.forEach((part, k) => {
    if (only && !part.contains(only)) return;
    const starts = only ? [only] : segmentsOf(part, ctx).map((seg) => seg.el);
    for (const start of starts) {
      for (let el: Element | null = start; el; el = el === part ? null : el.parentElement) {
        if (seen.has(el)) break;
        seen.add(el);
        const shown = normal(shownText(el));
        const folded = foldWidth(shown);
        const inFolded = folded.includes(value);
        if (!inFolded && !shown.includes(value)) continue;
        const text = inFolded ? folded : shown;
        // Digit runs as the page shows them (full-width digits are words here: such rows are read in full).
        const t = tokens(shown);
        const path = pathTo(part, el);
        for (let a = text.indexOf(value); a >= 0 && path; a = text.indexOf(value, a + 1)) {
          const b = a + value.length;
          const from = anchorAt(t, a);
          const to = anchorAt(t, b);
          if (from && to)
            out.push({
              part: k,
              path,
              words: t.words,
              from,
              to,
              shown: !inFolded,
              named: named(folded, a, b, field),
            });
        }
        break;
      }
    }
  });
  return out.sort((x, y) => Number(y.named) - Number(x.named) || y.path.length - x.path.length);
}
