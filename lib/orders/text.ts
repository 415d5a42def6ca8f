import { foldWidth } from '../time/china-time';

/** A piece of visible text and the element that holds it. */
export interface Segment {
  /** Width-folded (`，` → `,`, full-width digits → ASCII) for matching and parsing. */
  text: string;
  /** The same characters as the page shows them, for text we hand back to the merchant (remarks). */
  raw: string;
  el: Element;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: lib/ must not rely on page globals
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'BUTTON']);

/** Our own UI (badges) carries this attribute; the readers never read it back. */
export const OWN_UI_ATTR = 'data-sd-ui';

function skipped(el: Element | null, root: Element): boolean {
  for (let e = el; e && e !== root; e = e.parentElement) {
    if (SKIP.has(e.tagName) || e.hasAttribute(OWN_UI_ATTR) || e.getAttribute('aria-hidden') === 'true')
      return true;
  }
  return false;
}

/** Non-empty text pieces below `root`, in document order, width-folded and trimmed. */
export function segments(root: Element): Segment[] {
  const out: Segment[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue;
    if (!raw || !raw.trim()) continue;
    const el = node.parentElement;
    if (!el || skipped(el, root)) continue;
    // \s covers U+3000 and U+00A0, so folding after collapsing keeps `raw` and `text` index-aligned.
    const shown = raw.replace(/\s+/g, ' ').trim();
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

/** An order number: 6+ letters/digits/dashes with at least 5 digits, not a date or a masked phone. */
const ID_TOKEN = /[A-Za-z0-9][A-Za-z0-9_-]{4,}[A-Za-z0-9]/g;
export function findIdToken(text: string): string | null {
  for (const [token] of foldWidth(text).matchAll(ID_TOKEN)) {
    const digits = token.replace(/\D/g, '').length;
    if (digits < 5) continue;
    if (/^\d{4}[-/]\d{1,2}[-/]\d{1,2}/.test(token)) continue;
    return token;
  }
  return null;
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
  const m = /-?\d[\d.,]*/.exec(foldWidth(text));
  if (!m) return null;
  const token = m[0].replace(/[.,]+$/, '');
  const sign = token.startsWith('-') ? -1 : 1;
  const value = parseNumber(token.replace('-', ''));
  return value === null ? null : sign * value;
}
