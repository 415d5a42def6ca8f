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
