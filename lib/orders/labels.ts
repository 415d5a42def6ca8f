import { foldWidth } from '../time/china-time';
import { alternation, type Segment } from './text';
import { labelWords, type Field } from './label-words';

/** Each field's label words, width-folded and lower-cased, as texts are compared. */
export const foldedLabelWords = new Map(
  (Object.entries(labelWords) as [Field, string[]][]).map(([f, words]) => [
    f,
    words.map((w) => foldWidth(w).toLowerCase()),
  ]),
);

const fieldOfLabel = new Map<string, Field>();
for (const [field, words] of Object.entries(labelWords) as [Field, string[]][]) {
  for (const w of words) fieldOfLabel.set(foldWidth(w).toLowerCase(), field);
}

const LABEL = new RegExp(`(${alternation([...fieldOfLabel.keys()])})\\s*(:?)\\s*`, 'gi');
const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** The field a header cell or a standalone label names (`订单状态`, `Ship by:`), if any. */
export function fieldOfHeader(text: string): Field | null {
  const key = foldWidth(text)
    .replace(/[:\s*]+$/g, '')
    .trim()
    .toLowerCase();
  return fieldOfLabel.get(key) ?? null;
}

export interface LabelledValue {
  field: Field;
  /** Width-folded, for parsing. */
  value: string;
  /** As the page shows it. */
  raw: string;
  /** The element whose text holds the value. */
  el: Element;
  /** Index of the segment holding the value. */
  seg: number;
}

interface LabelHit {
  field: Field;
  start: number;
  end: number;
}

function labelHits(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const m of text.matchAll(LABEL)) {
    const word = m[1] ?? '';
    const start = m.index;
    const afterWord = start + word.length;
    // Latin labels are whole words ("Total", not "Subtotal"); CJK has no word boundaries to check.
    if (isLatin(word[0]) && isLatin(text[start - 1])) continue;
    if (isLatin(word[word.length - 1]) && isLatin(text[afterWord])) continue;
    // In running text a label needs a colon, or must open the segment and stand apart (`订单编号 4987…`):
    // `买家已付款，…` opens with the word 买家 but is a status, not a label.
    const hasColon = m[2] === ':';
    const next = text[afterWord];
    // Further in, a label without a colon stands apart on both sides and is followed by a number (Douyin:
    // `订单编号 4987… 下单时间 2026/…`, a no-break space after each label).
    const apart = start > 0 && /\s/.test(text[start - 1] ?? '') && /^\s+\d/.test(text.slice(afterWord));
    if (!hasColon && !apart && (start !== 0 || (next !== undefined && !/\s/.test(next)))) continue;
    const field = fieldOfLabel.get(word.toLowerCase());
    if (field) hits.push({ field, start, end: start + m[0].length });
  }
  return hits;
}

/**
 * A label's value may sit in the next element (`<span>订单号：</span><span>3025…</span>`), but not in
 * another table cell or a far part of the card: an empty `备注：` must not take the next column's text.
 */
function nearby(label: Element, value: Element): boolean {
  if (label.closest('td, th') !== value.closest('td, th')) return false;
  const scope = label.parentElement?.parentElement ?? label.parentElement;
  return !!scope && scope.contains(value);
}

const trimValue = (s: string) => s.replace(/^[\s,;|/、，；]+|[\s,;|/、，；]+$/g, '');

/**
 * Label/value pairs in reading order: `订单编号：2609…` in one piece of text, several labels on one
 * line, or a label element followed by its value element.
 */
export function labelledValues(segs: readonly Segment[]): LabelledValue[] {
  const out: LabelledValue[] = [];
  segs.forEach((seg, i) => {
    const hits = labelHits(seg.text);
    hits.forEach((hit, k) => {
      const end = hits[k + 1]?.start ?? seg.text.length;
      const value = trimValue(seg.text.slice(hit.end, end));
      if (value) {
        out.push({
          field: hit.field,
          value,
          raw: trimValue(seg.raw.slice(hit.end, end)),
          el: seg.el,
          seg: i,
        });
        return;
      }
      const next = segs[i + 1];
      if (k === hits.length - 1 && next && nearby(seg.el, next.el) && labelHits(next.text)[0]?.start !== 0) {
        out.push({
          field: hit.field,
          value: trimValue(next.text),
          raw: trimValue(next.raw),
          el: next.el,
          seg: i + 1,
        });
      }
    });
  });
  return out;
}
