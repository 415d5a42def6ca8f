import { expect, test } from './fixtures';
import { currentWorker } from './worker';

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

test('popup text: whole order numbers in Spanish, 刚刚 and full-width colons in Chinese, a badge tooltip that says what it counts', async ({
  page,
  context,
  extensionId,
}) => {
  const shop = await context.newPage();
  // PDD's numbers (261206-802806286268802) are the longest the popup lists.
  await shop.goto('/pdd/orders');
  await expect(shop.locator('html')).toHaveAttribute('data-sd-status', 'active');
  await shop.goto('/jd/orders');
  await expect(shop.locator('html')).toHaveAttribute('data-sd-status', 'active');
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  await page.setViewportSize({ width: 380, height: 700 });

  // Chinese (the browser's language): read seconds ago is 刚刚, and the colon is the full-width one.
  await expect
    .poll(async () => {
      await page.goto(popupUrl);
      return page.locator('[data-sd-last-read="jd"]').count();
    })
    .toBe(1);
  await expect(page.locator('[data-sd-last-read="jd"]')).toHaveText('京东：刚刚读取');

  // The toolbar badge's tooltip says what its number counts, in the merchant's language.
  const worker = await currentWorker(context);
  await expect
    .poll(() => worker.evaluate(() => chrome.action.getTitle({})))
    .toMatch(/^卖家助手：\d+ 单已超时或紧急（剩余不足 2 小时）$/);

  // Spanish: the longest "time left" texts, and every order number still shown whole.
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.selectOption('#sd-locale', 'es');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.side h1')).not.toHaveText('卖家助手设置');
  await page.goto(popupUrl);
  const numbers = page.locator('.top .number');
  await expect(numbers.first()).toBeVisible();
  const cut = await numbers.evaluateAll((els) =>
    els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
  );
  expect(cut).toEqual([]);
  // …and on one line: "1h 10min de retraso" wraps between its words, the number is not broken at its hyphen.
  const broken = await numbers.evaluateAll((els) =>
    els
      .filter((e) => e.getBoundingClientRect().height > parseFloat(getComputedStyle(e).lineHeight) * 1.5)
      .map((e) => e.textContent),
  );
  expect(broken).toEqual([]);
  // Nothing runs out of the popup's width either.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(380);
  await expect(page.locator('[data-sd-week]')).not.toContainText(/\b1 tardíos\b|\b1 puntos\b|\(s\)/);
  await shop.reload(); // the badge is counted again when orders are read
  await expect
    .poll(() => worker.evaluate(() => chrome.action.getTitle({})))
    .toMatch(/^Seller Desk: \d+ pedidos? (vencidos? o urgentes?)/);
});
