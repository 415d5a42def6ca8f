import { expect, test } from './fixtures';
import { explanation } from './badge-tip';
import { clickReport } from './list-pages';

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
  await expect(form.locator('#shipTime')).toHaveValue(time);
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
  const later = new Date(`${proposed.replace(' ', 'T')}:00Z`);
  later.setUTCDate(later.getUTCDate() + 1);
  const chosen = later.toISOString().slice(0, 16).replace('T', ' ');
  await time.fill(chosen);
  await dialog.locator('[data-sd-action="save-report"]').click();
  await expect(dialog.locator('[data-sd-report-message]')).toContainText('已记录');
  await page.locator('sd-dialog button.close').click();

  await row.locator('[data-sd-action="delay-report"]').click();
  await expect(page.locator('sd-dialog .dialog [data-field="newTime"]')).toHaveValue(chosen);
  await expect(page.locator('sd-dialog .dialog [data-sd-notice-text]')).toContainText(chosen);
});

/** The time a `2026-12-09 18:30` field names, read as China time (the page's). */
const chinaMs = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);

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
    if (w.platform === 'pdd') expect(proposed).toMatch(/ \d\d:00$/);
    else {
      await time.fill(proposed.replace(/:\d\d$/, ':30'));
    }
    const chosen = await time.inputValue();
    expect(chinaMs(chosen)).toBeGreaterThan(Date.now());
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
  expect(value).toMatch(/ \d\d:00$/);
  const promised = chinaMs(value);
  expect(promised).toBeLessThanOrEqual(deadline);
  expect(promised).toBeGreaterThan(deadline - 3_600_000);
  await expect(dialog.locator('[data-sd-notice-text]')).toContainText(value);
  await expect(dialog.locator('[data-sd-after-deadline]')).toHaveCount(0);
});

// ---- issue 20: one time everywhere, a dialog that fits, and what a decision leaves on the badge ----

/** The date part of the proposed time: any time on it is still ahead (the proposal is ≥ 24 h away). */
async function openOn(page: import('@playwright/test').Page, path: string, expectLevel: string, nth = 0) {
  await page.goto(path);
  const row = page.locator(`[data-demo-expect="${expectLevel}"]`).nth(nth);
  await expect(row).toHaveAttribute('data-sd-level', expectLevel);
  // At 400 px a JD badge is folded: its report action is in its menu.
  await clickReport(page, row);
  const dialog = page.locator('sd-dialog .dialog');
  await expect(dialog).toBeVisible();
  return { row, dialog };
}

test('JD: the time chosen, 18:30, is the time in the buyer notice and the report field (China time text)', async ({
  page,
}) => {
  const { dialog } = await openOn(page, '/jd/orders', 'urgent');
  const time = dialog.locator('[data-field="newTime"]');
  // The field is text in the page's format, not the browser's (12/09/2026, 06:30 PM in en-US).
  await expect(time).toHaveAttribute('type', 'text');
  const proposed = await time.inputValue();
  expect(proposed).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  const chosen = `${proposed.slice(0, 10)} 18:30`;
  await time.fill(chosen);
  await expect(dialog.locator('[data-sd-notice-text]')).toContainText(chosen);
  await expect(dialog.locator('[data-sd-notice-text]')).not.toContainText(`${proposed.slice(0, 10)} 19:00`);
  await expect(dialog.locator('[data-sd-report-fields]')).toContainText(`新的发货时间${chosen}`);
  await expect(dialog.locator('[data-sd-report-fields]')).toContainText(`将于 ${chosen} 前发货`);
  await expect(dialog.locator('[data-sd-whole-hour]')).toHaveCount(0);
});

test('PDD: 18:30 is not put in front of the buyer; the whole hour 19:00 is shown first, then used', async ({
  page,
}) => {
  const { dialog } = await openOn(page, '/pdd/orders', 'overdue');
  const time = dialog.locator('[data-field="newTime"]');
  const day = (await time.inputValue()).slice(0, 10);
  await time.fill(`${day} 18:30`);
  await expect(dialog.locator('[data-sd-whole-hour]')).toContainText(`${day} 19:00`);
  await expect(dialog.locator('[data-sd-notice-text]')).toHaveCount(0);
  await dialog.locator('[data-sd-action="use-whole-hour"]').click();
  await expect(time).toHaveValue(`${day} 19:00`);
  await expect(dialog.locator('[data-sd-notice-text]')).toContainText(`${day} 19:00`);
});

test('JD: accepted, the dialog shows the moved deadline and the hover text says why; refused, the badge says so', async ({
  page,
}) => {
  const { row, dialog } = await openOn(page, '/jd/orders', 'urgent');
  const oldDeadline = ((await row.getAttribute('data-sd-deadline')) ?? '').slice(0, 16).replace('T', ' ');
  const time = dialog.locator('[data-field="newTime"]');
  const chosen = `${(await time.inputValue()).slice(0, 10)} 18:30`;
  await time.fill(chosen);
  await dialog.locator('[data-sd-action="save-report"]').click();
  await expect(row.locator('[data-sd-note]')).toHaveAttribute('data-sd-note', '报备待处理');
  await dialog.locator('[data-sd-action="report-accepted"]').click();
  await expect(dialog.locator('[data-sd-dialog-deadline]')).toContainText(chosen);
  await expect(dialog.locator('[data-sd-dialog-deadline]')).not.toContainText(oldDeadline);
  await page.locator('sd-dialog button.close').click();
  const title = await explanation(row.locator('sd-badge').first());
  expect(title).toContain(`时限 = ${chosen}，已同意的延迟报备中的新时间。`);
  expect(title).not.toContain('下单时间后 24 小时');

  // Another urgent order: its card refused leaves a mark.
  const other = page.locator('[data-demo-expect="urgent"]').nth(1);
  await expect(other).toHaveAttribute('data-sd-level', 'urgent');
  await other.locator('[data-sd-action="delay-report"]').click();
  await dialog.locator('[data-sd-action="save-report"]').click();
  await expect(dialog.locator('[data-sd-report-message]')).toContainText('已记录');
  await dialog.getByRole('button', { name: '已拒绝' }).click();
  await expect(other.locator('[data-sd-note]')).toHaveAttribute('data-sd-note', '延迟卡片被拒绝');
  expect(await explanation(other.locator('sd-badge').first())).toContain('买家拒绝了延迟发货卡片：时限不变');
});

test('the reminder-reply dialog over the JD list is not an order: no badge in it', async ({ page }) => {
  await page.goto('/jd/orders');
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');
  await page.locator('#open-reminder').click();
  await expect(page.locator('.modal')).toBeVisible();
  const levels = await page.locator('[data-sd-level]').count();
  await page.waitForTimeout(600);
  await expect(page.locator('.modal [data-sd-level], .modal sd-badge, .modal[data-sd-level]')).toHaveCount(0);
  await expect(page.locator('[data-sd-level]')).toHaveCount(levels);
});

const SHOTS = process.env.SD_SHOTS_DIR ?? '/work/shots/sd-ui3';
const uiLocales = [
  { locale: 'en', save: 'Save', orderLabel: 'Order number (订单号)' },
  { locale: 'es', save: 'Guardar', orderLabel: '(订单号)' },
  { locale: 'zh_TW', save: '儲存', orderLabel: '(订单号)' },
  { locale: 'zh_CN', save: '保存', orderLabel: '订单号' },
] as const;

for (const l of uiLocales) {
  test(`the delay dialog fits at 1280, 1024 and 400 px on JD and PDD (${l.locale}): nothing cut off`, async ({
    page,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    if (l.locale !== 'zh_CN') {
      await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
      await page.selectOption('#sd-locale', l.locale);
      await page.getByRole('button', { name: '保存' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', l.locale.replace('_', '-'));
    }
    for (const width of [1280, 1024, 400]) {
      await page.setViewportSize({ width, height: 900 });
      for (const platform of ['jd', 'pdd']) {
        const { dialog } = await openOn(page, `/${platform}/orders`, 'overdue');
        if (platform === 'jd') {
          await expect(dialog.locator('[data-sd-report-fields] dt').first()).toContainText(l.orderLabel);
        }
        const problems = await dialog.evaluate((box) => {
          const out: string[] = [];
          if (box.scrollWidth > box.clientWidth + 1) out.push(`dialog scrolls sideways (${box.scrollWidth})`);
          const r = box.getBoundingClientRect();
          if (r.left < 0 || r.right > window.innerWidth) out.push('dialog outside the window');
          for (const sel of Array.from(box.querySelectorAll('select'))) {
            const cs = getComputedStyle(sel);
            const room = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 18;
            for (const o of Array.from(sel.options)) {
              const probe = document.createElement('span');
              probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${cs.font}`;
              probe.textContent = o.text;
              box.append(probe);
              const need = probe.getBoundingClientRect().width;
              probe.remove();
              if (need > room) out.push(`"${o.text}" needs ${Math.ceil(need)} px, has ${Math.floor(room)}`);
            }
          }
          for (const el of Array.from(box.querySelectorAll('input, dt, dd, label, h4, p, button'))) {
            const e = el.getBoundingClientRect();
            if (e.width > 0 && (e.right > r.right + 1 || e.left < r.left - 1))
              out.push(`${el.tagName} sticks out of the dialog`);
          }
          return out;
        });
        await dialog.screenshot({ path: `${SHOTS}/delay-${platform}-${l.locale}-${width}.png` });
        expect(problems, `${platform} ${width}px`).toEqual([]);
        await page.keyboard.press('Escape');
      }
    }
  });
}
