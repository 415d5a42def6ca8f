/// <reference types="chrome" />
import { launchWithExtension } from '../../scripts/launch.mjs';
import type { Page } from '@playwright/test';
import { explanation } from './badge-tip';
import { expect, test } from './fixtures';
import { clickReport } from './list-pages';
import { startRecordingProxy } from './recording-proxy';
import { currentWorker } from './worker';

// Each sets a flag in the page's main world and opens a dialog if any of it is ever parsed as HTML.
const XSS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=1;alert(1)</script>',
  '"><svg onload="window.__pwned=1;alert(1)">',
  'javascript:window.__pwned=1',
  '{orderId}<iframe srcdoc="<script>parent.__pwned=1</script>">',
];

/**
 * Chromium's own background traffic, measured with no extension loaded (the same flags): sign-in
 * cookie check, component updater, autofill field types. These come from the browser process, not from
 * any renderer, so the extension cannot be behind them; the Playwright witness below would still see the
 * extension's service worker or pages asking for these hosts.
 */
const CHROMIUM_OWN = new Set([
  'accounts.google.com:443',
  'update.googleapis.com:443',
  'http://update.googleapis.com/service/update2/json',
  'content-autofill.googleapis.com:443',
]);

test('no request leaves the browser from any part of the extension, service worker included', async ({
  baseURL,
}) => {
  test.setTimeout(90_000);
  const demo = new URL(baseURL ?? 'http://127.0.0.1:4173');
  const proxy = await startRecordingProxy(demo.host);
  // Every request of the whole browser goes through the recording proxy. `<-loopback>` takes loopback
  // off Chromium's implicit bypass list, so the demo server goes through it too: a record that holds
  // the demo pages proves the proxy really is in the path (an empty one could mean a bypass).
  const { context, extensionId } = await launchWithExtension({
    locale: 'zh-CN',
    args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
  });
  try {
    // A second, independent witness: what Playwright sees, with the service worker's own requests apart.
    const offLoopback: string[] = [];
    const fromWorker: string[] = [];
    context.on('request', (r) => {
      const u = new URL(r.url());
      // The worker reads its own files (the notification icon); anything else from it is a leak.
      if (r.serviceWorker()) {
        if (u.host !== extensionId) fromWorker.push(r.url());
      } else if (u.host !== demo.host && !['chrome-extension:', 'data:', 'blob:'].includes(u.protocol))
        offLoopback.push(r.url());
    });
    const page = await context.newPage();
    const at = (path: string) => `${demo.origin}${path}`;

    for (const path of ['/jd/orders', '/pdd/orders', '/taobao/orders', '/douyin/orders', '/generic/orders']) {
      await page.goto(at(path));
      await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');
    }
    for (const path of ['/pdd/aftersales', '/jd/delay-report']) {
      await page.goto(at(path));
      await page.waitForTimeout(500);
    }
    // The reply helper: pick a template and insert it.
    await page.goto(at('/pdd/chat'));
    await page.locator('sd-reply [data-sd-action="templates"]').click();
    await page.locator('sd-reply [data-sd-action="choose"]').first().click();
    await expect(page.locator('#replyTextarea')).toHaveValue(/\S/);
    // A delay report drafted and saved from a badge.
    await page.goto(at('/jd/orders'));
    await page.locator('[data-sd-action="delay-report"]').first().click();
    await page.locator('sd-dialog [data-sd-action="save-report"]').click();

    // The service worker's own work: move the minute alarm to now so the badge and notifier run on it
    // (the alarm listener itself, not a direct call), and wait for the notifications it shows.
    await (
      await currentWorker(context)
    ).evaluate(() => chrome.alarms.create('badge-refresh', { when: Date.now() + 100, periodInMinutes: 1 }));
    await expect
      .poll(async () =>
        Object.keys(await (await currentWorker(context)).evaluate(() => chrome.notifications.getAll())),
      )
      .not.toEqual([]);

    for (const p of ['popup.html', 'options.html#rules', 'options.html#templates', 'options.html#backup']) {
      await page.goto(`chrome-extension://${extensionId}/${p}`);
      await page.waitForTimeout(400);
    }
    // Late beacons and retries would come now.
    await page.waitForTimeout(1000);

    expect(proxy.contacted.length, 'the demo pages went through the proxy').toBeGreaterThan(0);
    const leaks = proxy.contacted.filter((c) => !c.startsWith(`${demo.origin}/`) && !CHROMIUM_OWN.has(c));
    expect([...new Set(leaks)]).toEqual([]);
    expect(offLoopback).toEqual([]);
    expect(fromWorker).toEqual([]);
  } finally {
    await context.close();
    await proxy.close();
  }
});

/** Elements a payload would create if any of it were parsed as HTML (none of the test pages has its own). */
const INJECTED = 'img[src="x"], svg[onload], iframe[srcdoc]';

/**
 * Checked on the page that shows the payload, before leaving it: nothing the payloads would create exists
 * (Playwright's locators pierce our open shadow roots), and no handler ran in the page's main world.
 */
async function expectInert(page: Page, where: string): Promise<void> {
  await expect(page.locator(INJECTED), `${where}: elements parsed from page text`).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    `${where}: a payload's handler ran`,
  ).toBeUndefined();
}

test('hostile text in every field the overlay shows stays text: badges, tooltips, dialogs, templates, popup', async ({
  page,
  extensionId,
}) => {
  const payload = XSS.join(' ');
  // A status the reader does not know is shown to the merchant as the page wrote it: the tooltip carries it.
  const escape = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await page.route('**/generic/hostile', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><table><thead><tr><th>Order No.</th><th>Order time</th><th>Ship by</th><th>Status</th><th>Remark</th><th>Buyer</th></tr></thead><tbody>
      ${XSS.map((x, i) => `<tr><td>XSS-10000${i}</td><td>2026-11-20 10:00</td><td>${new Date(Date.now() + 3600e3 + 8 * 3600e3).toISOString().slice(0, 16).replace('T', ' ')}</td><td>${escape(x)}</td><td>${escape(x)}</td><td>${escape(x)}</td></tr>`).join('')}
      </tbody></table>`,
    }),
  );
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });

  // 1. The merchant's own templates hold the payload (as a hostile backup could): the editor's preview.
  await page.goto(`chrome-extension://${extensionId}/options.html#templates`);
  for (const id of ['builtin.reminder-in-stock', 'builtin.notice-delay']) {
    await page.locator(`[data-template-id="${id}"]`).click();
    await page.locator('[data-field="text"]').fill(`亲 {orderId} ${payload}`);
    await expect(page.locator('[data-preview]')).toContainText('<img src=x');
    await page.locator('[data-action="save-template"]').click();
    await expect(page.locator('.message[role="status"]')).toHaveText(/\S/);
  }
  await expectInert(page, 'options preview');

  // 2. Badges and their tooltips on the order list show the page's unknown status words.
  await page.goto('/generic/hostile');
  await expect(page.locator('html')).toHaveAttribute('data-sd-orders', String(XSS.length));
  // The tooltip (shown on keyboard focus) carries the unknown status as the page wrote it, as text.
  const tips: string[] = [];
  for (const badge of await page.locator('[data-sd-order-id] sd-badge').all())
    tips.push(await explanation(badge));
  expect(tips.join('\n'), 'the payload reached the tooltips as text').toContain('<img src=x');
  await expect(page.locator('sd-tip img, sd-tip svg, sd-tip iframe, sd-tip script')).toHaveCount(0);
  await expectInert(page, 'order list');

  // 3. The delay helper renders the merchant's (hostile) delay template as the buyer notice. The order-number
  // column is too narrow for the whole badge: the action is in the badge's menu, which shows the tooltip's
  // (hostile) lines too.
  await clickReport(page, page.locator('[data-sd-order-id]').first());
  await expect(page.locator('sd-dialog [data-sd-notice-text]')).toContainText('<img src=x');
  await expectInert(page, 'delay dialog');

  // 4. The reply helper lists, previews and inserts the hostile template.
  await page.goto('/pdd/chat');
  await page.locator('sd-reply [data-sd-action="templates"]').click();
  await expect(page.locator('sd-reply [data-sd-action="choose"]').first()).toBeVisible();
  await expectInert(page, 'template picker');

  // 5. The popup lists the orders seen.
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('[data-sd-count="urgent"]')).toHaveText(String(XSS.length));
  await expectInert(page, 'popup');
  expect(dialogs, 'a payload opened a dialog').toBe(0);
});
