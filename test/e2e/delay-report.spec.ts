import { expect, test } from './fixtures';

test('a delay card from an urgent JD row: drafted, recorded, once only, and an accepted card moves the row', async ({
  page,
}) => {
  await page.goto('/jd/orders');
  const row = page.locator('[data-demo-expect="urgent"]').first();
  await expect(row).toHaveAttribute('data-sd-level', 'urgent');
  const orderId = await row.getAttribute('data-sd-order-id');
  await row.locator('[data-sd-action="delay-report"]').click();

  const dialog = page.locator('sd-dialog .dialog');
  await expect(dialog).toBeVisible();
  await dialog.locator('[data-field="reason"]').selectOption('force-majeure');
  // JD asks for a concrete time, not a whole hour: 18:30 is accepted (whole hours are PDD's rule).
  const time = dialog.locator('[data-field="newTime"]');
  const proposed = (await time.inputValue()).replace(/:00$/, ':30');
  await time.fill(proposed);
  await expect(dialog.locator('[data-sd-notice-text]')).toContainText(
    `由于天气和运输原因，您的订单 ${orderId}`,
  );
  await expect(dialog.locator('[data-sd-report-fields]')).toContainText('天气等不可抗力');
  await dialog.locator('[data-sd-action="save-report"]').click();
  await expect(dialog.locator('[data-sd-report-message]')).toContainText('已记录');
  await expect(row.locator('[data-sd-note]')).toHaveAttribute('data-sd-note', '报备待处理');

  // The card can go once per order: a second is refused and points to the emergency report.
  await dialog.locator('[data-sd-action="save-report"]').click();
  await expect(dialog.locator('[data-sd-report-message]')).toContainText('紧急报备');

  // The buyer accepts: the deadline moves to the agreed time and the row is no longer urgent.
  await dialog.locator('[data-sd-action="report-accepted"]').click();
  await page.locator('sd-dialog button.close').click();
  await expect(row).toHaveAttribute('data-sd-level', 'ok');
  const deadline = await row.getAttribute('data-sd-deadline');
  expect(deadline?.slice(11, 16)).toBe(proposed.slice(11, 16));

  // It survives a reload: reports live in the extension's IndexedDB.
  await page.reload();
  await expect(page.locator(`[data-sd-order-id="${orderId}"]`)).toHaveAttribute('data-sd-level', 'ok');
});

test('an unreachable buyer: the abnormal-order path is explained and its text prepared', async ({ page }) => {
  await page.goto('/jd/orders');
  const row = page.locator('[data-demo-expect="overdue"]').first();
  await row.locator('[data-sd-action="abnormal"]').click();
  const dialog = page.locator('sd-dialog .dialog');
  // jd-shipping-faq: 提报菜单路径:商家后台>权益服务 > 维权管理 > 异常下单>异常下单提报.
  await expect(dialog.locator('.hint')).toContainText('商家后台>权益服务 > 维权管理 > 异常下单>异常下单提报');
  await expect(dialog.locator('[data-field="reason"]')).toHaveValue('address');
  await expect(dialog.locator('.steps')).toContainText('提报异常删单申请');
});

test('on the delay-report form, the recorded report fills the fields the way typing would', async ({
  page,
  context,
}) => {
  await page.goto('/jd/orders');
  const row = page.locator('[data-demo-expect="urgent"]').first();
  await expect(row).toHaveAttribute('data-sd-order-id', /\d/);
  const orderId = await row.getAttribute('data-sd-order-id');
  await row.locator('[data-sd-action="delay-report"]').click();
  const dialog = page.locator('sd-dialog .dialog');
  await dialog.locator('[data-field="kind"]').selectOption('emergency');
  await dialog.locator('[data-evidence="chat"]').check();
  const time = await dialog.locator('[data-field="newTime"]').inputValue();
  await dialog.locator('[data-sd-action="save-report"]').click();
  await expect(dialog.locator('[data-sd-report-message]')).toContainText('已记录');

  const form = await context.newPage();
  await form.goto('/jd/delay-report');
  await form.locator('sd-fill [data-sd-action="fill-report"]').click();
  await expect(form.locator('#orderId')).toHaveValue(orderId ?? '');
  await expect(form.locator('#shipTime')).toHaveValue(time.replace('T', ' '));
  await expect(form.locator('#reason')).toHaveValue('1');
  await expect(form.locator('#desc')).toHaveValue(/因商品暂时缺货，订单无法按时发货/);
});

test('the delay dialog: keyboard focus goes into it, Escape closes it, and a report without a new time is refused', async ({
  page,
}) => {
  await page.goto('/jd/orders');
  const row = page.locator('[data-demo-expect="urgent"]').first();
  await expect(row).toHaveAttribute('data-sd-level', 'urgent');
  await row.locator('[data-sd-action="delay-report"]').focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('sd-dialog .dialog');
  await expect(dialog).toBeVisible();
  // Focus is inside the dialog, on its first field: typing goes to the form, not the page behind.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SD-DIALOG');
  await expect(dialog.locator('select').first()).toBeFocused();

  await dialog.locator('[data-field="newTime"]').fill('');
  await dialog.locator('[data-sd-action="save-report"]').click();
  await expect(dialog.locator('[data-sd-report-message]')).toContainText('请先填写新的发货时间');
  await expect(row.locator('[data-sd-note]')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('reopened after a report was recorded, the dialog shows that report’s time, not a fresh proposal', async ({
  page,
}) => {
  await page.goto('/jd/orders');
  const row = page.locator('[data-demo-expect="urgent"]').first();
  await expect(row).toHaveAttribute('data-sd-level', 'urgent');
  await row.locator('[data-sd-action="delay-report"]').click();
  const dialog = page.locator('sd-dialog .dialog');
  const time = dialog.locator('[data-field="newTime"]');
  const proposed = await time.inputValue();
  // A day later than proposed, still a whole hour.
  const later = new Date(`${proposed}:00Z`);
  later.setUTCDate(later.getUTCDate() + 1);
  const chosen = later.toISOString().slice(0, 16);
  await time.fill(chosen);
  await dialog.locator('[data-sd-action="save-report"]').click();
  await expect(dialog.locator('[data-sd-report-message]')).toContainText('已记录');
  await page.locator('sd-dialog button.close').click();

  await row.locator('[data-sd-action="delay-report"]').click();
  await expect(page.locator('sd-dialog .dialog [data-field="newTime"]')).toHaveValue(chosen);
  await expect(page.locator('sd-dialog .dialog [data-sd-notice-text]')).toContainText(
    chosen.replace('T', ' '),
  );
});

/** The time a datetime-local value names, read as China time (the page's). */
const chinaMs = (local: string) => Date.parse(`${local}:00+08:00`);

const walks = [
  { platform: 'jd', path: '/jd/orders', kinds: ['card', 'emergency'], penalty: /^points:\d/, abnormal: 1 },
  { platform: 'pdd', path: '/pdd/orders', kinds: ['notice'], penalty: /^cny:\d/, abnormal: 0 },
  { platform: 'taobao', path: '/taobao/orders', kinds: ['notice'], penalty: null, abnormal: 0 },
  { platform: 'douyin', path: '/douyin/orders', kinds: ['notice'], penalty: /^cny:\d/, abnormal: 0 },
] as const;

for (const w of walks) {
  test(`${w.platform}: a late order walked through the delay helper — badge, penalty, procedure and notice time`, async ({
    page,
  }) => {
    await page.goto(w.path);
    const row = page.locator('[data-demo-expect="overdue"]').first();
    await expect(row).toHaveAttribute('data-sd-level', 'overdue');
    const deadline = await row.getAttribute('data-sd-deadline');
    expect(deadline).toMatch(/\+08:00$/);
    const penalty = await row.getAttribute('data-sd-penalty');
    if (w.penalty) expect(penalty).toMatch(w.penalty);
    else expect(penalty).toBeNull();
    // The abnormal-order path is JD's only.
    await expect(row.locator('[data-sd-action="abnormal"]')).toHaveCount(w.abnormal);

    await row.locator('[data-sd-action="delay-report"]').click();
    const dialog = page.locator('sd-dialog .dialog');
    await expect(dialog).toBeVisible();
    const kinds = await dialog
      .locator('[data-field="kind"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    if (w.platform === 'jd') expect(kinds).toEqual(expect.arrayContaining([...w.kinds]));
    else expect(kinds).toEqual(w.kinds);
    // The suggested new time has no source: it says it is an estimate.
    await expect(dialog.locator('[data-sd-estimate]').first()).toContainText('估计');

    // The buyer notice, the report field and the explanation name the one time the merchant chose.
    const time = dialog.locator('[data-field="newTime"]');
    const proposed = await time.inputValue();
    if (w.platform === 'pdd') expect(proposed).toMatch(/T\d\d:00$/);
    else {
      await time.fill(proposed.replace(/:\d\d$/, ':30'));
    }
    const chosen = (await time.inputValue()).replace('T', ' ');
    expect(chinaMs(chosen.replace(' ', 'T'))).toBeGreaterThan(Date.now());
    await expect(dialog.locator('[data-sd-notice-text]')).toContainText(chosen);
    if (w.platform === 'jd') await expect(dialog.locator('[data-sd-report-fields]')).toContainText(chosen);
    // No report form exists on the other platforms: the helper prepares the buyer notice only.
    else await expect(dialog.locator('[data-sd-report-fields]')).toHaveCount(0);
    if (w.platform === 'pdd') {
      await dialog.locator('[data-field="coupon"]').fill('3');
      await expect(dialog.locator('[data-sd-notice-text]')).toContainText('送上 3 元优惠券');
      await expect(dialog.locator('[data-sd-step="pddStillLate"]')).toBeVisible();
    }
    if (w.platform === 'taobao' || w.platform === 'douyin')
      await expect(dialog.locator('[data-sd-step="noProcedure"]')).toBeVisible();

    await dialog.locator('[data-sd-action="save-report"]').click();
    await expect(dialog.locator('[data-sd-report-message]')).toContainText('已记录');
    if (w.platform !== 'jd') {
      // A notice told to the buyer has no "accepted": the order is still late, with its deadline and penalty.
      await expect(dialog.locator('[data-sd-reports]')).toContainText('已告知买家');
      await expect(dialog.locator('[data-sd-action="report-accepted"]')).toHaveCount(0);
      await page.locator('sd-dialog button.close').click();
      await expect(row).toHaveAttribute('data-sd-level', 'overdue');
      await expect(row).toHaveAttribute('data-sd-deadline', deadline ?? '');
      if (penalty) await expect(row).toHaveAttribute('data-sd-penalty', penalty);
      // After a reload too (the demo page prints its times afresh, so only the level is compared).
      const id = await row.getAttribute('data-sd-order-id');
      await page.reload();
      await expect(page.locator(`[data-sd-order-id="${id}"]`)).toHaveAttribute('data-sd-level', 'overdue');
    } else {
      // JD's card is pending until the buyer answers: the row shows it, the deadline is not moved yet.
      await expect(row.locator('[data-sd-note]')).toHaveAttribute('data-sd-note', '报备待处理');
      await expect(row).toHaveAttribute('data-sd-deadline', deadline ?? '');
    }
  });
}

test('pdd: an order not yet late is promised the latest whole hour that is not after its deadline', async ({
  page,
}) => {
  await page.goto('/pdd/orders');
  // Due in 95 minutes (the demo's second urgent order): a whole hour always lies between now and then.
  const row = page.locator('[data-demo-expect="urgent"]').nth(1);
  await expect(row).toHaveAttribute('data-sd-level', 'urgent');
  const deadline = Date.parse((await row.getAttribute('data-sd-deadline')) ?? '');
  await row.locator('[data-sd-action="delay-report"]').click();
  const dialog = page.locator('sd-dialog .dialog');
  const value = await dialog.locator('[data-field="newTime"]').inputValue();
  expect(value).toMatch(/T\d\d:00$/);
  const promised = chinaMs(value);
  expect(promised).toBeLessThanOrEqual(deadline);
  expect(promised).toBeGreaterThan(deadline - 3_600_000);
  await expect(dialog.locator('[data-sd-notice-text]')).toContainText(value.replace('T', ' '));
  await expect(dialog.locator('[data-sd-after-deadline]')).toHaveCount(0);
});
