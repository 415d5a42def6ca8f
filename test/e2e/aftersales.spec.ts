import { expect, test } from './fixtures';

test('an after-sales list: cancellations and after-sales told apart, mismatches and exchanges without stock flagged', async ({
  page,
}) => {
  await page.goto('/pdd/aftersales');
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');
  const requests = page.locator('[data-demo-stage]');
  await expect(requests).toHaveCount(10);
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
  await expect(mismatch).toHaveAttribute(
    'title',
    '买家选择了换货，描述却是退货：审核前请确认\n买家最后一句：“尺码不对，我要退货退款”',
  );
  const noStock = page.locator('[data-demo-warning="no-stock"] sd-aftersales [data-sd-warning="no-stock"]');
  await expect(noStock).toBeVisible();
  // PDD: check stock, without JD's 换货占库存 path.
  await expect(noStock).toHaveAttribute('title', '买家申请换货，但商品显示缺货\n同意换货前请先确认库存。');
  await expect(page.locator('[data-demo-stage="cancellation"] sd-aftersales').first()).toContainText(
    '取消（收货前） · 仅退款',
  );
});

test("after-sales words: the buyer's last sentence with its negation, and receipt deciding cancellation or after-sales", async ({
  page,
}) => {
  await page.goto('/pdd/aftersales');
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');

  // 不是换货，是退货 under 换货: the buyer wants a return.
  const negation = page.locator('[data-demo-case="negation"]');
  await expect(negation).toHaveAttribute('data-sd-warning', 'mismatch');
  await expect(negation.locator('sd-aftersales [data-sd-warning="mismatch"]')).toHaveAttribute(
    'title',
    '买家选择了换货，描述却是退货：审核前请确认\n买家最后一句：“不是换货，是退货”',
  );
  // 本来想退货。还是换个吧 under 换货: the last sentence agrees with the choice.
  await expect(page.locator('[data-demo-case="changed-mind"]')).not.toHaveAttribute('data-sd-warning', /.+/);
  // 修了两次还是坏。能换吗？ under 维修: an exchange.
  await expect(page.locator('[data-demo-case="question"]')).toHaveAttribute('data-sd-warning', 'mismatch');

  // 已确认收货: a refund request after receipt is after-sales (jd-aftersales-vs-cancel Q1) …
  const confirmed = page.locator('[data-demo-case="confirmed-receipt"]');
  await expect(confirmed).toHaveAttribute('data-sd-aftersales', 'after-sales');
  await expect(confirmed.locator('sd-aftersales')).toContainText('售后（收货后） · 仅退款');
  // … 已发货，待签收: before receipt it is a cancellation.
  const awaiting = page.locator('[data-demo-case="awaiting-receipt"]');
  await expect(awaiting).toHaveAttribute('data-sd-aftersales', 'cancellation');
  await expect(awaiting.locator('sd-aftersales')).toContainText('取消（收货前） · 仅退款');
  // The badge says where the split comes from: JD's help text, quoted, and that it is JD's rule.
  await expect(confirmed.locator('sd-aftersales [data-sd-stage]')).toHaveAttribute(
    'title',
    /此划分是京东的规则[\s\S]*jd-aftersales-vs-cancel\.zh_TW\.txt[\s\S]*訂單確認收貨后:客戶申請退貨退款,即為售后服務/,
  );
});
