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
  // Not a whole hour: refused with the platform's rule.
  const time = dialog.locator('[data-field="newTime"]');
  const proposed = await time.inputValue();
  await time.fill(proposed.replace(/:00$/, ':30'));
  await dialog.locator('[data-sd-action="save-report"]').click();
  await expect(dialog.locator('[data-sd-report-message]')).toContainText('整点');
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
  await expect(dialog).toContainText('异常订单');
  await expect(dialog.locator('[data-field="reason"]')).toHaveValue('address');
  await expect(dialog.locator('.steps')).toContainText('报备为异常订单');
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
