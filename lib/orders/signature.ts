import { foldWidth } from '../time/china-time';
import { remainingWords } from '../time/remaining';
import type { OrderBlock } from './blocks';
import { alternation } from './text';
import { labelWords, presaleWords, statusWords, suffixLabels, suspiciousWords } from './vocabulary';

/** Every word the reader reacts to: rows with the same sequence of these are read alike. */
const VOCABULARY = new RegExp(
  [
    alternation([
      ...Object.values(labelWords).flat(),
      ...statusWords.map(([w]) => w),
      ...presaleWords,
      ...suspiciousWords,
      ...suffixLabels.map(([w]) => w),
    ]),
    ...remainingWords.map((r) => r.source),
  ].join('|'),
  'gi',
);

const DIGIT_RUNS = /[0-9\uFF10-\uFF19]+/g;

/** The words of a row's text the reader reacts to, in order, with its shape: the key of its plan. */
export function signatureOf(block: OrderBlock, text: string): string {
  // How many digit runs: a row showing a date, amount or number that its plan's row left empty is another kind.
  let runs = 0;
  DIGIT_RUNS.lastIndex = 0;
  while (DIGIT_RUNS.exec(text)) runs++;
  let sig = `${block.parts.length}${block.element.tagName}#${runs}`;
  const folded = foldWidth(text);
  VOCABULARY.lastIndex = 0;
  for (let m = VOCABULARY.exec(folded); m; m = VOCABULARY.exec(folded)) sig += `\u0001${m[0].toLowerCase()}`;
  return sig;
}
