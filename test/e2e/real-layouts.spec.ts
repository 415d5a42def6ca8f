import { expect, test } from './fixtures';
import { explanation } from './badge-tip';

/**
 * The demo Taobao and Douyin lists are built like the real ones (PLATFORMS.md "Evidence from public code"):
 * only the order/creation time shows, and order 3 has two items, one refunded.
 */
for (const path of ['/taobao/orders', '/douyin/orders']) {
  test(`${path}: lists with only the order time get countdowns counted from it, marked as estimates`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');
    await expect(page.locator('[data-demo-expect]:not([data-sd-level])')).toHaveCount(0);
    const rows = await page.$$eval('[data-demo-expect]', (els) =>
      els.map((e) => ({
        expect: e.getAttribute('data-demo-expect'),
        level: e.getAttribute('data-sd-level'),
        deadline: e.getAttribute('data-sd-deadline'),
        basis: e.getAttribute('data-sd-basis'),
      })),
    );
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(row.level, JSON.stringify(row)).toBe(row.expect);
      // Every row with a deadline says what it counts from; here the page shows the order time only.
      if (row.deadline) expect(row.basis, JSON.stringify(row)).toBe('order');
      else expect(row.basis, JSON.stringify(row)).toBeNull();
    }
    const timed = page.locator('[data-sd-basis="order"] sd-badge').first();
    await expect(timed).toBeVisible();
    expect(await explanation(timed)).toContain('按下单时间起算；付款可能更晚');
  });

  test(`${path}: a refunded item does not close an order whose other item still ships`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('[data-demo-expect]:not([data-sd-level])')).toHaveCount(0);
    // Order 3: one item refunded (退款成功), the other still to ship. Taobao: the refund is in the order's table;
    // Douyin: in a child row after the order's header row, keyed `<order>-child-<n>`.
    const { id, refunded } = await page.evaluate(() => {
      const cell = [...document.querySelectorAll('td')].find((td) => td.textContent?.trim() === '退款成功');
      const own = cell?.closest('[data-sd-order-id]')?.getAttribute('data-sd-order-id');
      return {
        id: own ?? cell?.closest('tr')?.getAttribute('data-row-key')?.split('-child')[0] ?? null,
        refunded: cell?.closest('tr')?.querySelector('td')?.textContent?.trim() ?? '',
      };
    });
    expect(id).toBeTruthy();
    const el = page.locator(`[data-sd-order-id="${id}"]`);
    await expect(el).toHaveAttribute('data-sd-level', 'urgent');
    await expect(el).toHaveAttribute('data-sd-basis', 'order');
    const badge = el.locator('sd-badge');
    await expect(badge).toBeVisible();
    // The tooltip names the item still to ship, not the refunded one.
    const line = (await explanation(badge)).split('\n').find((l) => l.startsWith('仍待发货：'));
    expect(line).toBeTruthy();
    expect(refunded).toBeTruthy();
    expect(line).not.toContain(refunded);
  });
}
