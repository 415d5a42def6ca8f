/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { collectErrors } from './errors';
import { expect, test } from './fixtures';
import { currentWorker } from './worker';

/** Every order row marked, one badge each; the number of rows. */
async function oneBadgePerOrder(page: Page): Promise<number> {
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');
  await expect(page.locator('[data-demo-expect]:not([data-sd-level])')).toHaveCount(0);
  const rows = await page.locator('[data-demo-expect]').count();
  await expect(page.locator('sd-badge')).toHaveCount(rows);
  for (const row of await page.locator('[data-demo-expect]').all())
    await expect(row.locator('sd-badge')).toHaveCount(1);
  return rows;
}

/** Tags what the running content scripts drew, to tell their work from their successors'. */
const tagOld = (page: Page) =>
  page.evaluate(() =>
    document.querySelectorAll('sd-badge, sd-reply').forEach((e) => e.setAttribute('data-test-old', '')),
  );

test('after a reload of the extension, open tabs switch to the new content scripts: no errors, no duplicates', async ({
  page,
  context,
}) => {
  test.setTimeout(40_000);
  const errors = collectErrors(context);
  await page.goto('/jd/orders');
  const rows = await oneBadgePerOrder(page);
  const chat = await context.newPage();
  await chat.goto('/pdd/chat');
  const helpers = chat.locator('sd-reply');
  await expect(helpers.first()).toBeVisible();
  const helperCount = await helpers.count();
  await tagOld(page);
  await tagOld(chat);

  const old = await currentWorker(context);
  const restarted = context.waitForEvent('serviceworker', (w) => w !== old);
  // The worker goes away while answering: the evaluation itself may be cut off.
  await old.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await restarted;

  // The new scripts replaced the old ones' badges: one per order, none left over from before.
  await expect(page.locator('sd-badge[data-test-old]')).toHaveCount(0);
  expect(await oneBadgePerOrder(page)).toBe(rows);
  await expect(chat.locator('sd-reply[data-test-old]')).toHaveCount(0);
  await expect(helpers).toHaveCount(helperCount);
  // ...and they talk to the new background: the picker lists the templates.
  await helpers.first().locator('[data-sd-action="templates"]').click();
  await expect(helpers.first().locator('[data-sd-action="choose"]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the service worker killed mid-way loses neither seen orders nor a scheduled notification', async ({
  page,
  context,
  extensionId,
}) => {
  test.setTimeout(40_000);
  const errors = collectErrors(context);
  await page.goto('/jd/orders');
  await oneBadgePerOrder(page);
  const expected: Record<string, number> = { overdue: 0, urgent: 0, soon: 0, ok: 0 };
  for (const level of await page
    .locator('[data-sd-level]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-sd-level') ?? '')))
    if (level in expected) expected[level] = (expected[level] ?? 0) + 1;
  expect((expected.overdue ?? 0) + (expected.urgent ?? 0)).toBeGreaterThan(0);

  const popup = `chrome-extension://${extensionId}/popup.html`;
  await page.goto(popup);
  await expect(page.locator('[data-sd-count="overdue"]')).toHaveText(String(expected.overdue));

  // The notifier runs on the minute alarm; bring its next run close so the test stays short.
  const worker = await currentWorker(context);
  const fireAt = await worker.evaluate(async () => {
    const when = Date.now() + 12_000;
    await chrome.alarms.create('badge-refresh', { when, periodInMinutes: 1 });
    return when;
  });
  expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toEqual([]);
  await worker.evaluate(() => ((globalThis as { sdMark?: number }).sdMark = 1));

  // Kill the worker, as Chromium does when it is idle or short of memory, through DevTools' own switch.
  const shop = await context.newPage();
  const cdp = await context.newCDPSession(shop);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (
        versions.some(
          (v) => v.scriptURL.startsWith(popup.replace('popup.html', '')) && v.runningStatus === 'stopped',
        )
      )
        resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;

  // Waking it again (the popup asks it for counts) must not push the schedule back or lose the orders.
  await page.goto(popup);
  for (const [level, n] of Object.entries(expected))
    await expect(page.locator(`[data-sd-count="${level}"]`)).toHaveText(String(n));
  // A fresh JavaScript realm: the mark set before the kill is gone (Playwright may keep one Worker object).
  const again = await currentWorker(context);
  expect(await again.evaluate(() => (globalThis as { sdMark?: number }).sdMark)).toBeUndefined();
  expect((await again.evaluate(() => chrome.alarms.get('badge-refresh')))?.scheduledTime).toBe(fireAt);
  await expect
    .poll(
      async () =>
        Object.keys(await (await currentWorker(context)).evaluate(() => chrome.notifications.getAll())),
      {
        timeout: 25_000,
      },
    )
    .not.toEqual([]);
  expect(errors).toEqual([]);
});
