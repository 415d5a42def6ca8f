/// <reference types="chrome" />
import { expect, test } from './fixtures';
import { currentWorker } from './worker';

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
  // The buyer wrote 90 s before the page opened (PDD's "2026年09月08日 17:30:17", China time, read in New York):
  // the wait counts from then, and PDD has no 30-second limit to turn it red.
  expect(Number(await timer.getAttribute('data-sd-timer'))).toBeGreaterThanOrEqual(85);
  await expect(timer).toHaveClass('timer');
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
  const manifest = await (await currentWorker(context)).evaluate(() => chrome.runtime.getManifest());
  const key = manifest.commands?.['open-templates']?.suggested_key as { default?: string } | undefined;
  expect(key?.default).toBe('Alt+Shift+T');
  // Headless Chromium does not deliver global shortcuts. The demo build hands the test the very function the worker
  // registered on chrome.commands.onCommand (checked with hasListener): calling it runs the real handler, so a
  // handler that sends the wrong message, to the wrong tab or not at all fails here.
  const worker = await currentWorker(context);
  const registered = await worker.evaluate(() => {
    const handler = (self as unknown as { sellerDeskOnCommand?: (command: string) => Promise<void> })
      .sellerDeskOnCommand;
    return !!handler && chrome.commands.onCommand.hasListener(handler);
  });
  expect(registered).toBe(true);
  await worker.evaluate(() =>
    (self as unknown as { sellerDeskOnCommand: (command: string) => Promise<void> }).sellerDeskOnCommand(
      'open-templates',
    ),
  );
  await expect(page.locator('sd-reply .panel')).toBeVisible();
  await expect(page.locator('sd-reply input[type="search"]')).toBeFocused();
});

/** The order panel a chat shows beside the conversation: a PDD order due in 20 hours. */
const orderPanel = () => {
  const due = new Date(Date.now() + (20 + 8) * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  return `<div class="order-panel"><div>订单编号：<span>261120-000000000000123</span></div><div>承诺发货时间：${due}</div><div>订单状态：待发货</div></div>`;
};

/** A chat page of the demo back-office, with `body` as its content. */
const serveChat = (page: import('@playwright/test').Page, path: string, body: string) =>
  page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><body style="margin:0">${body}</body>`,
    }),
  );

test('only boxes a reply can be typed into get the helper: not disabled, read-only, memo or search boxes', async ({
  page,
}) => {
  await serveChat(
    page,
    '/pdd/chat-boxes',
    `<textarea id="reply"></textarea>
     <textarea disabled>已结束的会话</textarea>
     <textarea readonly>历史记录</textarea>
     <textarea placeholder="卖家备注（仅自己可见）"></textarea>
     <textarea aria-label="搜索聊天记录"></textarea>
     <div contenteditable="false">不可编辑</div>`,
  );
  await page.goto('/pdd/chat-boxes');
  await expect(page.locator('#reply + sd-reply')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.locator('sd-reply')).toHaveCount(1);
});

test('a contenteditable editor gets the template at the merchant’s caret, after what they typed', async ({
  page,
}) => {
  await serveChat(
    page,
    '/pdd/chat-caret',
    `${orderPanel()}<div style="height:200px"></div><div id="ed" contenteditable="true" style="border:1px solid;min-height:40px">亲，</div>`,
  );
  await page.goto('/pdd/chat-caret');
  const editor = page.locator('#ed');
  await editor.click();
  await page.keyboard.press('End');
  await page.locator('sd-reply [data-sd-action="templates"]').click();
  await page.locator('sd-reply [data-sd-action="choose"]').first().click();
  await expect(editor).toHaveText(/^亲，.+/);
});

test('the templates panel stays on screen beside a chat docked at the right edge, and in a reply bar at the top', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await serveChat(
    page,
    '/pdd/chat-edges',
    `<div style="position:fixed;top:0;left:0;right:0"><textarea id="top" style="width:200px"></textarea></div>
     <div style="position:fixed;right:0;bottom:0;width:160px"><textarea id="right" style="width:150px"></textarea></div>`,
  );
  await page.goto('/pdd/chat-edges');
  for (const id of ['top', 'right']) {
    await page.locator(`#${id} + sd-reply [data-sd-action="templates"]`).click();
    const box = await page.locator(`#${id} + sd-reply .panel`).boundingBox();
    expect(box, id).not.toBeNull();
    expect(box!.x, id).toBeGreaterThanOrEqual(0);
    expect(box!.y, id).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, id).toBeLessThanOrEqual(1280);
    expect(box!.y + box!.height, id).toBeLessThanOrEqual(800);
    await page.locator(`#${id} + sd-reply [data-sd-action="templates"]`).click();
  }
});

test('a chat box inside an iframe of the back-office gets the helper', async ({ page }) => {
  await serveChat(page, '/pdd/chat-frame/inner', `${orderPanel()}<textarea id="reply"></textarea>`);
  await serveChat(
    page,
    '/pdd/chat-frame',
    '<iframe src="/pdd/chat-frame/inner" width="600" height="400"></iframe>',
  );
  await page.goto('/pdd/chat-frame');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('sd-reply [data-sd-action="templates"]')).toBeVisible({ timeout: 10_000 });
  await frame.locator('sd-reply [data-sd-action="templates"]').click();
  await frame.locator('sd-reply [data-sd-action="choose"]').first().click();
  await expect(frame.locator('#reply')).not.toHaveValue('');
});

test('an order number the buyer wrote in the chat fills the reply, and shipping replies come first', async ({
  page,
}) => {
  await serveChat(
    page,
    '/pdd/chat-asked',
    `<ul class="messages"><li><p>你好</p></li><li><p>什么时候发货？订单号 261130-555555555555555</p></li></ul><textarea id="reply"></textarea>`,
  );
  await page.goto('/pdd/chat-asked');
  await page.locator('sd-reply [data-sd-action="templates"]').click();
  const first = page.locator('sd-reply [data-sd-action="choose"]').first();
  await expect(first).toHaveAttribute('data-template-id', 'builtin.reminder-in-stock');
  await first.click();
  // No ship-by time is known for it: the merchant is asked for that one, the number is already in.
  const form = page.locator('sd-reply form');
  await expect(form).toBeVisible();
  await form.locator('input').first().fill('2026-12-01 18:00');
  await form.locator('[data-sd-action="insert"]').click();
  await expect(page.locator('#reply')).toHaveValue(/261130-555555555555555/);
});

test('a Chinese buyer on PDD gets a Chinese reply while the merchant’s UI is in English', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.selectOption('#sd-locale', 'en');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.side h1')).toHaveText('Seller Desk settings');
  await page.goto('/pdd/chat');
  await page.locator('sd-reply [data-sd-action="templates"]').click();
  const panel = page.locator('sd-reply .panel');
  await expect(panel).toHaveAttribute('data-sd-reply-lang', 'zh_CN');
  await expect(panel.locator('.langs span')).toHaveText('Reply in 简体中文');
  // The merchant reads titles in English; the buyer gets Chinese.
  const first = page.locator('sd-reply [data-sd-action="choose"]').first();
  await expect(first.locator('.title')).toHaveText('Reminder: in stock');
  await first.click();
  await expect(page.locator('#replyTextarea')).toHaveValue(/^亲，您的订单 \d{6}-\d{15} 商品有货/);
  // One click switches the reply language.
  await page.locator('#replyTextarea').fill('');
  await page.locator('sd-reply [data-sd-action="templates"]').click();
  await page.locator('sd-reply [data-sd-lang="en"]').click();
  await expect(panel).toHaveAttribute('data-sd-reply-lang', 'en');
  await page.locator('sd-reply [data-sd-action="choose"]').first().click();
  await expect(page.locator('#replyTextarea')).toHaveValue(/^Hello! The items in order/);
});

test('on PDD the out-of-stock reply refunds at once; JD’s "refund within 48 hours" is not offered', async ({
  page,
}) => {
  await page.goto('/pdd/chat');
  await page.locator('sd-reply [data-sd-action="templates"]').click();
  await expect(page.locator('sd-reply [data-template-id="builtin.out-of-stock"]')).toHaveCount(0);
  await expect(page.locator('sd-reply [data-template-id="builtin.presale-jd"]')).toHaveCount(0);
  await page.locator('sd-reply [data-template-id="builtin.pdd.out-of-stock"]').click();
  const form = page.locator('sd-reply [data-sd-fill]');
  await form.locator('[data-placeholder="reason"]').fill('仓库断货');
  await form.locator('[data-sd-action="insert"]').click();
  const box = page.locator('#replyTextarea');
  await expect(box).toHaveValue(/因为仓库断货.*我们将立刻为您办理退款/);
  // JD's advice names 48 hours; the order number may hold the digits 48.
  await expect(box).not.toHaveValue(/48 ?(小时|小時|hours)/);
});
