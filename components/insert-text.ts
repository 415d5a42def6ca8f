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

/** Contenteditable editors: a text node at the caret (never HTML), then an `input` event. */
function insertIntoEditable(editor: HTMLElement, text: string): InsertUndo {
  const before = Array.from(editor.childNodes, (n) => n.cloneNode(true));
  editor.focus();
  const selection = editor.ownerDocument.getSelection();
  let range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (!range || !editor.contains(range.commonAncestorContainer)) {
    range = editor.ownerDocument.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  range.deleteContents();
  const node = editor.ownerDocument.createTextNode(text);
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  if (!(editor.textContent ?? '').includes(text)) throw new Error('The editor did not accept the text');
  return {
    undo: () => {
      editor.replaceChildren(...before);
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'historyUndo' }));
    },
  };
}

/** Inserts plain text at the caret of a reply box and confirms it is there. */
export function insertText(box: HTMLElement, text: string): InsertUndo {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement)
    return insertIntoTextBox(box, text);
  return insertIntoEditable(box, text);
}
