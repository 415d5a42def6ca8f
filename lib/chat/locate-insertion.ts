/**
 * Where an inserted template is now in a reply box's text, so Undo can take out that text only and keep
 * what the merchant typed before or after it since (issue #20: "PS: gift wrap ok" typed after the template
 * must survive Undo). Pure: works on the box's text as a string, whatever kind of box it is.
 */
export interface Insertion {
  /** The box's text just before the insertion. */
  before: string;
  /** Where the template went in (a character index into `before`). */
  start: number;
  /** The text that went in (replacing `before.slice(start, end)` when the merchant had text selected). */
  text: string;
  /** End of what the insertion replaced; `start` when nothing was selected. */
  end?: number;
}

/**
 * The index of the inserted text in `current`, or null when it is no longer there as inserted (the merchant
 * edited inside it, deleted it or sent it). Among several copies, the one after the same text as before the
 * insertion wins, then the one followed by the same text, then the one closest to where it went in.
 */
export function locateInsertion(current: string, ins: Insertion): number | null {
  if (!ins.text) return null;
  const found: number[] = [];
  for (let i = current.indexOf(ins.text); i >= 0; i = current.indexOf(ins.text, i + 1)) found.push(i);
  if (!found.length) return null;
  const head = ins.before.slice(0, ins.start);
  const tail = ins.before.slice(ins.end ?? ins.start);
  const sameHead = found.find((i) => current.slice(0, i) === head);
  if (sameHead !== undefined) return sameHead;
  const sameTail = found.find((i) => current.slice(i + ins.text.length) === tail);
  if (sameTail !== undefined) return sameTail;
  return found.reduce((a, b) => (Math.abs(b - ins.start) < Math.abs(a - ins.start) ? b : a));
}

/** What Undo does now: take out the template only, or ask first because it was edited (or is gone). */
export type UndoPlan =
  /** Replace `from`–`to` (the template) with `put` (what the template had replaced, usually nothing). */
  { kind: 'remove'; from: number; to: number; put: string } | { kind: 'ask' };

export function planUndo(current: string, ins: Insertion): UndoPlan {
  const at = locateInsertion(current, ins);
  if (at === null) return { kind: 'ask' };
  const put = ins.before.slice(ins.start, ins.end ?? ins.start);
  return { kind: 'remove', from: at, to: at + ins.text.length, put };
}
