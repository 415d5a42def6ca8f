/** What a box held before an insertion, so it can be put back exactly. */
export interface InsertUndo {
  undo: () => void;
}

type TextBox = HTMLTextAreaElement | HTMLInputElement;

/**
 * Sets a textarea's value the way a user typing would be seen by React/Vue: the native setter (their
 * own setter on the instance would swallow it) followed by an `input` event.
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

function insertIntoTextBox(box: TextBox, text: string): InsertUndo {
  const before = box.value;
  const start = box.selectionStart ?? before.length;
  const end = box.selectionEnd ?? before.length;
  const next = before.slice(0, start) + text + before.slice(end);
  setNativeValue(box, next);
  box.focus();
  box.setSelectionRange(start + text.length, start + text.length);
  if (box.value !== next) throw new Error('The reply box did not accept the text');
  return { undo: () => setNativeValue(box, before) };
}

/**
 * Contenteditable editors: at the merchant's caret (`caret`, kept while they typed: clicking our button
 * moves the selection away), else at the end. First through the browser's own text insertion, which fires
 * `beforeinput`/`input` as typing does, so rich editors (Slate, Lexical, Draft) update their own state; if the
 * editor refuses it, a text node (never HTML) and an `input` event.
 */
function insertIntoEditable(editor: HTMLElement, text: string, caret?: Range | null): InsertUndo {
  const doc = editor.ownerDocument;
  const before = Array.from(editor.childNodes, (n) => n.cloneNode(true));
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
  editor.focus({ preventScroll: true });
  selection?.removeAllRanges();
  selection?.addRange(range);
  const textBefore = editor.textContent ?? '';
  let viaBrowser = false;
  try {
    // Deprecated but still the one way to insert as the user would; inserts text only.
    viaBrowser = doc.execCommand('insertText', false, text);
  } catch {
    viaBrowser = false;
  }
  if (!viaBrowser || (editor.textContent ?? '') === textBefore) {
    range.deleteContents();
    const node = doc.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  if (!(editor.textContent ?? '').replace(/\s+/g, '').includes(text.replace(/\s+/g, '')))
    throw new Error('The editor did not accept the text');
  return {
    undo: () => {
      editor.replaceChildren(...before);
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'historyUndo' }));
    },
  };
}

/** Inserts plain text at the caret of a reply box and confirms it is there. */
export function insertText(box: HTMLElement, text: string, caret?: Range | null): InsertUndo {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement)
    return insertIntoTextBox(box, text);
  return insertIntoEditable(box, text, caret);
}
