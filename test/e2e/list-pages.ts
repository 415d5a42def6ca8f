import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Every order list the overlay is checked on: the demo's lists and the order-list fixtures. */

const dir = fileURLToPath(new URL('../fixtures', import.meta.url));
const PLATFORMS = ['jd', 'pdd', 'taobao', 'douyin', 'generic'];

/** Fixture pages, served where the demo build reads them as that platform's order list. */
export const fixturePages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !/^(chat|aftersales)[/\\]/.test(f))
  .sort()
  .map((file) => {
    const [first = ''] = file.split(/[/\\-]/);
    const platform = PLATFORMS.includes(first) ? first : 'generic';
    return { path: `/${platform}/fixture-${basename(file, '.html')}-${file.length}`, file };
  });
export const demoPages = ['/jd/orders', '/pdd/orders', '/taobao/orders', '/douyin/orders', '/generic/orders'];

/** Serves the fixture pages at their paths in this context. */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  for (const { path, file } of fixturePages)
    await context.route(`**${path}`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(dir, file), 'utf8') }),
    );
}

/** The UI language, set as a merchant sets it: in the options page. */
export async function setLanguage(page: Page, extensionId: string, locale: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.selectOption('#sd-locale', locale);
  await page.click('button[type="submit"]');
  await page.waitForSelector(`html[lang="${locale.replace('_', '-')}"]`);
}

/** Waits until the overlay has read the page and every marked order has its badge. */
export async function settled(page: Page): Promise<void> {
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
  // A kind of row placed for the first time is measured across the next frame (placement.ts): its badges are
  // where they stay once that frame and the task after it have run.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const frame = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));
        frame(() => frame(done));
      }),
  );
}

/**
 * Visits every list (demo and fixtures) at 1280 and 1024 px in `locale`, once the overlay has drawn it; `visit`
 * checks it.
 */
export async function forEveryList(
  page: Page,
  context: BrowserContext,
  extensionId: string,
  locale: string,
  visit: (where: string) => Promise<void>,
): Promise<void> {
  await setLanguage(page, extensionId, locale);
  await serveFixtures(context);
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of [...demoPages, ...fixturePages.map((f) => f.path)]) {
      await page.goto(path);
      await settled(page);
      await visit(`${path} @${width}px`);
    }
  }
}

/**
 * Clicks an order's delay-report action as a merchant reaches it: the button beside its badge, or, when the
 * badge is folded (a column too narrow for it), the one in the badge's menu.
 */
export async function clickReport(page: Page, row: Locator): Promise<void> {
  const badge = row.locator('sd-badge');
  if ((await badge.getAttribute('aria-haspopup')) === null)
    return row.locator('[data-sd-action="delay-report"]').click();
  await badge.click();
  await page.locator('sd-menu [data-sd-action="delay-report"]').click();
}
