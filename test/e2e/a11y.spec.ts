import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Customer-service staff live on the keyboard and some on screen readers: axe-core finds no critical or serious
 * problem in what Seller Desk draws. axe walks open shadow roots, so `include` on our hosts checks their content.
 */
async function problems(page: Page, include?: string): Promise<string[]> {
  let axe = new AxeBuilder({ page });
  if (include) axe = axe.include(include);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1] ?? ''}`)
          .join(' | ')}`,
    );
}

test('the template picker: a combobox over a listbox of options, readable colours', async ({ page }) => {
  await page.goto('/pdd/chat');
  await page.locator('sd-reply [data-sd-action="templates"]').click();
  await expect(page.locator('sd-reply .panel')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  expect(await problems(page, 'sd-reply')).toEqual([]);
  // The fill-in form and the compliance warning are part of the picker too.
  await page.locator('sd-reply input[type="search"]').fill('发货通知');
  await page.locator('sd-reply [data-template-id="builtin.notice-shipped"]').click();
  await expect(page.locator('sd-reply [data-sd-fill]')).toBeVisible();
  expect(await problems(page, 'sd-reply')).toEqual([]);
});

test('the popup, with urgent orders counting down', async ({ page, context, extensionId }) => {
  const shop = await context.newPage();
  for (const path of ['/jd/orders', '/pdd/orders']) {
    await shop.goto(path);
    await expect(shop.locator('html')).toHaveAttribute('data-sd-status', 'active');
  }
  await expect
    .poll(async () => {
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page.locator('.top .item').count();
    })
    .toBeGreaterThan(0);
  expect(await problems(page)).toEqual([]);
});

for (const section of ['rules', 'templates', 'sites', 'settings', 'backup']) {
  test(`the options page: ${section}`, async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html#${section}`);
    await expect(page.locator('main > h2')).toBeVisible();
    expect(await problems(page)).toEqual([]);
  });
}

test('the delay-report dialog', async ({ page }) => {
  await page.goto('/jd/orders');
  const row = page.locator('[data-demo-expect="urgent"]').first();
  await expect(row).toHaveAttribute('data-sd-level', 'urgent');
  await row.locator('[data-sd-action="delay-report"]').click();
  await expect(page.locator('sd-dialog .dialog')).toBeVisible();
  expect(await problems(page, 'sd-dialog')).toEqual([]);
});

test('order badges, in full and in their short form with their menu open', async ({ page }) => {
  await page.goto('/generic/orders');
  const badge = page.locator('[data-demo-expect="overdue"] sd-badge');
  await expect(badge).toHaveAttribute('role', 'button');
  expect(await problems(page, '[data-sd-ui]')).toEqual([]);
  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('sd-menu')).toBeVisible();
  expect(await problems(page, '[data-sd-ui]')).toEqual([]);
  await page.goto('/jd/orders');
  const full = page.locator('[data-sd-level] sd-badge').first();
  await expect(full).toBeVisible();
  expect(await problems(page, '[data-sd-ui]')).toEqual([]);
  // Focused, a badge shows its explanation in a tooltip that describes it.
  await full.focus();
  await expect(page.locator('sd-tip[role="tooltip"]')).toBeVisible();
  expect(await problems(page, '[data-sd-ui]')).toEqual([]);
});
