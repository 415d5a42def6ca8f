import { OWN_UI_ATTR } from '@/lib/orders/own-ui';

/** Gives the page one more stylesheet of ours: adopted by the document, or a style element. */
export function adoptCss(doc: Document, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts cannot always hand their own sheets to the page.
    const style = doc.createElement('style');
    style.setAttribute(OWN_UI_ATTR, '');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
  }
}
