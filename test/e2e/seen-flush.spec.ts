import { expect, test } from './fixtures';

/**
 * Orders the merchant saw reach the background even when the tab closes right after the list re-rendered:
 * later readings wait before they are sent, and a closing tab runs no more timers.
 */
test('a tab closed right after the list re-rendered: every order seen reaches the popup', async ({
  page,
  context,
  extensionId,
}) => {
  const marked = () =>
    page.$$eval('[data-sd-order-id]', (els) => els.map((e) => e.getAttribute('data-sd-order-id') ?? ''));
  const allMarked = async () => {
    await expect(page.locator('[data-demo-expect]:not([data-sd-level])')).toHaveCount(0);
    return marked();
  };

  await page.goto('/pdd/orders');
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');
  const first = await allMarked();
  // Page 2 (the demo list re-renders in place, as the back-office's own pager does).
  await page.locator('li[data-testid="beast-core-pagination-next"]').click();
  await expect.poll(marked).not.toEqual(first);
  const second = await allMarked();
  // Closed at once: well within the wait before a later reading is sent.
  await page.close();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const stored = () =>
    popup.evaluate(async () => {
      const response = (await chrome.runtime.sendMessage({
        channel: 'seller-desk/v1',
        request: { type: 'orders/list' },
      })) as { data: { orders: { order: { id: string } }[] } };
      return response.data.orders.map((o) => o.order.id);
    });
  const expected = [...new Set([...first, ...second])].sort();
  await expect
    .poll(async () => (await stored()).filter((id) => expected.includes(id)).sort())
    .toEqual(expected);
});
