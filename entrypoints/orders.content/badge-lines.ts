import { foldBadge } from '@/components/risk-badge';
import { OWN_UI_ATTR } from '@/lib/orders/own-ui';

/*
 * Where a badge goes in the page's DOM, once placement.ts has decided how it shows: inline next to the order
 * number, or on a line of its own (sd-line) in the nearest container that lays out block lines.
 */

/** Where the inline badge goes: inside the number's element (a table cell, a flex or grid item) or after it. */
export type BadgeSpot = 'inside' | 'after';

const FLOW = new Set(['block', 'list-item', 'table-cell', 'flow-root']);
export const isFlexOrGrid = (display: string) => display.includes('flex') || display.includes('grid');

/**
 * The line of its own: in the nearest container around the number that lays out block lines and whose width
 * does not come from its content's (not a flex or grid item); after the block that holds the number, or at
 * the container's end when the number sits in a run of text (a block inside the run would split it).
 */
export function lineSpot(
  row: Element,
  idElement: Element,
): { parent: Element; before: Node | null; block?: Element } {
  let child: Element = idElement;
  let fallback: Element | undefined;
  for (let el: Element | null = idElement; el; el = el.parentElement) {
    const display = getComputedStyle(el).display;
    const parent = el.parentElement;
    const item = !!parent && isFlexOrGrid(getComputedStyle(parent).display);
    if (display === 'table-cell' || (FLOW.has(display) && !item)) {
      if (el === child) return { parent: el, before: null };
      const own = getComputedStyle(child).display;
      const blockLevel = !own.startsWith('inline') && own !== 'contents';
      return blockLevel
        ? { parent: el, before: child.nextSibling, block: child }
        : { parent: el, before: null };
    }
    if (FLOW.has(display) || display === 'inline-block') fallback ??= el;
    if (el === row) break;
    child = el;
  }
  return { parent: fallback ?? row, before: null };
}

const NO_DESCENT = new Set(['A', 'BUTTON', 'LABEL', 'INPUT', 'SELECT', 'TEXTAREA']);

/**
 * Where inside a cell the number's text is: a cell that only wraps one element (Element UI's `td > div.cell`)
 * gets the badge inside that element, on the number's line, not on a line after it. Never inside a link or
 * a button (a click on the badge would follow it).
 */
export function innermost(el: Element): Element {
  for (;;) {
    const only = el.firstElementChild;
    if (!only || only !== el.lastElementChild || NO_DESCENT.has(only.tagName)) return el;
    for (let n = el.firstChild; n; n = n.nextSibling)
      if (n.nodeType === Node.TEXT_NODE && n.nodeValue?.trim()) return el;
    el = only;
  }
}

/** Puts the badge inline next to the number. */
export function putInline(host: HTMLElement, idElement: Element, spot: BadgeSpot): void {
  if (spot === 'inside') innermost(idElement).append(host);
  else idElement.after(host);
}

/** Puts the badge on a line of its own; the line goes when the badge does (risk-badge.ts). */
export function putOnLine(host: HTMLElement, row: Element, idElement: Element, indent: number): void {
  const line = document.createElement('sd-line');
  line.setAttribute(OWN_UI_ATTR, '');
  if (indent > 0) line.style.setProperty('padding-inline-start', `${indent}px`, 'important');
  const { parent, before } = lineSpot(row, idElement);
  parent.insertBefore(line, before);
  line.append(host);
}

/**
 * Where the line starts: where the text of the block holding the number starts (a card's header line and its
 * padding), or the container's own content edge (px, measured on a kind's first row).
 */
export function indentOf(row: Element, idElement: Element): number {
  const { parent, block } = lineSpot(row, idElement);
  if (!block) return 0;
  const edge = parent.getBoundingClientRect().left + parent.clientLeft;
  const pad = (e: Element) => parseFloat(getComputedStyle(e).paddingLeft) || 0;
  const x = block.getBoundingClientRect().left + block.clientLeft + pad(block) - edge - pad(parent);
  return Math.round(Math.min(Math.max(x, 0), 240));
}

/** Moves a placed badge and its buttons to a line of their own. */
export function moveToLine(host: HTMLElement, row: Element, idElement: Element, indent: number): void {
  const buttons = buttonsAfter(host);
  host.remove();
  for (const b of buttons) b.remove();
  putOnLine(host, row, idElement, indent);
  host.after(...buttons);
}

export const buttonsAfter = (host: Element) => {
  const buttons: Element[] = [];
  for (let b = host.nextElementSibling; b?.tagName === 'SD-ACT'; b = b.nextElementSibling) buttons.push(b);
  return buttons;
};

/** The badge as its coloured dot (its words and actions in its menu), its buttons hidden. */
export function compact(host: HTMLElement): void {
  foldBadge(host, buttonsAfter(host), 'dot');
}

/** Takes a placed badge, its buttons and its own line off the page, shown in full again (to be placed anew). */
export function unplaceBadge(host: HTMLElement): void {
  const buttons = buttonsAfter(host);
  const line = host.parentElement?.tagName === 'SD-LINE' ? host.parentElement : null;
  foldBadge(host, buttons, 'full');
  host.remove();
  for (const b of buttons) b.remove();
  line?.remove();
}
