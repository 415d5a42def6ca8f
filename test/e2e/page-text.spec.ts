import { expect, test } from './fixtures';
import { forEveryList } from './list-pages';

/**
 * Issue 20.4: Seller Desk never re-wraps or splits the page's own text. On every order-list fixture and demo
 * list, at 1280 and 1024 px, in every UI language, the page's text is measured with the badges and again with
 * them taken out of the layout (display: none): no text node may take more lines, no page element may get
 * narrower, and a badge on a line of its own adds at most 24 px.
 */

interface TextBox {
  text: string;
  lines: number;
}

/** Every page text node's line count and every page element's width; our own UI left out. */
function measure(): { texts: TextBox[]; widths: number[]; height: number; lines: number[] } {
  const own = (n: Node) =>
    !!(n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement)?.closest(
      '[data-sd-ui], sd-notice',
    );
  const texts: TextBox[] = [];
  const widths: number[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (own(n)) continue;
    if (n.nodeType === Node.ELEMENT_NODE) {
      widths.push((n as Element).getBoundingClientRect().width);
      continue;
    }
    if (!n.nodeValue?.trim()) continue;
    range.selectNodeContents(n);
    const tops = new Set<number>();
    for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
    texts.push({ text: n.nodeValue.trim().slice(0, 40), lines: tops.size });
  }
  const lines = [...document.querySelectorAll('sd-line')].map((l) => l.getBoundingClientRect().height);
  return { texts, widths, height: document.documentElement.scrollHeight, lines };
}

const HIDE =
  'html body [data-sd-ui], html body sd-badge[data-sd-ui], html body sd-act[data-sd-ui] { display: none !important }';

for (const locale of ['zh_CN', 'en', 'es', 'zh_TW']) {
  test(`${locale}: badges never re-wrap, split or squeeze the page's own text (every list, 1280 and 1024 px)`, async ({
    page,
    context,
    extensionId,
  }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    let badged = 0;
    await forEveryList(page, context, extensionId, locale, async (where) => {
      const withBadges = await page.evaluate(measure);
      const badges = await page.locator('sd-badge').count();
      badged += badges;
      await page.addStyleTag({ content: HIDE });
      const without = await page.evaluate(measure);
      if (withBadges.texts.length !== without.texts.length) problems.push(`${where}: text nodes differ`);
      withBadges.texts.forEach((t, i) => {
        const before = without.texts[i];
        if (before && t.lines > before.lines)
          problems.push(`${where}: "${t.text}" ${before.lines} → ${t.lines} lines`);
      });
      const narrower = withBadges.widths.filter((w, i) => w < (without.widths[i] ?? 0) - 0.5).length;
      if (narrower) problems.push(`${where}: ${narrower} page elements got narrower`);
      for (const h of withBadges.lines) if (h > 24) problems.push(`${where}: a badge line is ${h} px`);
      // Only badges on lines of their own may make the page taller, by at most 24 px each.
      const grown = withBadges.height - without.height;
      if (grown > 24 * withBadges.lines.length + 1) problems.push(`${where}: page ${grown} px taller`);
      // Chips keep a gap to the page's next text.
      const gaps = await page.evaluate(() =>
        [...document.querySelectorAll('sd-badge:not([data-compact]), sd-act:not([data-compact])')].map((e) =>
          parseFloat(getComputedStyle(e).marginRight),
        ),
      );
      if (gaps.some((g) => g < 4)) problems.push(`${where}: a chip without a gap after it`);
    });
    expect(badged).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
}
