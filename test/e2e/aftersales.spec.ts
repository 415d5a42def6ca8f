import { expect, test } from './fixtures';

test('an after-sales list: cancellations and after-sales told apart, mismatches and exchanges without stock flagged', async ({
  page,
}) => {
  await page.goto('/pdd/aftersales');
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');
  const requests = page.locator('[data-demo-stage]');
  await expect(requests).toHaveCount(5);
  await expect(page.locator('[data-demo-stage]:not([data-sd-aftersales])')).toHaveCount(0);
  for (const el of await requests.all()) {
    await expect(el).toHaveAttribute('data-sd-aftersales', (await el.getAttribute('data-demo-stage')) ?? '');
    await expect(el).toHaveAttribute(
      'data-sd-aftersales-type',
      (await el.getAttribute('data-demo-type')) ?? '',
    );
    const warning = (await el.getAttribute('data-demo-warning')) ?? '';
    if (warning) await expect(el).toHaveAttribute('data-sd-warning', warning);
    else await expect(el).not.toHaveAttribute('data-sd-warning', /.+/);
  }
  const mismatch = page
    .locator('[data-demo-warning="mismatch"]')
    .first()
    .locator('sd-aftersales [data-sd-warning="mismatch"]');
  await expect(mismatch).toHaveText('类型不符');
  await expect(mismatch).toHaveAttribute('title', '买家选择了换货，描述却是退货：审核前请确认');
  await expect(
    page.locator('[data-demo-warning="no-stock"] sd-aftersales [data-sd-warning="no-stock"]'),
  ).toBeVisible();
  await expect(page.locator('[data-demo-stage="cancellation"] sd-aftersales')).toContainText(
    '取消（收货前） · 仅退款',
  );
});
