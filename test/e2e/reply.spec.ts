/// <reference types="chrome" />
import { expect, test } from './fixtures';

test('a template goes into a React-like controlled reply box and the app state follows', async ({ page }) => {
  await page.goto('/pdd/chat');
  const button = page.locator('sd-reply [data-sd-action="templates"]');
  await expect(button).toBeVisible();
  await button.click();
  // The chat's order is pending and due soon: the in-stock reply is suggested first, filled from the order card.
  const first = page.locator('sd-reply [data-sd-action="choose"]').first();
  await expect(first).toHaveAttribute('data-template-id', 'builtin.reminder-in-stock');
  await first.click();
  const box = page.locator('#replyTextarea');
  const value = await box.inputValue();
  expect(value).toMatch(/^亲，您的订单 \d{6}-\d{15} 商品有货，我们会在 \d{4}-\d\d-\d\d \d\d:00 前发出/);
  await expect(page.locator('#demo-app-state')).toHaveText(`app state: ${value}`);
  await page.locator('sd-reply [data-sd-action="undo"]').click();
  await expect(box).toHaveValue('');
  await expect(page.locator('#demo-app-state')).toHaveText('app state: ');
});

test('inserted at the caret, with arrows and Enter, keeping what the agent typed', async ({ page }) => {
  await page.goto('/pdd/chat');
  const box = page.locator('#replyTextarea');
  await box.fill('您好！');
  await page.locator('sd-reply [data-sd-action="templates"]').click();
  await expect(page.locator('sd-reply input[type="search"]')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // second suggestion
  const second = await page
    .locator('sd-reply [data-sd-action="choose"]')
    .nth(1)
    .getAttribute('data-template-id');
  expect(second).toBe('builtin.notice-received');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue(/^您好！亲，您的订单 .+ 我们已收到/);
  await expect(page.locator('#demo-app-state')).toContainText('您好！亲，您的订单');
});

test('a placeholder the order cannot fill is asked for; nothing goes in with a hole', async ({ page }) => {
  await page.goto('/pdd/chat');
  await page.locator('sd-reply [data-sd-action="templates"]').click();
  await page.locator('sd-reply input[type="search"]').fill('发货通知');
  await page.locator('sd-reply [data-template-id="builtin.notice-shipped"]').click();
  const form = page.locator('sd-reply [data-sd-fill]');
  await expect(form).toBeVisible();
  const insert = form.locator('[data-sd-action="insert"]');
  await expect(insert).toBeDisabled();
  await form.locator('[data-placeholder="carrier"]').fill('中通快递');
  await form.locator('[data-placeholder="trackingNo"]').fill('7312345678901');
  await insert.click();
  await expect(page.locator('#replyTextarea')).toHaveValue(/快递：中通快递，单号：7312345678901/);
  await expect(page.locator('#replyTextarea')).not.toHaveValue(/\{/);
});

test('a contenteditable editor gets the text as text, and a late box still gets the button', async ({
  page,
}) => {
  await page.goto('/pdd/chat?editor=contenteditable&late=1');
  const button = page.locator('sd-reply [data-sd-action="templates"]');
  await expect(button).toBeVisible({ timeout: 10_000 });
  await button.click();
  await page.locator('sd-reply [data-sd-action="choose"]').first().click();
  const editor = page.locator('[contenteditable="true"]').first();
  await expect(editor).toContainText('商品有货');
  expect(await editor.evaluate((e) => e.querySelector('*'))).toBeNull();
  await expect(page.locator('#demo-app-state')).toContainText('商品有货');
});

test('the buyer-waiting timer runs while the last message is the buyer’s and stops once answered', async ({
  page,
}) => {
  await page.goto('/pdd/chat');
  const timer = page.locator('sd-reply [data-sd-timer]');
  await expect(timer).toBeVisible();
  await expect.poll(async () => Number(await timer.getAttribute('data-sd-timer'))).toBeGreaterThanOrEqual(2);
  await page.locator('#replyTextarea').fill('在的，马上为您查看');
  await page.getByRole('button', { name: '发送' }).click();
  await expect(timer).toHaveCount(0);
});

test('the reminder-reply dialog over the JD order list gets templates for the order it names', async ({
  page,
}) => {
  await page.goto('/jd/orders');
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');
  await page.locator('#open-reminder').click();
  const button = page.locator('.modal sd-reply [data-sd-action="templates"]');
  await expect(button).toBeVisible();
  await button.click();
  await page.locator('.modal sd-reply [data-sd-action="choose"]').first().click();
  const orderId = (await page.locator('.modal-order').textContent())?.split('：')[1]?.trim() ?? '';
  await expect(page.locator('#reminder-reply')).toHaveValue(new RegExp(`订单 ${orderId} 商品有货`));
  // The list behind the dialog keeps its badges and gets no reply buttons.
  await expect(page.locator('.table-body sd-reply')).toHaveCount(0);
});

test('the keyboard shortcut opens the picker of the reply box', async ({ page, context }) => {
  await page.goto('/pdd/chat');
  await expect(page.locator('sd-reply [data-sd-action="templates"]')).toBeVisible();
  const [worker] = context.serviceWorkers();
  const manifest = await worker!.evaluate(() => chrome.runtime.getManifest());
  const key = manifest.commands?.['open-templates']?.suggested_key as { default?: string } | undefined;
  expect(key?.default).toBe('Alt+Shift+T');
  // Headless Chromium does not deliver global shortcuts: send what the command handler sends.
  await worker!.evaluate(async () => {
    const tabs = await chrome.tabs.query({ active: true });
    for (const tab of tabs) {
      await chrome.tabs
        .sendMessage(tab.id!, { channel: 'seller-desk/v1', type: 'open-templates' })
        .catch(() => undefined);
    }
  });
  await expect(page.locator('sd-reply .panel')).toBeVisible();
  await expect(page.locator('sd-reply input[type="search"]')).toBeFocused();
});
