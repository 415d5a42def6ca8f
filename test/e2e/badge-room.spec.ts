import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { demoPages, forEveryList, setLanguage, settled } from './list-pages';

/**
 * Issue 20: nothing Seller Desk draws is cut off. In a column too narrow for the whole badge, the badge shows
 * its short form (or its dot) and its words and actions are in its menu. On every demo list and fixture
 * layout, at 1280 and 1024 px, in every UI language: every badge, its line and its buttons hold what they
 * show, and every order at risk keeps its delay-report action within reach (a visible button, or the
 * badge's menu).
 */

/** What is cut off: badges, lines and buttons whose content overflows them or a box around them that clips. */
function cutOff(): { clipped: string[]; unreachable: string[] } {
  const clipped: string[] = [];
  const unreachable: string[] = [];
  const shown = (e: Element) => e.getClientRects().length > 0;
  const name = (b: Element) => b.getAttribute('data-text') ?? '';
  for (const badge of document.querySelectorAll('sd-badge')) {
    if (!shown(badge)) continue;
    const buttons: Element[] = [];
    for (let b = badge.nextElementSibling; b?.tagName === 'SD-ACT'; b = b.nextElementSibling)
      if (shown(b)) buttons.push(b);
    for (const el of [badge, ...buttons])
      if (el.scrollWidth > el.clientWidth + 1) clipped.push(`${name(badge)}: its ${el.tagName} overflows`);
    // Every box around it that clips (its own line, a cell with overflow: hidden) holds it.
    for (let box = badge.parentElement; box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowX === 'visible') continue;
      if (box.scrollWidth > box.clientWidth + 1 && box.tagName === 'SD-LINE')
        clipped.push(`${name(badge)}: its line overflows (${box.scrollWidth} > ${box.clientWidth})`);
      if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
      const edge = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth + 1;
      for (const el of [badge, ...buttons])
        if (el.getBoundingClientRect().right > edge)
          clipped.push(`${name(badge)}: ${el.tagName} cut by ${box.tagName}`);
    }
    // Nor does it stick out of its order (a card header too narrow for it, at 400 px).
    const row = badge.closest('[data-sd-level]') ?? badge.closest('tr, [role="row"]');
    const rowEnd = row ? row.getBoundingClientRect().right + 1 : Infinity;
    for (const el of [badge, ...buttons])
      if (el.getBoundingClientRect().right > rowEnd)
        clipped.push(`${name(badge)}: ${el.tagName} sticks out of its order`);
    const atRisk = ['overdue', 'urgent', 'soon'].includes(badge.getAttribute('data-level') ?? '');
    const report = buttons.some((b) => b.getAttribute('data-sd-action') === 'delay-report');
    if (atRisk && !report && badge.getAttribute('aria-haspopup') === null)
      unreachable.push(`${name(badge)}: no delay-report action within reach`);
  }
  return { clipped, unreachable };
}

for (const locale of ['en', 'es', 'zh_CN', 'zh_TW']) {
  test(`${locale}: no badge, line or button is cut off, the report action stays reachable (every list, 1280 and 1024 px)`, async ({
    page,
    context,
    extensionId,
  }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    let badges = 0;
    await forEveryList(page, context, extensionId, locale, async (where) => {
      badges += await page.locator('sd-badge').count();
      const { clipped, unreachable } = await page.evaluate(cutOff);
      for (const p of [...clipped, ...unreachable]) problems.push(`${where}: ${p}`);
    });
    expect(badges).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
}

test('400 px, in Spanish: every demo list fits the window, and so do its badges and their lines', async ({
  page,
  extensionId,
}) => {
  await setLanguage(page, extensionId, 'es');
  await page.setViewportSize({ width: 400, height: 800 });
  const problems: string[] = [];
  for (const path of demoPages) {
    await page.goto(path);
    await settled(page);
    const { clipped, unreachable } = await page.evaluate(cutOff);
    for (const p of [...clipped, ...unreachable]) problems.push(`${path}: ${p}`);
    const [wide, window] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    if (wide > window) problems.push(`${path}: the page is ${wide} px wide in a ${window} px window`);
  }
  expect(problems).toEqual([]);
});

/** A demo list in English at `width` px, once its badges are on. */
async function openList(page: Page, extensionId: string, path: string, width: number) {
  await setLanguage(page, extensionId, 'en');
  await page.setViewportSize({ width, height: 900 });
  await page.goto(path);
  await settled(page);
}

/** The overdue order's badge on the generic list at 1280 px: its order-number column is narrow. */
async function overdueBadge(page: Page, extensionId: string): Promise<Locator> {
  await openList(page, extensionId, '/generic/orders', 1280);
  return page.locator('[data-demo-expect="overdue"] sd-badge');
}

test('a badge in its short form is a button: its menu holds its words and the report action, from the keyboard', async ({
  page,
  extensionId,
}) => {
  const badge = await overdueBadge(page, extensionId);
  await expect(badge).toHaveAttribute('role', 'button');
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  // The short form shows the countdown, the line holds it whole.
  await expect(badge).toHaveAttribute('data-short', '');
  await badge.focus();
  await page.keyboard.press('Enter');
  const menu = page.locator('sd-menu[role="dialog"]');
  await expect(menu).toBeVisible();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await expect(menu).toContainText('late');
  await expect(menu).toContainText('Ship by');
  const report = menu.locator('[data-sd-action="delay-report"]');
  await expect(report).toBeFocused();
  // Inside the window, whole.
  const box = await menu.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 1280).toBe(true);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(badge).toBeFocused();
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  // Space opens it too; its report action opens the delay helper.
  await page.keyboard.press('Space');
  await expect(report).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(page.locator('sd-dialog .dialog')).toBeVisible();
});

test('badges are placed again when the window changes width', async ({ page, extensionId }) => {
  await openList(page, extensionId, '/jd/orders', 1024);
  const onLines = () => page.locator('sd-line sd-badge').count();
  const all = await page.locator('sd-badge').count();
  // At 1024 px no card header has room: every badge is on a line of its own.
  expect(await onLines()).toBe(all);
  await page.setViewportSize({ width: 1280, height: 900 });
  // At 1280 px the headers of the orders not at risk have room for the badge inline.
  await expect.poll(onLines).toBeLessThan(all);
  await page.setViewportSize({ width: 1024, height: 900 });
  await expect.poll(onLines).toBe(all);
  expect((await page.evaluate(cutOff)).clipped).toEqual([]);
});

test('badges are placed again when their column changes width, the window unchanged', async ({
  page,
  extensionId,
}) => {
  const badge = await overdueBadge(page, extensionId);
  await expect(badge).toHaveAttribute('data-short', '');
  // The page widens its order-number column (a merchant dragging its edge): room for the whole badge.
  const wide = await page.addStyleTag({ content: '.orders th:first-child { width: 480px }' });
  await expect(badge).not.toHaveAttribute('data-short', '');
  await expect(page.locator('[data-demo-expect="overdue"] [data-sd-action="delay-report"]')).toBeVisible();
  await wide.evaluate((style) => (style as Element).remove());
  await expect(badge).toHaveAttribute('data-short', '');
  expect((await page.evaluate(cutOff)).clipped).toEqual([]);
});
