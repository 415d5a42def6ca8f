import { OWN_UI_ATTR } from '@/lib/orders/own-ui';

/*
 * What the one-row probe of placement.ts compares: the page's own text before and after a badge goes on, so a
 * placement that re-wraps, splits or squeezes the merchant's text is refused.
 */

/** Text nodes and elements compared per probe: a row's own, never a whole page. */
const PROBE_LIMIT = 400;

/** Each text node's line count and each element's width under `scope` (our own UI left out). */
export interface Snapshot {
  lines: number[];
  widths: number[];
  height: number;
}

export function snapshot(scope: Element): Snapshot {
  const height = scope.getBoundingClientRect().height;
  const lines: number[] = [];
  const widths: number[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) =>
      n.nodeType === Node.ELEMENT_NODE && (n as Element).hasAttribute(OWN_UI_ATTR)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const range = document.createRange();
  for (let n = walker.nextNode(); n && lines.length + widths.length < PROBE_LIMIT; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      widths.push((n as Element).getBoundingClientRect().width);
      continue;
    }
    if (!n.nodeValue?.trim()) continue;
    range.selectNodeContents(n);
    const tops = new Set<number>();
    for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
    lines.push(tops.size);
  }
  return { lines, widths, height };
}

/** Whether the page's text under `scope` kept its lines and no element got narrower. */
export function unchanged(before: Snapshot, after: Snapshot): boolean {
  if (before.lines.length !== after.lines.length || after.height > before.height + 0.5) return false;
  for (let i = 0; i < before.lines.length; i++)
    if ((after.lines[i] as number) > (before.lines[i] as number)) return false;
  for (let i = 0; i < before.widths.length; i++)
    if ((after.widths[i] ?? 0) < (before.widths[i] as number) - 0.5) return false;
  return true;
}
