import { OWN_UI_ATTR } from '@/lib/orders/own-ui';

const sheets = new Map<string, CSSStyleSheet>();

/** One constructed stylesheet per CSS text, shared by every shadow root that uses it (2,000 badges, one sheet). */
function sheetFor(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/** Adds a stylesheet to a shadow root (after those it has): the one shared sheet, else a `<style>` of its own. */
export function addStyles(root: ShadowRoot, css: string): void {
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheetFor(css)];
  } catch {
    // Firefox content scripts cannot always hand their own sheets to the page's shadow roots.
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/**
 * A light-DOM host marked as ours, with a shadow root that isolates our styles from the page's and
 * the page's from ours. Readers skip anything carrying OWN_UI_ATTR.
 */
export function createShadowHost(tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(OWN_UI_ATTR, '');
  const root = host.attachShadow({ mode: 'open' });
  addStyles(root, css);
  return { host, root };
}
