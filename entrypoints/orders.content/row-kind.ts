import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import type { BadgeSpot } from './badge-lines';

/*
 * The kind of list a row belongs to, for placement.ts: rows of one kind get their badges placed alike, measured
 * once on the first of them. Told from the page's DOM and the window's last width only, never its layout.
 */

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

/** Child elements that are the page's, not ours (a badge already inline does not make its line another kind). */
function ownChildren(el: Element): number {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!c.hasAttribute(OWN_UI_ATTR)) n++;
  return n;
}

/**
 * The window's size, as last read while the page's layout was fresh (a batch's read step): reading
 * `innerWidth` after the page or a badge changed would make the browser lay the page out first.
 */
let viewWidth = innerWidth;
let viewHeight = innerHeight;
export function noteViewWidth(): void {
  viewWidth = innerWidth;
  viewHeight = innerHeight;
}
/** The window's height as last read while the layout was fresh (the first screen must not read it). */
export const lastViewHeight = () => viewHeight;

/** The kind of list a row belongs to: the elements around its number, and the window's width. */
export function kindOf(row: Element, idElement: Element, spot: BadgeSpot): string {
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
    viewWidth,
    line ? ownChildren(line) : 0,
  ].join('|');
}
