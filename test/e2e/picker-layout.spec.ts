import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A chat page of the demo back-office, with `body` as its content. */
const serveChat = (page: Page, path: string, body: string) =>
  page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><body style="margin:0">${body}</body>`,
    }),
  );

/** The order card a PDD chat shows: due in 20 hours (China time). */
const orderCard = () => {
  const due = new Date(Date.now() + (20 + 8) * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  return `<div>订单编号：<span>261120-000000000000123</span></div><div>承诺发货时间：${due}</div><div>订单状态：待发货</div>`;
};

/**
 * A back-office whose chat is a 260 px column on the right that scrolls (overflow:auto), narrower than the
 * 380 px panel, under a header with a high z-index: what clipped the panel's right edge at 1024 px.
 */
const narrowColumn = `
  <header style="position:relative;z-index:999;height:48px;background:#ddd">后台</header>
  <div style="display:flex;height:calc(100vh - 48px)">
    <section style="flex:1;background:#f4f4f4">订单列表</section>
    <aside id="column" style="width:260px;overflow:auto;border-left:1px solid #ccc;padding:6px;position:relative;z-index:1">
      ${orderCard()}
      ${Array.from({ length: 30 }, (_, i) => `<p>消息 ${i + 1}</p>`).join('')}
      <textarea id="reply" style="width:100%"></textarea>
    </aside>
  </div>`;

/**
 * Every corner of the panel (2 px in) shows the panel itself: nothing clips or covers it, and the panel lies inside
 * the window. Measured in one go in the page, once its placement has settled (it is placed in the frame after it
 * opens, and again when its list loads or a container scrolls).
 */
async function panelWhole(page: Page, width: number, height: number) {
  await expect(page.locator('sd-reply .panel')).toBeVisible();
  await expect
    .poll(() =>
      page.locator('sd-reply').evaluate(
        async (host, size) => {
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const root = host.shadowRoot!;
          const el = root.querySelector('.panel')!;
          const b = el.getBoundingClientRect();
          const inside = b.left >= 0 && b.top >= 0 && b.right <= size.width && b.bottom <= size.height;
          const points = [
            [b.left + 2, b.top + 2],
            [b.right - 3, b.top + 2],
            [b.left + 2, b.bottom - 3],
            [b.right - 3, b.bottom - 3],
          ] as const;
          const corners = points.map(([x, y]) => {
            const hit = root.elementFromPoint(x, y);
            return hit !== null && el.contains(hit);
          });
          return [inside, ...corners];
        },
        { width, height },
      ),
    )
    .toEqual([true, true, true, true, true]);
}

for (const [width, height] of [
  [1024, 768],
  [800, 600],
] as const) {
  test(`the templates panel is whole in a ${width} px window beside a narrow scrolling chat column`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await serveChat(page, '/pdd/chat-column', narrowColumn);
    await page.goto('/pdd/chat-column');
    await page.locator('#column').evaluate((c) => (c.scrollTop = c.scrollHeight));
    await page.locator('sd-reply [data-sd-action="templates"]').click();
    await panelWhole(page, width, height);
    // The column scrolls while the panel is open: the panel follows its button and stays whole.
    await page.locator('#column').evaluate((c) => (c.scrollTop -= 120));
    await panelWhole(page, width, height);
  });
}

test('the search box has the focus as the panel opens; Escape closes it at once', async ({ page }) => {
  await page.goto('/pdd/chat');
  const toggle = page.locator('sd-reply [data-sd-action="templates"]');
  await toggle.focus();
  // Opened from the keyboard and closed straight away: no wait for the focus to arrive.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.locator('sd-reply .panel')).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await toggle.click();
  expect(
    await page
      .locator('sd-reply')
      .evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('type') ?? null),
  ).toBe('search');
});

test('the reply helper beside a box in a flex row takes none of the box’s width', async ({ page }) => {
  const row = (box: string) =>
    `<div class="row" style="display:flex;width:520px;gap:8px">${box}<button>发送</button></div>`;
  await serveChat(
    page,
    '/pdd/chat-flex',
    `${orderCard()}${row('<textarea id="reply" style="flex:1"></textarea>')}${row(
      // The same row with a box no reply can go into: the helper leaves it alone, the width without Seller Desk.
      '<textarea id="closed" style="flex:1" disabled></textarea>',
    )}`,
  );
  await page.goto('/pdd/chat-flex');
  await expect(page.locator('sd-reply [data-sd-action="templates"]')).toBeVisible();
  const width = (id: string) => page.locator(id).evaluate((e) => e.getBoundingClientRect().width);
  expect(await width('#reply')).toBe(await width('#closed'));
  // The bar sits under the row, beside nothing it could squeeze.
  const bar = (await page.locator('sd-reply [data-sd-action="templates"]').boundingBox())!;
  const box = (await page.locator('#reply').boundingBox())!;
  expect(bar.y).toBeGreaterThanOrEqual(box.y + box.height);
});
