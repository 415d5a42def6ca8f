import { expect, test } from './fixtures';

test('the popup starts empty with guidance, then counts the orders seen by level', async ({
  page,
  context,
  extensionId,
}) => {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  await page.goto(popupUrl);
  await expect(page.locator('[data-sd-count="overdue"]')).toHaveText('0');
  await expect(page.locator('.empty')).toBeVisible();

  const shop = await context.newPage();
  const expected: Record<string, number> & { overdue: number; urgent: number; soon: number; ok: number } = {
    overdue: 0,
    urgent: 0,
    soon: 0,
    ok: 0,
  };
  for (const path of ['/jd/orders', '/pdd/orders']) {
    await shop.goto(path);
    await expect(shop.locator('html')).toHaveAttribute('data-sd-status', 'active');
    const levels = await shop.$$eval('[data-sd-level]', (els) =>
      els.map((e) => e.getAttribute('data-sd-level') ?? ''),
    );
    for (const l of levels) if (l in expected) expected[l] = (expected[l] ?? 0) + 1;
  }
  expect(expected.overdue + expected.urgent).toBeGreaterThan(0);

  await expect
    .poll(async () => {
      await page.goto(popupUrl);
      return page.locator('[data-sd-count="urgent"]').textContent();
    })
    .toBe(String(expected.urgent));
  for (const level of ['overdue', 'soon', 'ok']) {
    await expect(page.locator(`[data-sd-count="${level}"]`)).toHaveText(String(expected[level]));
  }
  // This week's estimate and the JD pickup view are there (their numbers depend on the weekday).
  await expect(page.locator('[data-sd-week]')).toBeVisible();
  const top = page.locator('.top li');
  await expect(top.first()).toHaveClass(/overdue/);
  expect(await top.count()).toBe(
    Math.min(10, expected.overdue + expected.urgent + expected.soon + expected.ok),
  );
});
