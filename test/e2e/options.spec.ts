import { expect, test } from './fixtures';

test('the options page lists every rule with its source and saves settings the overlay then uses', async ({
  page,
  context,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('tr[data-rule-id="jd.waybill-24h"]')).toContainText('JD merchant shipping FAQ');
  await expect(page.locator('tr[data-rule-id="pdd.ship-48h-percent"]')).toContainText('未经核实');

  // Language: English, and "due soon" up to 72 h: every order within 3 days becomes at least "soon".
  await page.selectOption('#sd-locale', 'en');
  await page.fill('#sd-soon', '72');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('h1')).toHaveText('Seller Desk settings');

  const shop = await context.newPage();
  await shop.goto('/jd/orders');
  await expect(shop.locator('html')).toHaveAttribute('data-sd-status', 'active');
  await expect(shop.locator('[data-demo-expect="ok"][data-sd-level="ok"]')).toHaveCount(0);
  await expect(shop.locator('sd-badge .badge').first()).toContainText(/left|late|Done|No deadline/);
});

test('invalid numbers are refused with a message, nothing is saved', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.fill('#sd-urgent', '-3');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.message')).toContainText('0.25');
  await page.reload();
  await expect(page.locator('#sd-urgent')).toHaveValue('2');
});
