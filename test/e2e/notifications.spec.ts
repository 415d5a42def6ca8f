/// <reference types="chrome" />
import { expect, test } from './fixtures';

test('the alarm notifies the orders entering the lead time and those past their deadline, once each', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await page.goto('/jd/orders');
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');
  await page.waitForTimeout(1000);
  const [worker] = context.serviceWorkers();
  // The alarm fires once a minute; nothing here calls the notifier directly.
  await expect
    .poll(async () => Object.keys(await worker!.evaluate(() => chrome.notifications.getAll())).length, {
      timeout: 120_000,
      intervals: [5000],
    })
    .toBe(2);
  const ids = Object.keys(await worker!.evaluate(() => chrome.notifications.getAll()));
  expect(ids.some((id) => id.startsWith('sd-notify|passed|'))).toBe(true);
  expect(ids.some((id) => id.startsWith('sd-notify|lead|'))).toBe(true);
  expect(decodeURIComponent(ids[0]!.split('|')[2] ?? '')).toContain('/jd/orders');
  // The next alarm finds nothing new: a repeat would show up under a new id (ids carry their time).
  // Headless Chromium may close shown notifications meanwhile, so only new ids are looked for.
  const sentKeys = () =>
    worker!.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('seller-desk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('notified').objectStore('notified').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
  const keysBefore = await sentKeys();
  expect(keysBefore).toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(65_000);
  const after = Object.keys(await worker!.evaluate(() => chrome.notifications.getAll()));
  expect(after.filter((id) => !ids.includes(id))).toEqual([]);
  expect(await sentKeys()).toBe(keysBefore);
});
