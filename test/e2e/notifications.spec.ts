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
  // The next alarm finds nothing new: the same orders and events are never notified twice.
  await page.waitForTimeout(65_000);
  expect(Object.keys(await worker!.evaluate(() => chrome.notifications.getAll()))).toEqual(ids);
});
