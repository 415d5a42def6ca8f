import { foldWidth } from '../time/china-time';
import { alternation, type Segment } from './text';
import { labelWords, type Field } from './vocabulary';

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
  value: string;
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
    // In running text a label needs a colon, or must open the segment (`订单编号 4987…`).
    const hasColon = m[2] === ':';
    if (!hasColon && start !== 0) continue;
    const field = fieldOfLabel.get(word.toLowerCase());
    if (field) hits.push({ field, start, end: start + m[0].length });
  }
  return hits;
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
      const value = trimValue(seg.text.slice(hit.end, hits[k + 1]?.start ?? seg.text.length));
      if (value) {
        out.push({ field: hit.field, value, el: seg.el, seg: i });
        return;
      }
      const next = segs[i + 1];
      if (k === hits.length - 1 && next && labelHits(next.text)[0]?.start !== 0) {
        out.push({ field: hit.field, value: trimValue(next.text), el: next.el, seg: i + 1 });
      }
    });
  });
  return out;
}
