import { expect, test } from './fixtures';

const XSS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '{orderId}<iframe srcdoc="<script>parent.__pwned=1</script>">',
];

test('no request leaves the browser: pages, popup, options and chat only touch loopback and the extension', async ({
  page,
  context,
  extensionId,
}) => {
  const outside: string[] = [];
  const watch = (url: string) => {
    const u = new URL(url);
    if (
      !['127.0.0.1', 'localhost'].includes(u.hostname) &&
      u.protocol !== 'chrome-extension:' &&
      u.protocol !== 'data:'
    ) {
      outside.push(url);
    }
  };
  context.on('request', (r) => watch(r.url()));
  for (const path of [
    '/jd/orders',
    '/pdd/orders',
    '/taobao/orders',
    '/douyin/orders',
    '/pdd/chat',
    '/pdd/aftersales',
  ]) {
    await page.goto(path);
    await page.waitForTimeout(600);
  }
  await page.goto('/jd/orders');
  await page.locator('[data-sd-action="delay-report"]').first().click();
  await page.locator('sd-dialog [data-sd-action="save-report"]').click();
  for (const p of ['popup.html', 'options.html#rules', 'options.html#templates', 'options.html#backup']) {
    await page.goto(`chrome-extension://${extensionId}/${p}`);
    await page.waitForTimeout(400);
  }
  expect(outside).toEqual([]);
});

test('hostile text in every field the overlay shows stays text: badges, tooltips, dialogs, templates, popup', async ({
  page,
  extensionId,
}) => {
  const payload = XSS.join(' ');
  await page.route('**/generic/hostile', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><table><thead><tr><th>Order No.</th><th>Order time</th><th>Ship by</th><th>Status</th><th>Remark</th><th>Buyer</th></tr></thead><tbody>
      ${XSS.map((x, i) => `<tr><td>XSS-10000${i}</td><td>2026-11-20 10:00</td><td>${new Date(Date.now() + 3600e3 + 8 * 3600e3).toISOString().slice(0, 16).replace('T', ' ')}</td><td>Awaiting shipment</td><td>${x.replace(/</g, '&lt;')}</td><td>${x.replace(/</g, '&lt;')}</td></tr>`).join('')}
      </tbody></table>`,
    }),
  );
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/generic/hostile');
  await expect(page.locator('html')).toHaveAttribute('data-sd-orders', String(XSS.length));
  await page.locator('[data-sd-action="delay-report"]').first().click();
  await expect(page.locator('sd-dialog .dialog')).toBeVisible();
  await page.goto(`chrome-extension://${extensionId}/options.html#templates`);
  await page.locator('[data-template-id="builtin.reminder-in-stock"]').click();
  await page.locator('[data-field="text"]').fill(`亲 ${payload}`);
  await expect(page.locator('[data-preview]')).toContainText('<img src=x');
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('[data-sd-count="urgent"]')).toHaveText(String(XSS.length));
  for (const p of [page]) {
    expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  }
  expect(dialogs).toBe(0);
});
