import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('a rule edited in the options page changes the badges on the order list', async ({
  page,
  context,
  extensionId,
}) => {
  const shop = await context.newPage();
  await shop.goto('/jd/orders');
  // The first JD order shows no promised time: its deadline comes from the 24 h rule, and it is overdue.
  const row = shop.locator('[data-demo-expect="overdue"]').first();
  await expect(row).toHaveAttribute('data-sd-level', 'overdue');

  await page.goto(`chrome-extension://${extensionId}/options.html#rules`);
  const rule = page.locator('[data-rule-id="jd.waybill-24h"]');
  await expect(rule).toContainText('京东商家发货常见问题');
  await expect(page.locator('[data-rule-id="pdd.ship-48h-percent"]')).toContainText('未经核实');
  await rule.locator('[data-action="edit-rule"]').click();
  await rule.locator('[data-field="limitHours"]').fill('48');
  await rule.getByRole('button', { name: '保存' }).click();
  await expect(rule).toContainText('48 小时');
  await expect(rule.locator('.tag.edited')).toBeVisible();
  // The merchant's numbers are theirs now, not the FAQ's.
  await expect(rule.locator('[data-sd-rule-origin]')).toContainText('你的规则');
  await expect(rule.locator('[data-sd-rule-origin]')).not.toContainText('来自平台商家帮助中心');

  await shop.reload();
  await expect(shop.locator('[data-demo-expect="overdue"]').first()).toHaveAttribute('data-sd-level', 'ok');

  // Reset to the preset: back to 24 h, back to overdue.
  await rule.locator('[data-action="reset-rule"]').click();
  await expect(rule).toContainText('24 小时');
  await expect(rule.locator('[data-sd-rule-origin]')).toContainText('来自平台商家帮助中心');
  await shop.reload();
  await expect(shop.locator('[data-demo-expect="overdue"]').first()).toHaveAttribute(
    'data-sd-level',
    'overdue',
  );
});

test('rule sources: PDD amounts are labelled estimates, a JD rule quotes the FAQ word for word', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html#rules`);
  // PDD's 48 h and ¥3 are in no platform text: both numbers carry "estimate" (估算).
  const pdd = page.locator('[data-rule-id="pdd.ship-48h"]');
  await expect(pdd.locator('[data-sd-rule-penalty]')).toHaveText('¥3.00');
  await expect(pdd.locator('[data-sd-estimate="penalty"]')).toHaveText('估算');
  await expect(pdd.locator('[data-sd-estimate="limit"]')).toHaveText('估算');
  await expect(pdd.locator('details[data-sd-quote]')).toHaveCount(0);
  // JD's 24 h rule is the FAQ's: no estimate mark, and its passage one click away, in Chinese as published.
  const jd = page.locator('[data-rule-id="jd.waybill-24h"]');
  await expect(jd.locator('[data-sd-estimate]')).toHaveCount(0);
  const quote = jd.locator('details[data-sd-quote="jd-shipping-faq.zh.txt"]');
  await expect(quote.locator('blockquote')).toBeHidden();
  await quote.locator('summary').click();
  await expect(quote.locator('blockquote')).toContainText(
    '(1)消费者下单成功后24小时内,商家未将消费者订购商品的快递运单号上传至京东系统的',
  );
  await expect(quote.locator('blockquote')).toContainText('每单扣1分,每周不超过7分');
});

test('settings: language and thresholds are saved and used by the overlay', async ({
  page,
  context,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.selectOption('#sd-locale', 'en');
  await page.fill('#sd-soon', '72');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.side h1')).toHaveText('Seller Desk settings');
  const shop = await context.newPage();
  await shop.goto('/jd/orders');
  await expect(shop.locator('html')).toHaveAttribute('data-sd-status', 'active');
  await expect(shop.locator('[data-demo-expect="ok"][data-sd-level="ok"]')).toHaveCount(0);
  await expect(shop.locator('sd-badge').first()).toHaveAttribute('data-text', /left|late/);
});

test('invalid numbers are refused with a message, nothing is saved', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.fill('#sd-urgent', '-3');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.message')).toContainText('0.25');
  await page.reload();
  await expect(page.locator('#sd-urgent')).toHaveValue('2');
  // Thresholds that contradict each other, and half a quiet period, are refused too.
  await page.fill('#sd-urgent', '24');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.message')).toContainText('必须小于');
  await page.fill('#sd-urgent', '2');
  await page.fill('#sd-quiet-from', '22');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.message')).toContainText('同时填写');
  await page.reload();
  await expect(page.locator('#sd-soon')).toHaveValue('12');
  await expect(page.locator('#sd-quiet-from')).toHaveValue('');
});

test('a template edited in the options page is what the reply helper offers', async ({
  page,
  context,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html#templates`);
  await page.locator('[data-template-id="builtin.out-of-stock-general"]').click();
  const editor = page.locator('[data-template-editor="builtin.out-of-stock-general"]');
  await editor.getByRole('tab', { name: '简体中文' }).click();
  await editor.locator('[data-field="text"]').fill('亲，订单 {orderId} 缺货了，我们马上为您退款。{orderNo}');
  await expect(editor.locator('.lint')).toContainText('{orderNo}');
  await expect(editor.locator('[data-preview]')).toContainText('订单 260923-063795392132914 缺货了');
  await editor.locator('[data-action="save-template"]').click();
  await expect(editor.locator('.message')).toContainText('未知的占位符');
  await editor.locator('[data-field="text"]').fill('亲，订单 {orderId} 缺货了，我们马上为您退款。');
  await editor.locator('[data-action="save-template"]').click();
  await expect(editor.locator('.message')).toHaveText('已保存');

  const chat = await context.newPage();
  await chat.goto('/pdd/chat');
  await chat.locator('sd-reply [data-sd-action="templates"]').click();
  const item = chat.locator('sd-reply [data-template-id="builtin.out-of-stock-general"]');
  await expect(item).toContainText('缺货了，我们马上为您退款');
  await item.click();
  await expect(chat.locator('#replyTextarea')).toHaveValue(
    /^亲，订单 \d{6}-\d{15} 缺货了，我们马上为您退款。$/,
  );

  await page.reload();
  await page.locator('[data-template-id="builtin.out-of-stock-general"]').click();
  await expect(page.locator('[data-template-id="builtin.out-of-stock-general"]')).toContainText('已用 1 次');
});

test('export, then import: a bad file is refused naming the field; a good one is previewed and applied', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html#backup`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出规则' }).click();
  const file = await download;
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  const backup = JSON.parse(readFileSync(path, 'utf8')) as { rules: { id: string; limitHours: unknown }[] };
  expect(backup.rules.length).toBeGreaterThan(5);

  const bad = structuredClone(backup);
  bad.rules[1]!.limitHours = 'soon';
  const badPath = join(tmpdir(), `sd-bad-${Date.now()}.json`);
  writeFileSync(badPath, JSON.stringify(bad));
  await page.locator('[data-field="import"]').setInputFiles(badPath);
  // Said as the page says it (section, item number, the field's label), never as a developer path.
  const refused = page.locator('[data-backup-message]');
  await expect(refused).toContainText(
    '发货规则第 2 项——时限（小时；留空 = 仅以页面承诺时间为准）：请输入 1 到 1440 之间的数字',
  );
  await expect(refused).not.toContainText('limitHours');

  const good = structuredClone(backup);
  const target = good.rules.find((r) => r.id === 'jd.waybill-24h')!;
  target.limitHours = 36;
  const goodPath = join(tmpdir(), `sd-good-${Date.now()}.json`);
  writeFileSync(goodPath, JSON.stringify(good));
  await page.locator('[data-field="import"]').setInputFiles(goodPath);
  await expect(page.locator('.import-preview')).toContainText('修改 1');
  await page.locator('[data-action="apply-import"]').click();
  await expect(page.locator('[data-backup-message]')).toHaveText('已导入。');
  await page.goto(`chrome-extension://${extensionId}/options.html#rules`);
  await expect(page.locator('[data-rule-id="jd.waybill-24h"]')).toContainText('36 小时');
});

test('each feature can be switched off: no badges when countdowns are off', async ({
  page,
  context,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.locator('[data-feature="countdowns"]').uncheck();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.message')).toHaveText('已保存');
  const shop = await context.newPage();
  await shop.goto('/jd/orders');
  // The content script ran, read the settings and decided: only then does "no badge" say anything (a page
  // with no content script at all also has none).
  await expect(shop.locator('html')).toHaveAttribute('data-sd-status', 'off');
  await expect(shop.locator('sd-badge')).toHaveCount(0);
  await expect(shop.locator('[data-sd-level]')).toHaveCount(0);
  // The reminder dialog's reply helper is a separate feature and still works.
  await shop.locator('#open-reminder').click();
  await expect(shop.locator('.modal sd-reply [data-sd-action="templates"]')).toBeVisible();
});

test('restoring the built-in templates asks first and offers a backup', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html#templates`);
  await page.locator('[data-template-id="builtin.out-of-stock"]').click();
  const editor = page.locator('[data-template-editor="builtin.out-of-stock"]');
  await editor.getByRole('tab', { name: '简体中文' }).click();
  await editor.locator('[data-field="text"]').fill('亲，订单 {orderId} 我的改写');
  await editor.locator('[data-action="save-template"]').click();
  await expect(editor.locator('.message')).toHaveText('已保存');

  await page.getByRole('button', { name: '恢复内置模板' }).click();
  const confirm = page.locator('.confirm');
  await expect(confirm).toContainText('修改会丢失');
  const download = page.waitForEvent('download');
  await confirm.getByRole('button', { name: '先导出备份' }).click();
  expect((await download).suggestedFilename()).toMatch(/^seller-desk-templates-\d{4}-\d\d-\d\d\.json$/);
  await confirm.locator('[data-action="confirm-restore"]').click();
  await page.locator('[data-template-id="builtin.out-of-stock"]').click();
  await expect(
    page.locator('[data-template-editor="builtin.out-of-stock"] [data-field="text"]'),
  ).not.toHaveValue(/我的改写/);
});

test('two options tabs: both keep different changes; the stale edit of the same setting is refused and the newer value shown', async ({
  page,
  context,
  extensionId,
}) => {
  const other = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await other.goto(`chrome-extension://${extensionId}/options.html#settings`);

  await other.fill('#sd-soon', '72');
  await other.getByRole('button', { name: '保存' }).click();
  await expect(other.locator('.message')).toHaveText('已保存');

  // This tab still shows 12 h; saving another setting keeps the other tab's 72 h, and now shows it.
  await page.fill('#sd-urgent', '3');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.message')).toHaveText('已保存');
  await expect(page.locator('[data-store-error]')).toHaveCount(0);
  await expect(page.locator('#sd-soon')).toHaveValue('72');

  // The other tab changes it again; changing it here from the stale value is refused, with the
  // reason, and the newer value shown.
  await other.fill('#sd-soon', '96');
  await other.getByRole('button', { name: '保存' }).click();
  await expect(other.locator('.message')).toHaveText('已保存');
  await page.fill('#sd-soon', '24');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('[data-store-error="conflict"]')).toContainText('另一个 Seller Desk 标签页');
  await expect(page.locator('#sd-soon')).toHaveValue('96');
  await other.reload();
  await expect(other.locator('#sd-soon')).toHaveValue('96');
  await expect(other.locator('#sd-urgent')).toHaveValue('3');
});

test('a template saved first in another tab: this tab shows the newer text and offers the merchant’s own back', async ({
  page,
  context,
  extensionId,
}) => {
  const other = await context.newPage();
  const open = async (tab: typeof page) => {
    await tab.goto(`chrome-extension://${extensionId}/options.html#templates`);
    await tab.locator('[data-template-id="builtin.out-of-stock"]').click();
    const editor = tab.locator('[data-template-editor="builtin.out-of-stock"]');
    await editor.getByRole('tab', { name: '简体中文' }).click();
    return editor;
  };
  const here = await open(page);
  const there = await open(other);

  await there.locator('[data-field="text"]').fill('另一个标签页的写法：订单 {orderId} 缺货。');
  await there.locator('[data-action="save-template"]').click();
  await expect(there.locator('.message')).toHaveText('已保存');

  const mine = '亲，订单 {orderId} 暂时缺货，我们马上为您办理退款，给您添麻烦了。';
  await here.locator('[data-field="text"]').fill(mine);
  await here.locator('[data-action="save-template"]').click();
  await expect(page.locator('[data-store-error="conflict"]')).toBeVisible();
  // Nothing was overwritten unseen: the newer text is shown, and the merchant's own is kept to put back.
  await expect(here.locator('[data-field="text"]')).toHaveValue('另一个标签页的写法：订单 {orderId} 缺货。');
  const kept = here.locator('[data-kept-draft]');
  await expect(kept).toContainText('已为你保留');
  await kept.locator('[data-action="restore-draft"]').click();
  await expect(here.locator('[data-field="text"]')).toHaveValue(mine);
  await expect(kept).toHaveCount(0);
  await here.locator('[data-action="save-template"]').click();
  await expect(here.locator('.message')).toHaveText('已保存');

  // A fresh options page reads what is stored now.
  const again = await open(await context.newPage());
  await expect(again.locator('[data-field="text"]')).toHaveValue(mine);
});

/** Writes straight into the extension's database from one of its pages (same origin as the background). */
async function putRecord(page: import('@playwright/test').Page, store: string, value: unknown) {
  await page.evaluate(
    ([store, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('seller-desk');
        // Never create the database here: an empty one made before the background's would hide its stores.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          try {
            const tx = open.result.transaction(store as string, 'readwrite');
            tx.objectStore(store as string).put(value);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          } catch (error) {
            open.result.close();
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
    [store, value] as const,
  );
}

test('backup: "export everything" says what it holds and carries the delay reports; re-importing it changes nothing', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html#backup`);
  // The section has loaded through the background: its database exists, with its stores, before we write to it.
  await expect(page.locator('[data-backup-scope]')).toBeVisible();
  const report = {
    id: 'report-e2e',
    kind: 'card',
    platform: 'jd',
    orderKey: 'jd:300512345678',
    status: 'pending',
    reason: 'out-of-stock',
    createdAt: Date.UTC(2026, 11, 7, 2),
    newShipTime: Date.UTC(2026, 11, 8, 10),
  };
  await putRecord(page, 'reports', report);
  await expect(page.locator('[data-backup-scope]')).toContainText('延迟报备');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出全部' }).click();
  const path = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const backup = JSON.parse(readFileSync(path, 'utf8')) as { reports?: unknown[] };
  expect(backup.reports).toEqual([report]);

  await page.locator('[data-field="import"]').setInputFiles(path);
  const preview = page.locator('.import-preview');
  await expect(preview).toBeVisible();
  const lines = await preview.locator('li').allTextContents();
  expect(lines.filter((l) => !/新增 0，修改 0/.test(l) && l !== '设置相同')).toEqual([]);
  await expect(preview).toContainText('延迟报备');
});

test('backup import in the Spanish UI: our own "choose a file" button and file name, keyboard and screen-reader usable', async ({
  page,
  extensionId,
}) => {
  // The browser runs in Chinese; its native file button would say 选择文件 / 未选择任何文件 whatever the UI language.
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.selectOption('#sd-locale', 'es');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.side h1')).not.toHaveText('卖家助手设置');
  await page.goto(`chrome-extension://${extensionId}/options.html#backup`);
  const input = page.locator('[data-field="import"]');
  // The native control is there for the keyboard and screen readers, but draws nothing of its own.
  const box = await input.boundingBox();
  expect(box === null || (box.width <= 1 && box.height <= 1)).toBe(true);
  await expect(page.getByText('Elegir archivo…', { exact: true })).toBeVisible();
  await expect(page.locator('[data-import-file]')).toHaveText('Ningún archivo elegido');
  // Its name in the UI's language: what a screen reader announces on the file button.
  await expect(page.getByRole('button', { name: /Elegir archivo/ })).toHaveCount(1);

  // Tab reaches it and Space opens the browser's file chooser; the chosen file's name is shown.
  await page.locator('[data-backup-scope]').click();
  const chooser = page.waitForEvent('filechooser');
  for (let i = 0; i < 10 && !(await input.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.press('Space');
  const path = join(tmpdir(), `sd-copia-${Date.now()}.json`);
  writeFileSync(path, '{ not json');
  await (await chooser).setFiles(path);
  await expect(page.locator('[data-import-file]')).toHaveText(path.split('/').pop()!);
  await expect(page.locator('[data-backup-message]')).toContainText('JSON');
});

test('sites: waiting for the browser prompt, refused, a platform host refused, an old error cleared', async ({
  page,
  extensionId,
}) => {
  // The browser's permission prompt cannot be clicked from a test: it stays open, then is refused.
  await page.addInitScript(() => {
    let answer: (granted: boolean) => void = () => undefined;
    (window as { refusePrompt?: () => void }).refusePrompt = () => answer(false);
    chrome.permissions.request = (() =>
      new Promise<boolean>((resolve) => (answer = resolve))) as typeof chrome.permissions.request;
  });
  await page.goto(`chrome-extension://${extensionId}/options.html#sites`);
  const message = page.locator('[data-sites-message]');
  const field = page.locator('[data-field="site-pattern"]');
  const add = page.getByRole('button', { name: '添加网站' });

  await field.fill('erp.example.com');
  await add.click();
  await expect(message).toContainText('https://erp.example.com/orders/*');
  // Typing a new address clears what was said about the last one.
  await field.fill('https://erp.example.com/orders/*');
  await expect(message).toHaveText('');

  await field.fill('https://mms.pinduoduo.com/orders/*');
  await add.click();
  await expect(message).toContainText('mms.pinduoduo.com');
  await expect(message).toContainText('拼多多');

  await field.fill('https://erp.example.com/orders/*');
  await add.click();
  await expect(message).toContainText('浏览器');
  await expect(message).toContainText('等待');
  await page.evaluate(() => (window as { refusePrompt?: () => void }).refusePrompt?.());
  await expect(message).toHaveText('浏览器未授予该网站的访问权限，未添加。');
});

test('templates: a new one is stored only on Save, never empty; restoring says how many; clock start in words', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html#templates`);
  // Counted once the list has loaded (the page draws it after the background answers).
  await expect(page.locator('[data-template-id="builtin.out-of-stock"]')).toBeVisible();
  const before = await page.locator('[data-template-id]').count();
  await page.locator('[data-action="new-template"]').click();
  const editor = page.locator('[data-template-editor^="custom."]');
  await expect(editor).toBeVisible();
  // Nothing stored yet: a reload shows the same list.
  await page.reload();
  await expect(page.locator('[data-template-id]')).toHaveCount(before);

  await page.locator('[data-action="new-template"]').click();
  const save = editor.locator('[data-action="save-template"]');
  await save.click();
  await expect(editor.locator('[data-template-message]')).toHaveText('请先填写回复内容再保存。');
  await editor.locator('[data-field="text"]').fill('亲，订单 {orderId} 已经安排发货。');
  await editor.locator('[data-field="title"]').fill('');
  await save.click();
  await expect(editor.locator('[data-template-message]')).toContainText('标题');
  await editor.locator('[data-field="title"]').fill('发货安排');
  await save.click();
  await expect(editor.locator('[data-template-message]')).toHaveText('已保存');
  await expect(page.locator('[data-template-id]')).toHaveCount(before + 1);

  // Restoring the built-ins says how many went back.
  await page.locator('[data-template-id="builtin.out-of-stock"]').click();
  const builtIn = page.locator('[data-template-editor="builtin.out-of-stock"]');
  await builtIn.getByRole('tab', { name: '简体中文' }).click();
  await builtIn.locator('[data-field="text"]').fill('亲，订单 {orderId} 我的改写');
  await builtIn.locator('[data-action="save-template"]').click();
  await expect(builtIn.locator('[data-template-message]')).toHaveText('已保存');
  await page.getByRole('button', { name: '恢复内置模板' }).click();
  await page.locator('[data-action="confirm-restore"]').click();
  await expect(page.locator('[data-restore-message]')).toHaveText('已将 1 个内置模板恢复为原始内容。');

  await page.goto(`chrome-extension://${extensionId}/options.html#rules`);
  const rule = page.locator('[data-rule-id="jd.waybill-24h"]');
  await rule.locator('[data-action="edit-rule"]').click();
  await expect(rule.locator('option[value="order"]')).toHaveText('下单时间');
  await expect(rule.locator('option[value="payment"]')).toHaveText('付款时间');
});

test('options at 360 px: every section is reachable; quiet hours say they are China time', async ({
  page,
  extensionId,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  // Measured once the page has drawn its navigation and the settings it loads.
  await expect(page.locator('nav.side button')).toHaveCount(5);
  await expect(page.locator('[data-quiet-zone]')).toBeVisible();
  const boxes = await page
    .locator('nav.side button')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
  expect(boxes.length).toBe(5);
  for (const right of boxes) expect(right).toBeLessThanOrEqual(360);
  await expect(page.locator('[data-quiet-zone]')).toContainText('北京时间');
});

test('a conflict keeps the merchant’s draft in the rules, settings and sites editors', async ({
  page,
  context,
  extensionId,
}) => {
  const other = await context.newPage();
  const url = (s: string) => `chrome-extension://${extensionId}/options.html#${s}`;
  // Rules: both tabs edit the JD 24 h rule; this tab's is refused, kept, and put back.
  await page.goto(url('rules'));
  await other.goto(url('rules'));
  const here = page.locator('[data-rule-id="jd.waybill-24h"]');
  const there = other.locator('[data-rule-id="jd.waybill-24h"]');
  await here.locator('[data-action="edit-rule"]').click();
  await there.locator('[data-action="edit-rule"]').click();
  await there.locator('[data-field="limitHours"]').fill('30');
  await there.getByRole('button', { name: '保存' }).click();
  await expect(there).toContainText('30 小时');
  await here.locator('[data-field="limitHours"]').fill('36');
  await here.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('[data-store-error="conflict"]')).toBeVisible();
  await expect(here.locator('[data-field="limitHours"]')).toHaveValue('30');
  await here.locator('[data-kept-draft] [data-action="restore-draft"]').click();
  await expect(here.locator('[data-field="limitHours"]')).toHaveValue('36');
  await here.getByRole('button', { name: '保存' }).click();
  await expect(here).toContainText('36 小时');

  // Settings: the other tab saves "due soon" first; what was typed here comes back on the newer settings.
  await page.goto(url('settings'));
  await other.goto(url('settings'));
  await other.fill('#sd-soon', '72');
  await other.getByRole('button', { name: '保存' }).click();
  await expect(other.locator('.message')).toHaveText('已保存');
  await page.fill('#sd-soon', '24');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('[data-store-error="conflict"]')).toBeVisible();
  await expect(page.locator('#sd-soon')).toHaveValue('72');
  await page.locator('[data-kept-draft] [data-action="restore-draft"]').click();
  await expect(page.locator('#sd-soon')).toHaveValue('24');

  // Sites: a feature switched in the other tab first; this tab's switch is offered back.
  await putRecord(page, 'sites', {
    id: 'site.e2e',
    pattern: 'https://erp.example.com/orders/*',
    platform: 'generic',
    features: { countdowns: true, replies: true, delayReports: true, notifications: true },
  });
  // Same page, new hash: reloaded so both tabs read the stored site.
  for (const tab of [page, other]) {
    await tab.goto(url('sites'));
    await tab.reload();
  }
  const otherBox = other.locator('[data-site] label', { hasText: '倒计时' }).locator('input');
  await otherBox.click();
  await expect(otherBox).not.toBeChecked();
  await other.reload();
  await expect(otherBox).not.toBeChecked();
  // Refused (the other tab saved the site first): the box shows the stored state again.
  await page.locator('[data-site] label', { hasText: '回复助手' }).locator('input').click();
  await expect(page.locator('[data-kept-draft]')).toContainText('erp.example.com');
  await page.locator('[data-kept-draft] [data-action="restore-draft"]').click();
  await expect(page.locator('[data-kept-draft]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-site] label', { hasText: '回复助手' }).locator('input')).not.toBeChecked();
  await expect(page.locator('[data-site] label', { hasText: '倒计时' }).locator('input')).not.toBeChecked();
});
