import { foldBadge, type BadgeForm } from '@/components/risk-badge';
import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import { snapshot, unchanged } from './page-text-probe';

/**
 * Where a badge goes so that the page's own text never re-wraps (issue 20.4): inline next to the order number
 * when that line has room for it, else on a line of its own (≤ 24 px) in the nearest container that lays out
 * block lines. Whether a line has room is measured once per kind of list (the same elements around the number,
 * the same window width) on its first row, not per row: the page's text is measured, the badge put inline
 * (made as wide as its widest state: a pending-report note and the buttons), and the text measured again.
 * On a line of its own, the same row says whether the full badge and its buttons fit the line's width; if not,
 * the badge shows its short form (the countdown alone), or its dot when even that does not fit, and its words
 * and actions are in its menu (risk-badge.ts): nothing is clipped.
 */

/** Where the inline badge goes: inside the number's element (a table cell, a flex or grid item) or after it. */
export type BadgeSpot = 'inside' | 'after';

/** The widest a badge gets beyond what it shows now: a pending-report note ("Delay report pending"). */
const PROBE_EXTRA_PX = 150;
/** The room a short form keeps for other rows' longer countdowns (`21h 59m` where the probe said `9m`). */
const SHORT_SLACK_PX = 12;

export interface Placement {
  /** `compact`: in a table that keeps its rows at one height and has no room, the badge is its coloured dot. */
  mode: 'inline' | 'line' | 'compact';
  /** A line of its own starts where the number does (px from its container's content edge). */
  indent?: number;
  /** How a badge on a line of its own shows: in full, short, or as its dot. */
  form?: BadgeForm;
}

const decided = new Map<string, Placement>();

const FLOW = new Set(['block', 'list-item', 'table-cell', 'flow-root']);
const isFlexOrGrid = (display: string) => display.includes('flex') || display.includes('grid');

/** Elements that are inline by default: the line a number is on is the first element around it that is not one. */
const INLINE_TAGS = new Set([
  'SPAN',
  'EM',
  'B',
  'I',
  'STRONG',
  'A',
  'FONT',
  'SMALL',
  'LABEL',
  'CODE',
  'U',
  'S',
]);

/** The kind of list a row belongs to: the elements around its number, and the window's width. */
function kindOf(row: Element, idElement: Element, spot: BadgeSpot): string {
  const name = (e: Element | null) => (e ? `${e.tagName}.${e.getAttribute('class') ?? ''}` : '');
  // A line holding more pieces than its neighbours' (an extra 最晚发货时间 on one order's header line) has less
  // room: it is measured on its own.
  let line: Element | null = spot === 'inside' ? idElement : idElement.parentElement;
  while (line && line !== row && INLINE_TAGS.has(line.tagName)) line = line.parentElement;
  return [
    name(row),
    name(idElement),
    name(idElement.parentElement),
    spot,
    innerWidth,
    line?.childElementCount,
  ].join('|');
}

/**
 * The line of its own: in the nearest container around the number that lays out block lines and whose width
 * does not come from its content's (not a flex or grid item); after the block that holds the number, or at
 * the container's end when the number sits in a run of text (a block inside the run would split it).
 */
function lineSpot(
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

/**
 * Whether the badge and its buttons, with room for their widest state, end inside every box around them that
 * clips (a grid cell with `overflow: hidden; white-space: nowrap` hides a badge rather than wrapping it).
 */
function unclipped(host: Element, row: Element): boolean {
  const buttons = buttonsAfter(host);
  const right = (buttons.at(-1) ?? host).getBoundingClientRect().right + PROBE_EXTRA_PX;
  for (let el = host.parentElement; el; el = el.parentElement) {
    if (
      getComputedStyle(el).overflowX !== 'visible' &&
      right > el.getBoundingClientRect().right - el.clientLeft + 0.5
    )
      return false;
    if (el === row) break;
  }
  return true;
}

const NO_DESCENT = new Set(['A', 'BUTTON', 'LABEL', 'INPUT', 'SELECT', 'TEXTAREA']);

/**
 * Where inside a cell the number's text is: a cell that only wraps one element (Element UI's `td > div.cell`)
 * gets the badge inside that element, on the number's line, not on a line after it. Never inside a link or
 * a button (a click on the badge would follow it).
 */
function innermost(el: Element): Element {
  for (;;) {
    const only = el.firstElementChild;
    if (!only || only !== el.lastElementChild || NO_DESCENT.has(only.tagName)) return el;
    for (let n = el.firstChild; n; n = n.nextSibling)
      if (n.nodeType === Node.TEXT_NODE && n.nodeValue?.trim()) return el;
    el = only;
  }
}

/** Puts the badge inline next to the number. */
function putInline(host: HTMLElement, idElement: Element, spot: BadgeSpot): void {
  if (spot === 'inside') innermost(idElement).append(host);
  else idElement.after(host);
}

/** Puts the badge on a line of its own; the line goes when the badge does (risk-badge.ts). */
function putOnLine(host: HTMLElement, row: Element, idElement: Element, indent: number): void {
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
function indentOf(row: Element, idElement: Element): number {
  const { parent, block } = lineSpot(row, idElement);
  if (!block) return 0;
  const edge = parent.getBoundingClientRect().left + parent.clientLeft;
  const pad = (e: Element) => parseFloat(getComputedStyle(e).paddingLeft) || 0;
  const x = block.getBoundingClientRect().left + block.clientLeft + pad(block) - edge - pad(parent);
  return Math.round(Math.min(Math.max(x, 0), 240));
}

/**
 * Places a badge whose inline spot was chosen while the pass read (`spot`). `withButtons` puts the buttons
 * after it. The first row of a kind is probed; later rows of that kind follow its answer.
 */
export function placeBadge(
  host: HTMLElement,
  row: Element,
  idElement: Element,
  spot: BadgeSpot,
  withButtons: () => void,
  fixedHeight: boolean,
): void {
  // Rows with buttons (orders at risk) and rows without are measured apart: the buttons take room too.
  const kind = `${kindOf(row, idElement, spot)}|${withoutLayout(host, idElement, spot, withButtons)}`;
  const known = decided.get(kind);
  if (known) {
    if (known.mode === 'line') {
      moveToLine(host, row, idElement, known.indent ?? 0);
      foldBadge(host, buttonsAfter(host), known.form ?? 'full');
    } else if (known.mode === 'compact') compact(host);
    return;
  }
  // The first row of its kind: measured without the badge, then with it.
  for (const b of buttonsAfter(host)) b.remove();
  host.remove();
  const before = snapshot(row);
  putInline(host, idElement, spot);
  withButtons();
  host.style.setProperty('margin-right', `${PROBE_EXTRA_PX}px`, 'important');
  const fits = unchanged(before, snapshot(row)) && unclipped(host, row);
  host.style.removeProperty('margin-right');
  if (!host.getAttribute('style')) host.removeAttribute('style');
  if (fits) {
    decided.set(kind, { mode: 'inline' });
    probed?.(lineSpot(row, idElement).parent);
    return;
  }
  if (fixedHeight) {
    // A table that keeps its rows at one height (fixed columns, virtual lists): never a line of its own.
    decided.set(kind, { mode: 'compact' });
    compact(host);
    return;
  }
  const indent = indentOf(row, idElement);
  moveToLine(host, row, idElement, indent);
  const form = lineForm(host);
  decided.set(kind, { mode: 'line', indent, form });
  probed?.(lineSpot(row, idElement).parent);
}

/**
 * How the probe row's badge shows on its line: in full when it and its buttons, with room for their widest
 * state, end inside the line; else short when the countdown alone (with room for a longer one) does; else its dot.
 */
function lineForm(host: HTMLElement): BadgeForm {
  const end = (host.parentElement as Element).getBoundingClientRect().right + 0.5;
  const buttons = buttonsAfter(host);
  const gap = (el: Element) => parseFloat(getComputedStyle(el).marginRight) || 0;
  const last = buttons.at(-1) ?? host;
  if (last.getBoundingClientRect().right + gap(last) + PROBE_EXTRA_PX <= end) return 'full';
  foldBadge(host, buttons, 'short');
  if (host.getBoundingClientRect().right + SHORT_SLACK_PX <= end) return 'short';
  foldBadge(host, buttons, 'dot');
  return 'dot';
}

/** Puts the badge and its buttons inline (DOM only, no layout read); returns how many buttons it has. */
function withoutLayout(
  host: HTMLElement,
  idElement: Element,
  spot: BadgeSpot,
  withButtons: () => void,
): number {
  putInline(host, idElement, spot);
  withButtons();
  return buttonsAfter(host).length;
}

/** Moves a placed badge and its buttons to a line of their own. */
function moveToLine(host: HTMLElement, row: Element, idElement: Element, indent: number): void {
  const buttons = buttonsAfter(host);
  host.remove();
  for (const b of buttons) b.remove();
  putOnLine(host, row, idElement, indent);
  host.after(...buttons);
}

const buttonsAfter = (host: Element) => {
  const buttons: Element[] = [];
  for (let b = host.nextElementSibling; b?.tagName === 'SD-ACT'; b = b.nextElementSibling) buttons.push(b);
  return buttons;
};

/** The badge as its coloured dot (its words and actions in its menu), its buttons hidden. */
function compact(host: HTMLElement): void {
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

/**
 * Told the element whose width a probe's answer depends on (the block holding the number's line, where a line
 * of its own goes): resize.ts watches it (a number's inline element would report no size).
 */
let probed: ((el: Element) => void) | undefined;
export const onProbed = (watch: ((el: Element) => void) | undefined) => (probed = watch);

/** Forget what was measured: the window or a column changed width (resize.ts), and tests. */
export const forgetPlacements = () => decided.clear();
