import { foldWidth } from '../time/china-time';
import { OWN_UI_ATTR } from './own-ui';

/** A piece of visible text and the element that holds it. */
export interface Segment {
  /** Width-folded (`，` → `,`, full-width digits → ASCII) for matching and parsing. */
  text: string;
  /** The same characters as the page shows them, for text we hand back to the merchant (remarks). */
  raw: string;
  el: Element;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'BUTTON']);

/**
 * A dialog over the list (JD's reminder reply: "买家催发货，订单号：…") names an order but is not an order row: its
 * text is never read as one (it would get a "No deadline" badge).
 */
const DIALOG_CLASS = /modal|dialog/i;
const isDialog = (el: Element) => {
  const role = el.getAttribute('role');
  return (
    role === 'dialog' ||
    role === 'alertdialog' ||
    el.getAttribute('aria-modal') === 'true' ||
    DIALOG_CLASS.test(el.getAttribute('class') ?? '')
  );
};

const isSkipped = (el: Element) =>
  SKIP.has(el.tagName) ||
  el.hasAttribute(OWN_UI_ATTR) ||
  el.getAttribute('aria-hidden') === 'true' ||
  isDialog(el);

const NON_BLANK = /\S/;

/** Elements whose text the merchant never sees (PDD cells hold inline `<style>` blocks: CSS in `textContent`). */
const HIDDEN_TEXT = 'style, script, template, noscript';

/**
 * An element's text as the merchant sees it: `textContent` without the text of style, script, template and
 * noscript elements inside it. Cheap on the common element: CSS and scripts need `{`, so a text without one is
 * returned as it is, and only an element that really holds such a child is walked.
 */
export function shownText(el: Element | null | undefined): string {
  const text = el?.textContent ?? '';
  if (!el || !text.includes('{') || !el.querySelector(HIDDEN_TEXT)) return text;
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let hidden = false;
    for (let e = node.parentElement; e && e !== el.parentElement; e = e.parentElement)
      if (HIDDEN_TAGS.has(e.tagName)) {
        hidden = true;
        break;
      }
    if (!hidden) out += node.nodeValue ?? '';
  }
  return out;
}
const HIDDEN_TAGS = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);
const SPACES = /\s+/g;
/** Whitespace other than single plain spaces: only such text needs rewriting. */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * The text with every whitespace run as one space, trimmed. Most texts already are: they are returned as they
 * are, without a new string (this runs for every piece of text of every row read).
 */
export const normal = (s: string | null) => {
  const text = s ?? '';
  const spaced = ODD_SPACE.test(text) ? text.replace(SPACES, ' ') : text;
  const last = spaced.length - 1;
  return last >= 0 && (spaced.charCodeAt(0) === 32 || spaced.charCodeAt(last) === 32)
    ? spaced.trim()
    : spaced;
};

/** NodeFilter.SHOW_TEXT, spelled out: lib/ must not rely on page globals. */
export const SHOW_TEXT = 4;

/** One text node as a segment, or null when it is blank or inside something never read (scripts, our UI). */
export function segmentOf(node: Node, root: Element): Segment | null {
  const raw = node.nodeValue;
  const el = node.parentElement;
  if (!raw || !el || !NON_BLANK.test(raw)) return null;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isSkipped(e)) return null;
  const shown = normal(raw);
  return { text: foldWidth(shown), raw: shown, el };
}

/**
 * Non-empty text pieces below `root`, in document order, width-folded and trimmed. The browser's own
 * text-node walker does the traversal (touching elements from script is what costs, thousands of rows at a
 * time); ancestors are checked once per element for hidden, scripted or own subtrees.
 */
export function segments(root: Element): Segment[] {
  const out: Segment[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let lastEl: Element | null = null;
  let lastSkipped = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue;
    if (!raw || !NON_BLANK.test(raw)) continue;
    const el = node.parentElement;
    if (!el) continue;
    if (el !== lastEl) {
      lastEl = el;
      lastSkipped = false;
      for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
        if (isSkipped(e)) {
          lastSkipped = true;
          break;
        }
      }
    }
    if (lastSkipped) continue;
    // \s covers U+3000 and U+00A0, so folding after collapsing keeps `raw` and `text` index-aligned.
    const shown = normal(raw);
    out.push({ text: foldWidth(shown), raw: shown, el });
  }
  return out;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive alternation, longest words first. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .map((w) => foldWidth(w))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * An order number, in a value a label or column header names as one: letters, digits, `-` and `_`, not a date
 * and not part of a masked phone number (`138****1234`). Inside longer text it needs 6+ characters with 5+
 * digits (the platforms' numbers; product words such as `256G` are not). A value that is nothing but the number
 * (a cell under "Order No.", `#1001`) may be shorter: 3+ digits (`1001`, `SO-1001`, `ORD-A7F3K9`).
 */
const ID_TOKEN = /[A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]/g;
const DATE_LIKE = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}|^\d{1,2}[-/]\d{1,2}$/;
const WHOLE_VALUE = /^\s*(?:#|No\.?\s*)?([A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9])\s*$/i;
export const digitCount = (token: string) => {
  let digits = 0;
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) >= 48 && token.charCodeAt(i) <= 57) digits++;
  return digits;
};
export function findIdToken(text: string): string | null {
  const folded = foldWidth(text);
  // The platforms' long numbers first: the common case, and the one read for every row of a long list.
  ID_TOKEN.lastIndex = 0;
  for (let m = ID_TOKEN.exec(folded); m; m = ID_TOKEN.exec(folded)) {
    const token = m[0];
    if (token.length < 6 || digitCount(token) < 5) continue;
    if (folded[m.index - 1] === '*' || folded[m.index + token.length] === '*') continue;
    if (DATE_LIKE.test(token)) continue;
    return token;
  }
  const whole = WHOLE_VALUE.exec(folded)?.[1];
  return whole && digitCount(whole) >= 3 && !DATE_LIKE.test(whole) ? whole : null;
}

/** The number in `1,299.50`, `1.299,50`, `32,50`, `35.00`: the last separator is decimal unless it groups thousands. */
function parseNumber(token: string): number | null {
  const lastComma = token.lastIndexOf(',');
  const lastDot = token.lastIndexOf('.');
  let normal = token;
  if (lastComma >= 0 && lastDot >= 0) {
    normal = lastComma > lastDot ? token.replace(/\./g, '').replace(',', '.') : token.replace(/,/g, '');
  } else if (lastComma >= 0) {
    normal = /^\d{1,3}(,\d{3})+$/.test(token) ? token.replace(/,/g, '') : token.replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3}){2,}$/.test(token)) {
    normal = token.replace(/\./g, '');
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** `¥1,299.50`, `￥ 35`, `35.00 元`, `€ 32,50` → a number; null when there is no amount. */
export function parseAmount(text: string): number | null {
  // The same text is often parsed twice in a row (a platform's selector and the generic reading of one row).
  if (text === lastAmountText) return lastAmount;
  lastAmount = amountIn(text);
  lastAmountText = text;
  return lastAmount;
}
let lastAmountText: string | undefined;
let lastAmount: number | null = null;

function amountIn(text: string): number | null {
  const m = /-?\d[\d.,]*/.exec(foldWidth(text));
  if (!m) return null;
  const token = m[0].replace(/[.,]+$/, '');
  const sign = token.startsWith('-') ? -1 : 1;
  const value = parseNumber(token.replace('-', ''));
  return value === null ? null : sign * value;
}
