import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { explanation } from './badge-tip';

/**
 * Changes made in the options page reach order lists already open, without a reload, within a second: the
 * background tells the tabs, the list assesses its rows again with the new rules and settings.
 */
const WITHIN = 1_000;

test('a JD rule limit changed in the options page re-dates the open order list within a second', async ({
  page,
  context,
  extensionId,
}) => {
  const shop = await context.newPage();
  await shop.goto('/jd/orders');
  // The first JD order shows no promised time: the 24 h rule dates it, 70 minutes ago.
  const row = shop.locator('[data-demo-expect="overdue"]').first();
  await expect(row).toHaveAttribute('data-sd-level', 'overdue');
  const before = await row.getAttribute('data-sd-deadline');
  await shop.evaluate(() => Object.assign(window, { sdSamePage: true }));

  await page.goto(`chrome-extension://${extensionId}/options.html#rules`);
  const rule = page.locator('[data-rule-id="jd.waybill-24h"]');
  await rule.locator('[data-action="edit-rule"]').click();
  await rule.locator('[data-field="limitHours"]').fill('48');
  await rule.getByRole('button', { name: '保存' }).click();
  await expect(rule).toContainText('48 小时');

  // 24 hours later than before, and no longer late.
  await expect(row).toHaveAttribute('data-sd-level', 'ok', { timeout: WITHIN });
  const after = await row.getAttribute('data-sd-deadline');
  expect(Date.parse(after!) - Date.parse(before!)).toBe(24 * 3_600_000);
  expect(await shop.evaluate(() => (window as { sdSamePage?: boolean }).sdSamePage)).toBe(true);

  // Back to the preset: back to overdue, still without a reload.
  await rule.locator('[data-action="reset-rule"]').click();
  await expect(rule).toContainText('24 小时');
  await expect(row).toHaveAttribute('data-sd-level', 'overdue', { timeout: WITHIN });
  await expect(row).toHaveAttribute('data-sd-deadline', before!);
});

/** Stops the extension's service worker, as Chromium does when it is idle (DevTools' own switch). */
async function stopWorker(context: BrowserContext, extensionId: string, page: Page) {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
      if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

for (const asleep of [false, true])
  test(`the urgent threshold changed in the options page re-levels the open order list within a second${asleep ? ', the service worker asleep before the save' : ''}`, async ({
    page,
    context,
    extensionId,
  }) => {
    const shop = await context.newPage();
    await shop.goto('/jd/orders');
    // Due in 4 hours: "soon" with the default 2 h urgent threshold.
    const row = shop.locator('[data-demo-expect="soon"]').first();
    await expect(row).toHaveAttribute('data-sd-level', 'soon');
    await shop.evaluate(() => Object.assign(window, { sdSamePage: true }));

    await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
    await page.fill('#sd-urgent', '5');
    // MV3 stops an idle worker: the save wakes it, and it still tells the open tabs.
    if (asleep) await stopWorker(context, extensionId, shop);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.locator('.message')).not.toBeEmpty();

    await expect(row).toHaveAttribute('data-sd-level', 'urgent', { timeout: WITHIN });
    // Its badge says so too, not only the attribute.
    await expect(row.locator('sd-badge')).toHaveAttribute('data-level', 'urgent', { timeout: WITHIN });
    expect(await shop.evaluate(() => (window as { sdSamePage?: boolean }).sdSamePage)).toBe(true);
  });

test('the page time zone changed in the options page re-reads the open list in that zone, offset and all', async ({
  page,
  context,
  extensionId,
}) => {
  const shop = await context.newPage();
  await shop.goto('/jd/orders');
  const row = shop.locator('[data-demo-expect="overdue"]').first();
  await expect(row).toHaveAttribute('data-sd-deadline', /\+08:00$/);
  const before = (await row.getAttribute('data-sd-deadline'))!;

  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await expect(page.locator('#sd-zone')).toHaveValue('Asia/Shanghai');
  await page.selectOption('#sd-zone', 'America/New_York');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('[data-quiet-zone]')).toContainText('America/New_York');

  // The same printed times, now New York's: the same wall clock with New York's offset on that date (EST in
  // winter, EDT in summer), 12 or 13 hours later than read as China time.
  await expect(row).not.toHaveAttribute('data-sd-deadline', before, { timeout: WITHIN });
  const after = (await row.getAttribute('data-sd-deadline'))!;
  expect(after.slice(0, 19)).toBe(before.slice(0, 19));
  const offset = after.slice(19);
  expect(['-05:00', '-04:00']).toContain(offset);
  expect(Date.parse(after) - Date.parse(before)).toBe((offset === '-05:00' ? 13 : 12) * 3_600_000);
  // The badge's tooltip gives that deadline on the page's clock and names the zone.
  const shipBy = `最晚发货：${after.slice(0, 10)} ${after.slice(11, 16)}（America/New_York）`;
  expect(await explanation(row.locator('sd-badge'))).toMatch(new RegExp(shipBy));
});

test('countdowns switched off and on again in the options page: the open list loses its badges and gets them back, no reload', async ({
  page,
  context,
  extensionId,
}) => {
  const shop = await context.newPage();
  await shop.goto('/jd/orders');
  const row = shop.locator('[data-demo-expect="overdue"]').first();
  await expect(row).toHaveAttribute('data-sd-level', 'overdue');
  await shop.evaluate(() => Object.assign(window, { sdSamePage: true }));

  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  const save = async (message: string) => {
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.locator('.message')).toHaveText(message);
  };
  await page.locator('[data-feature="countdowns"]').uncheck();
  await save('已保存');
  await expect(shop.locator('html')).toHaveAttribute('data-sd-status', 'off', { timeout: WITHIN });
  await expect(shop.locator('sd-badge')).toHaveCount(0);
  await expect(row).not.toHaveAttribute('data-sd-level');

  await page.locator('[data-feature="countdowns"]').check();
  await save('已保存');
  await expect(row).toHaveAttribute('data-sd-level', 'overdue', { timeout: WITHIN });
  await expect(row.locator('sd-badge')).toHaveCount(1);
  expect(await shop.evaluate(() => (window as { sdSamePage?: boolean }).sdSamePage)).toBe(true);
});
