import { foldWidth } from '../time/china-time';
import { remainingWords } from '../time/remaining';
import type { OrderBlock } from './blocks';
import { alternation } from './text';
import { labelWords, suffixLabels } from './label-words';
import { pickupWords, statusWords } from './status-words';
import { presaleWords, suspiciousWords } from './tag-words';

/** Every word the reader reacts to: rows with the same sequence of these are read alike. */
const VOCABULARY = new RegExp(
  [
    alternation([
      ...Object.values(labelWords).flat(),
      ...statusWords.map(([w]) => w),
      ...presaleWords,
      ...suspiciousWords,
      ...pickupWords,
      ...suffixLabels.map(([w]) => w),
    ]),
    ...remainingWords.map((r) => r.source),
  ].join('|'),
  'gi',
);

const isDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

/** How many runs of digits (ASCII or full-width) the text has: counted without a match object per run. */
function digitRuns(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const digit = isDigit(text.charCodeAt(i));
    if (digit && !inRun) runs++;
    inRun = digit;
  }
  return runs;
}

/** The words of a row's text the reader reacts to, in order, with its shape: the key of its plan. */
export function signatureOf(block: OrderBlock, text: string): string {
  // How many digit runs: a row showing a date, amount or number that its plan's row left empty is another kind.
  const sig = `${block.parts.length}${block.element.tagName}#${digitRuns(text)}`;
  // One array of the words (no match object per word), lower-cased once.
  const words = (block.text === text && block.folded !== undefined ? block.folded : foldWidth(text)).match(
    VOCABULARY,
  );
  return words ? `${sig}\u0001${words.join('\u0001').toLowerCase()}` : sig;
}
