import { adapters } from '../platforms/adapters';
import type { Platform } from '../platforms/types';
import { labelledValues } from './labels';
import { segments } from './text';

/**
 * What the merchant can paste into a support request when a page is not recognised: the page's
 * shape (address without query, selector hits, tables, which labels were found), never its content —
 * no order numbers, names, addresses or amounts.
 */
export function diagnose(root: Element, platform: Platform, href: string, version: string): string {
  let place = '(unknown address)';
  try {
    const url = new URL(href);
    place = `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    // Keep the placeholder: the address itself is not needed to diagnose the layout.
  }
  const adapter = adapters[platform];
  const selectors = [...(adapter?.blocks ?? []), ...Object.values(adapter?.fields ?? {}).flat()].map(
    (s) => `  ${s.selector} (${s.since}): ${root.querySelectorAll(s.selector).length}`,
  );
  const fields = new Map<string, number>();
  for (const v of labelledValues(segments(root))) fields.set(v.field, (fields.get(v.field) ?? 0) + 1);
  const headers = Array.from(root.querySelectorAll('th')).length;
  return [
    `Seller Desk ${version} — page not recognised`,
    `page: ${place}`,
    `platform: ${platform}`,
    `tables: ${root.querySelectorAll('table').length}, rows: ${root.querySelectorAll('tr').length}, header cells: ${headers}`,
    `labels found: ${[...fields].map(([f, n]) => `${f}×${n}`).join(', ') || 'none'}`,
    'selectors:',
    ...(selectors.length ? selectors : ['  (generic reader only)']),
  ].join('\n');
}
