/*
 * A list of words as the settings form shows it: one text box, the words separated by commas (any of the
 * commas Chinese input methods type, or new lines).
 */

/** At most this many words are kept from one box. */
const maxWords = 300;

export const wordListText = (words: readonly string[]): string => words.join(', ');

export const wordsFromText = (text: string): string[] =>
  text
    .split(/[,，、\n]/)
    .map((w) => w.trim())
    .filter(Boolean)
    .slice(0, maxWords);
