import { insertTextIntoField } from 'text-field-edit';
import { planUndo, type Insertion } from '@/lib/chat/locate-insertion';

/**
 * One insertion of a template into a reply box, and its Undo. Every change goes through the browser's own
 * editing commands (`execCommand('insertText' | 'delete')`): the box fires `beforeinput`/`input` as if the
 * merchant had typed, so React/Vue state and rich editors' models (Lexical, ProseMirror/Tiptap, Quill) follow,
 * and the box's own Ctrl+Z knows the change. Text fields use the `text-field-edit` package (Refined GitHub's);
 * rich editors get the same command on the selection we set inside them (the package would move the focus to
 * the editable root and back, which some editors read as leaving).
 */
export interface InsertUndo {
  /**
   * `done`: the template is out, with whatever the merchant typed since kept. `ask`: the template was edited
   * (or is gone) since, so taking it out means putting the box back as it was: call again with `force`.
   */
  undo: (force?: boolean) => Promise<'done' | 'ask' | 'failed'>;
}

type TextBox = HTMLTextAreaElement | HTMLInputElement;

/**
 * Sets a textarea's value the way a user typing would be seen by React/Vue: the native setter (their
 * own setter on the instance would swallow it) followed by an `input` event. Only a fallback, for browsers
 * whose editing commands do not reach text fields: it does not go on the box's undo stack.
 */
export function setNativeValue(box: TextBox, value: string): void {
  const proto =
    box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(box, value);
  else box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The browser's own edit of the current selection: replaced by `text`, or deleted when `text` is empty. */
function command(doc: Document, text: string): boolean {
  try {
    // Deprecated, yet still the only way to edit as the user would (events + undo stack) in every browser.
    return text ? doc.execCommand('insertText', false, text) : doc.execCommand('delete', false);
  } catch {
    return false;
  }
}

/** Editors apply a command to their model and redraw in a microtask or a task: wait for that. */
const settle = () => new Promise<void>((done) => setTimeout(done, 30));

/** Replaces `from`–`to` of a text field with `text`, through the field's own editing when it can. */
function editField(box: TextBox, from: number, to: number, text: string): void {
  const expected = box.value.slice(0, from) + text + box.value.slice(to);
  if (from === to && !text) return;
  box.focus();
  box.setSelectionRange(from, to);
  try {
    insertTextIntoField(box, text);
  } catch {
    // Some pages replace `execCommand`; the value below is then set the fallback way.
  }
  if (box.value !== expected) setNativeValue(box, expected);
  box.setSelectionRange(from + text.length, from + text.length);
}

async function insertIntoTextBox(box: TextBox, text: string): Promise<InsertUndo> {
  const before = box.value;
  const start = box.selectionStart ?? before.length;
  const end = box.selectionEnd ?? before.length;
  editField(box, start, end, text);
  if (box.value !== before.slice(0, start) + text + before.slice(end))
    throw new Error('The reply box did not accept the text');
  const insertion: Insertion = { before, start, end, text };
  return {
    undo: async (force) => {
      const plan = planUndo(box.value, insertion);
      if (plan.kind === 'remove') editField(box, plan.from, plan.to, plan.put);
      else if (force) editField(box, 0, box.value.length, before);
      else return 'ask';
      return 'done';
    },
  };
}

/**
 * A rich editor's text as a flat string of its text nodes' characters, with where each character sits. Line
 * breaks are left out: editors draw them as blocks or `<br>`, not as characters, and each in its own way.
 */
interface Flat {
  text: string;
  spots: [Text, number][];
}
const IGNORED = /[\n\r\uFEFF\u200B]/;
/** A string as the flat text shows it. */
const flatOf = (s: string) => s.replace(/[\n\r\uFEFF\u200B]/g, '').replace(/\u00a0/g, ' ');

function flatten(editor: HTMLElement): Flat {
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let text = '';
  const spots: [Text, number][] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    for (let k = 0; k < node.data.length; k++) {
      const c = node.data.charAt(k);
      if (IGNORED.test(c)) continue;
      text += c === '\u00a0' ? ' ' : c;
      spots.push([node, k]);
    }
  }
  return { text, spots };
}

/** The editor's text with its line breaks (blocks and `<br>`), to put a box back as it was. */
function linesOf(editor: HTMLElement): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += (node as Text).data.replace(/[\uFEFF\u200B]/g, '');
    else if (node.nodeName === 'BR') out += '\n';
    else {
      const block = /^(DIV|P|LI|H[1-6]|BLOCKQUOTE|PRE)$/.test(node.nodeName);
      if (block && out && !out.endsWith('\n')) out += '\n';
      node.childNodes.forEach(walk);
    }
  };
  editor.childNodes.forEach(walk);
  return out.replace(/\n+$/, '').replace(/\u00a0/g, ' ');
}

/** The DOM range of flat characters `from`–`to` (to > from). */
function rangeOf(flat: Flat, from: number, to: number): Range | null {
  const a = flat.spots[from];
  const b = flat.spots[to - 1];
  if (!a || !b) return null;
  const range = a[0].ownerDocument.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1] + 1);
  return range;
}

function select(editor: HTMLElement, range: Range): void {
  editor.focus({ preventScroll: true });
  const selection = editor.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Edits a range of a rich editor through the editor's own input path (the selection, then the browser's
 * editing command, which the editor sees as `beforeinput`), so its model stays the one that is shown; only if
 * the editor ignores it, a plain DOM edit and an `input` event.
 */
async function editEditable(editor: HTMLElement, range: Range, text: string, expected: string) {
  const untouched = flatten(editor).text;
  select(editor, range);
  command(editor.ownerDocument, text);
  await settle();
  if (flatten(editor).text === expected) return true;
  if (flatten(editor).text !== untouched) return false;
  range.deleteContents();
  if (text) range.insertNode(editor.ownerDocument.createTextNode(text));
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return flatten(editor).text === expected;
}

/** The flat index of a DOM point inside `editor`. */
function flatIndex(editor: HTMLElement, node: Node, offset: number): number {
  const r = editor.ownerDocument.createRange();
  r.selectNodeContents(editor);
  r.setEnd(node, offset);
  return flatOf(r.toString()).length;
}

/**
 * Contenteditable editors: at the merchant's caret (`caret`, kept while they typed: clicking our button
 * moves the selection away), else at the end.
 */
async function insertIntoEditable(
  editor: HTMLElement,
  text: string,
  caret?: Range | null,
): Promise<InsertUndo> {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  const inside = (r: Range | null | undefined): r is Range =>
    !!r && editor.contains(r.startContainer) && editor.contains(r.endContainer);
  const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  let range = inside(caret) ? caret.cloneRange() : inside(current) ? current.cloneRange() : null;
  if (!range) {
    range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  const lines = linesOf(editor);
  const before = flatten(editor).text;
  const start = flatIndex(editor, range.startContainer, range.startOffset);
  const end = flatIndex(editor, range.endContainer, range.endOffset);
  const flatText = flatOf(text);
  const expected = before.slice(0, start) + flatText + before.slice(end);
  if (!(await editEditable(editor, range, text, expected)) && !flatten(editor).text.includes(flatText))
    throw new Error('The editor did not accept the text');
  const insertion: Insertion = { before, start, end, text: flatText };
  return {
    undo: async (force) => {
      const now = flatten(editor);
      const plan = planUndo(now.text, insertion);
      if (plan.kind === 'remove') {
        const target = rangeOf(now, plan.from, plan.to);
        const want = now.text.slice(0, plan.from) + plan.put + now.text.slice(plan.to);
        return target && (await editEditable(editor, target, plan.put, want)) ? 'done' : 'failed';
      }
      if (!force) return 'ask';
      const all = doc.createRange();
      all.selectNodeContents(editor);
      return (await editEditable(editor, all, lines, before)) ? 'done' : 'failed';
    },
  };
}

/** Inserts plain text at the caret of a reply box and confirms it is there. */
export function insertText(box: HTMLElement, text: string, caret?: Range | null): Promise<InsertUndo> {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement)
    return insertIntoTextBox(box, text);
  return insertIntoEditable(box, text, caret);
}
