import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 20.4: Seller Desk never re-wraps or splits the page's own text. On every order-list fixture and demo
 * list, at 1280 and 1024 px, in every UI language, the page's text is measured with the badges and again with
 * them taken out of the layout (display: none): no text node may take more lines, no page element may get
 * narrower, and a badge on a line of its own adds at most 24 px.
 */

const dir = fileURLToPath(new URL('../fixtures', import.meta.url));
const PLATFORMS = ['jd', 'pdd', 'taobao', 'douyin', 'generic'];

/** Fixture pages, served where the demo build reads them as that platform's order list. */
const fixturePages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !/^(chat|aftersales)[/\\]/.test(f))
  .sort()
  .map((file) => {
    const [first = ''] = file.split(/[/\\-]/);
    const platform = PLATFORMS.includes(first) ? first : 'generic';
    return { path: `/${platform}/fixture-${basename(file, '.html')}-${file.length}`, file };
  });
const demoPages = ['/jd/orders', '/pdd/orders', '/taobao/orders', '/douyin/orders', '/generic/orders'];

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

async function setLanguage(page: Page, extensionId: string, locale: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.selectOption('#sd-locale', locale);
  await page.click('button[type="submit"]');
  await page.waitForSelector(`html[lang="${locale.replace('_', '-')}"]`);
}

/** Waits until the overlay has read the page and every marked order has its badge. */
async function settled(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', /./);
  await expect
    .poll(async () => {
      const [marked, badges] = await page.evaluate(() => [
        document.querySelectorAll('[data-sd-level]').length,
        document.querySelectorAll('sd-badge').length,
      ]);
      return marked === badges;
    })
    .toBe(true);
}

for (const locale of ['zh_CN', 'en', 'es', 'zh_TW']) {
  test(`${locale}: badges never re-wrap, split or squeeze the page's own text (every list, 1280 and 1024 px)`, async ({
    page,
    context,
    extensionId,
  }) => {
    test.setTimeout(300_000);
    await setLanguage(page, extensionId, locale);
    for (const { path, file } of fixturePages)
      await context.route(`**${path}`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: readFileSync(join(dir, file), 'utf8'),
        }),
      );
    const problems: string[] = [];
    let badged = 0;
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [...demoPages, ...fixturePages.map((f) => f.path)]) {
        await page.goto(path);
        await settled(page);
        const withBadges = await page.evaluate(measure);
        const badges = await page.locator('sd-badge').count();
        badged += badges;
        await page.addStyleTag({ content: HIDE });
        const without = await page.evaluate(measure);
        const where = `${path} @${width}px`;
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
          [...document.querySelectorAll('sd-badge:not([data-compact]), sd-act:not([data-compact])')].map(
            (e) => parseFloat(getComputedStyle(e).marginRight),
          ),
        );
        if (gaps.some((g) => g < 4)) problems.push(`${where}: a chip without a gap after it`);
      }
    }
    expect(badged).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
}
