import { createRiskBadge } from '@/components/risk-badge';
import type { Locale, Translate } from '@/lib/i18n/translate';
import { createPlanReader, findOrderBlocks, readContext } from '@/lib/orders';
import type { Platform } from '@/lib/platforms/types';
import { assess } from '@/lib/rules/assess';
import { badgeFace } from '@/lib/rules/explain';
import type { Rule } from '@/lib/rules/types';
import type { PageSettings } from '@/lib/settings/page';
import { formatWallClock } from '@/lib/time/china-time';

/**
 * Reads made-up orders (a table of a dozen rows and a labelled card) in a detached document while the page
 * is idle.
 * The first real reading would otherwise pay for compiling the readers' patterns, the number formatters and
 * the JIT — tens of milliseconds on the merchant's first list render. Nothing is added to the page.
 */
export function warmUp(
  platform: Platform,
  rules: readonly Rule[],
  settings: PageSettings,
  t: Translate,
  locale: Locale,
) {
  const now = Date.now();
  const at = (h: number) => formatWallClock(now + h * 3_600_000, settings.pageTimeZone);
  const doc = document.implementation.createHTMLDocument('');
  const table = doc.createElement('table');
  const head = table.createTHead().insertRow();
  const body = table.createTBody();
  for (const label of ['订单号', '下单时间', '承诺发货时间', '订单状态', '实收金额'])
    head.insertCell().textContent = label;
  // Enough rows of one list for a reading plan to be learnt, checked and used.
  for (let i = 1; i <= 12; i++) {
    const row = body.insertRow();
    for (const text of [`26112${i}0000000${i}`, at(-20), at((i % 5) - 2), '待发货', '¥12.50'])
      row.insertCell().textContent = text;
  }
  const card = doc.createElement('div');
  card.textContent = `订单编号：2611230000009 下单时间：${at(-30)} 等待出库 Order No.: SO-123456`;
  doc.body.append(table, card);
  const read = readContext({ now, zone: settings.pageTimeZone });
  const reader = createPlanReader(platform);
  for (const block of findOrderBlocks(doc.body, platform).blocks) {
    const text = block.parts.map((p) => p.textContent).join('');
    const a = assess(reader.read(block, text, read), rules, settings, now);
    badgeFace(a, { t, locale, rules });
  }
  createRiskBadge().set({ level: 'ok', text: '', short: '', label: '', actions: [] });
}
