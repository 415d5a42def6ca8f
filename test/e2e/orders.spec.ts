import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { explanation } from './badge-tip';

const orderPages = ['/jd/orders', '/pdd/orders', '/taobao/orders', '/douyin/orders', '/generic/orders'];

async function annotated(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'active');
  // Re-reads are debounced after a re-render: wait until every order row is marked again.
  await expect(page.locator('[data-demo-expect]:not([data-sd-level])')).toHaveCount(0);
  return page.$$eval('[data-demo-expect]', (els) =>
    els.map((e) => ({
      expect: e.getAttribute('data-demo-expect'),
      level: e.getAttribute('data-sd-level'),
      id: e.getAttribute('data-sd-order-id'),
      deadline: e.getAttribute('data-sd-deadline'),
      penalty: e.getAttribute('data-sd-penalty'),
    })),
  );
}

/** A time `hours` from now as the platforms print it: China time, to the minute. */
const chinaIn = (hours: number) =>
  new Date(Date.now() + hours * 3600e3 + 8 * 3600e3).toISOString().slice(0, 16).replace('T', ' ');

/** Serves a bare order table (Order No., Ship by, Status) with these rows at `path`. */
async function serveTable(page: Page, path: string, rows: readonly string[]) {
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><table><thead><tr><th>Order No.</th><th>Ship by</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    }),
  );
}

/** `count` rows due `hours` from now, awaiting shipment. */
const awaitingRows = (count: number, hours: number) =>
  Array.from(
    { length: count },
    (_, i) => `<tr><td>SO-${202611300000 + i}</td><td>${chinaIn(hours)}</td><td>Awaiting shipment</td></tr>`,
  );

for (const path of orderPages) {
  test(`${path}: every order carries the level a merchant should see, with a visible badge`, async ({
    page,
  }) => {
    await page.goto(path);
    const rows = await annotated(page);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(row.id, JSON.stringify(row)).toBeTruthy();
      expect(row.level, JSON.stringify(row)).toBe(row.expect);
      if (['overdue', 'urgent', 'soon', 'ok'].includes(row.level ?? '')) {
        expect(row.deadline).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
      } else expect(row.deadline).toBeNull();
    }
    const count = await page.locator('html').getAttribute('data-sd-orders');
    expect(Number(count)).toBe(rows.length);
    const badges = page.locator('sd-badge');
    await expect(badges.first()).toBeVisible();
    expect(await badges.count()).toBe(rows.length);
    // The badge's words are drawn from its attributes, so they are not part of the page's own text.
    await expect(badges.first()).toHaveAttribute('data-text', /\S/);
    expect(await page.locator('[data-sd-order-id]').first().textContent()).not.toMatch(
      /剩余|已超时|left|late/,
    );
  });
}

test('the merchant’s settings cannot be had (the store fails): rows are marked with the default rules, without badges', async ({
  page,
  context,
}) => {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  // Every store request fails from now on, as with a broken IndexedDB; injecting a script does not use the store.
  await worker.evaluate(() => {
    IDBDatabase.prototype.transaction = () => {
      throw new Error('store broken (test)');
    };
  });
  await page.goto('/jd/orders');
  // The default rules are fetched only now (entrypoints/preset-rules.ts): the levels are theirs.
  const rows = await annotated(page);
  expect(rows.length).toBeGreaterThanOrEqual(8);
  for (const row of rows) expect(row.level, JSON.stringify(row)).toBe(row.expect);
  await expect(page.locator('sd-badge')).toHaveCount(0);
});

test('JD badges count down and carry the rule and penalty in their tooltip', async ({ page }) => {
  await page.goto('/jd/orders');
  await annotated(page);
  const urgent = page.locator('[data-sd-level="urgent"]').first();
  await expect(urgent).toHaveAttribute('data-sd-penalty', 'points:1');
  const badge = urgent.locator('sd-badge');
  await expect(badge).toHaveAttribute('data-text', /剩余 \d+(小时|分钟)/);
  await expect(badge).toHaveAttribute('aria-label', /剩余 \d+(小时|分钟)/);
  const title = await explanation(badge);
  expect(title).toContain('最晚发货');
  expect(title).toContain('扣 1 分');
  expect(title).toContain('规则来源：京东商家发货常见问题');
});

test('the pointer resting on a badge shows its explanation; moving away hides it', async ({ page }) => {
  await page.goto('/jd/orders');
  await annotated(page);
  const badge = page.locator('[data-sd-level="urgent"] sd-badge').first();
  // Its spoken name is there from the start: level and countdown.
  await expect(badge).toHaveAttribute('aria-label', /剩余 \d+(小时|分钟)/);
  await badge.hover();
  const tip = page.locator('sd-tip[role="tooltip"][data-open]');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('最晚发货');
  await expect(tip).toContainText('规则来源');
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
});

test('the list re-renders (next page, tab change): new rows are marked, old badges do not linger', async ({
  page,
}) => {
  await page.goto('/pdd/orders');
  const first = await annotated(page);
  const firstIds = first.map((r) => r.id);
  await page.locator('li[data-testid="beast-core-pagination-next"]').click();
  await expect
    .poll(async () =>
      page.$$eval('[data-sd-order-id]', (els) => els.map((e) => e.getAttribute('data-sd-order-id'))),
    )
    .not.toEqual(firstIds);
  const second = await annotated(page);
  for (const row of second) expect(row.level, JSON.stringify(row)).toBe(row.expect);
  expect(await page.locator('sd-badge').count()).toBe(second.length);

  await page.locator('[data-tab="pending"]').click();
  await expect(page).toHaveURL(/tab=pending/);
  const pending = await annotated(page);
  expect(pending.length).toBeLessThan(second.length);
  for (const row of pending) expect(row.level, JSON.stringify(row)).toBe(row.expect);
  expect(await page.locator('sd-badge').count()).toBe(pending.length);
});

test('a badge the page itself takes away (its framework re-rendering a cell) comes back', async ({
  page,
}) => {
  // A still page: nothing else changes after load, so only the removal can bring the badges back.
  await serveTable(
    page,
    '/generic/still',
    [1, 2, 3].map(
      (i) => `<tr><td>SO-2026112${i}00${i}</td><td>${chinaIn(5)}</td><td>Awaiting shipment</td></tr>`,
    ),
  );
  await page.goto('/generic/still');
  await expect(page.locator('sd-badge')).toHaveCount(3);
  // Past the overlay's one-off re-read of a fresh page (3 s), so only the removal itself can bring them back.
  await page.waitForTimeout(3500);
  await page.evaluate(() => document.querySelectorAll('sd-badge').forEach((b) => b.remove()));
  await expect(page.locator('sd-badge')).toHaveCount(3);
  await expect(page.locator('[data-sd-level="soon"]')).toHaveCount(3);
});

test('a 400-row list: every row marked at once, badges drawn for the rows on and near the screen as the merchant scrolls', async ({
  page,
}) => {
  await serveTable(page, '/generic/long', awaitingRows(400, 30));
  await page.goto('/generic/long');
  await expect(page.locator('html')).toHaveAttribute('data-sd-orders', '400');
  await expect(page.locator('[data-sd-level="ok"]')).toHaveCount(400);
  // Badges are drawn for the rows on and near the screen, not for all 400 at once.
  const first = page.locator('tr[data-sd-order-id]').first();
  await expect(first.locator('sd-badge')).toHaveAttribute('data-text', /剩余|left/);
  const drawn = await page.locator('sd-badge').count();
  expect(drawn).toBeGreaterThan(20);
  expect(drawn).toBeLessThan(400);
  const last = page.locator('tr[data-sd-order-id]').last();
  await expect(last.locator('sd-badge')).toHaveCount(0);
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('sd-badge')).toHaveAttribute('data-text', /剩余|left/);
  // Rows the merchant scrolled past on the way got theirs too.
  const middle = page.locator('tr[data-sd-order-id]').nth(300);
  await middle.scrollIntoViewIfNeeded();
  await expect(middle.locator('sd-badge')).toHaveCount(1);
});

test('wheeling down a long list: badges come in a few batches ahead of the merchant, not at every notch', async ({
  page,
}) => {
  await serveTable(page, '/generic/wheel', awaitingRows(600, 30));
  await page.goto('/generic/wheel');
  await expect(page.locator('[data-sd-level="ok"]')).toHaveCount(600);
  await expect(page.locator('tr[data-sd-order-id]').first().locator('sd-badge')).toHaveCount(1);
  const batches = () => page.evaluate(() => performance.getEntriesByName('sd:near', 'measure').length);
  const before = await batches();
  await page.mouse.move(400, 300);
  // Twelve notches, about 60 rows: each would bring a few rows into the badge zone.
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(80);
  }
  await page.waitForTimeout(300);
  // Each batch makes the page lay its list out again: a couple at most, not one per notch.
  expect((await batches()) - before).toBeLessThanOrEqual(2);
  // Still, every row on screen and in the next screens has its badge.
  const missing = await page.evaluate(
    () =>
      Array.from(document.querySelectorAll('tr[data-sd-order-id]')).filter((tr) => {
        const r = tr.getBoundingClientRect();
        return r.bottom > 0 && r.top < 2 * innerHeight && !tr.querySelector('sd-badge');
      }).length,
  );
  expect(missing).toBe(0);
});

test('badges do not make rows taller: nothing on the page moves when they appear', async ({ page }) => {
  const ship = chinaIn(30);
  const late = chinaIn(-3);
  // Cards in small type and table rows in the browser's default type, with room on the order number's line.
  const cards = Array.from(
    { length: 12 },
    (_, i) =>
      `<div class="order-card" style="font-size:12px"><span>订单号：</span><span>${880011220000 + i}</span> <span>下单时间：2026-11-20 10:00</span><div>承诺发货时间：${i % 3 ? ship : late}</div><div>待发货</div></div>`,
  );
  const rows = Array.from(
    { length: 12 },
    (_, i) =>
      `<tr><td>SO-${202611300000 + i}</td><td>${i % 3 ? ship : late}</td><td>Awaiting shipment</td></tr>`,
  );
  await page.route('**/generic/heights', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      // The page measures its rows in the script that renders them, before Seller Desk can see them.
      body: `<!doctype html><meta charset="utf-8"><body style="width:1100px"><div id="cards"></div>
<table style="width:100%"><thead><tr><th>Order No.</th><th>Ship by</th><th>Status</th></tr></thead><tbody id="rows"></tbody></table>
<script>
document.getElementById('cards').innerHTML = ${JSON.stringify(cards.join(''))};
document.getElementById('rows').innerHTML = ${JSON.stringify(rows.join(''))};
window.__heights = [...document.querySelectorAll('.order-card, tbody tr')].map((e) => e.getBoundingClientRect().height);
</script></body>`,
    }),
  );
  await page.goto('/generic/heights');
  await expect(page.locator('[data-sd-order-id]')).toHaveCount(24);
  await expect(page.locator('sd-badge')).toHaveCount(24);
  await expect(page.locator('[data-sd-level="overdue"]')).toHaveCount(8);
  const heights = await page.evaluate(() => ({
    before: (window as unknown as { __heights: number[] }).__heights,
    after: [...document.querySelectorAll('.order-card, tbody tr')].map(
      (e) =>
        e.getBoundingClientRect().height - (e.querySelector('sd-line')?.getBoundingClientRect().height ?? 0),
    ),
    lines: [...document.querySelectorAll('.order-card sd-line, tbody tr sd-line')].map(
      (e) => e.getBoundingClientRect().height,
    ),
  }));
  // Inline, a badge never makes its line taller; where inline it would squeeze the page's columns (an
  // auto-layout table), it has a line of its own, which adds at most 24 px (issue 20.4).
  expect(heights.after).toEqual(heights.before);
  for (const h of heights.lines) expect(h).toBeLessThanOrEqual(24);
  // Cards in small type with room on the number's line keep their badge inline.
  await expect(page.locator('.order-card sd-line')).toHaveCount(0);
});

test('columns reordered in place (same header cells, new labels): the ship-by time is read from its new column', async ({
  page,
}) => {
  const rows = Array.from(
    { length: 6 },
    (_, i) =>
      `<tr><td>SO-${202611300100 + i}</td><td>${chinaIn(-20)}</td><td>${chinaIn(30 + i)}</td><td>Awaiting shipment</td></tr>`,
  );
  await page.route('**/generic/columns', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><table><thead><tr><th>Order No.</th><th>Order time</th><th>Ship by</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    }),
  );
  await page.goto('/generic/columns');
  const deadlines = () =>
    page.$$eval('tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-sd-deadline')));
  await expect(page.locator('tbody tr[data-sd-level="ok"]')).toHaveCount(6);
  const before = await deadlines();
  expect(before.every(Boolean)).toBe(true);
  // The merchant drags "Ship by" before "Order time": the framework rewrites the cells it already has.
  await page.evaluate(() => {
    for (const tr of document.querySelectorAll('tr')) {
      const [, second, third] = Array.from(tr.children);
      if (!second || !third) continue;
      const text = second.textContent;
      second.textContent = third.textContent;
      third.textContent = text;
    }
  });
  await expect(page.locator('th').nth(1)).toHaveText('Ship by');
  // Re-read after the change: every deadline is still the ship-by time, now read from the second column.
  await expect.poll(deadlines).toEqual(before);
  await expect(page.locator('tbody tr[data-sd-level="ok"]')).toHaveCount(6);
});

test('a long list whose rows differ here and there: each row is marked from its own text', async ({
  page,
}) => {
  // The page's times, printed once: read again later, a minute boundary could pass between the two.
  const regular = Array.from({ length: 7 }, (_, k) => chinaIn(30 + k));
  const rows = Array.from({ length: 600 }, (_, i) => {
    const status = i % 97 === 5 ? 'Shipped' : 'Awaiting shipment';
    // Row 250 prints its ship-by time with a word before it; row 251 is already late.
    const ship = i === 250 ? `by ${chinaIn(5)}` : i === 251 ? chinaIn(-3) : regular[i % 7];
    const tag = i === 300 ? ' <b>Presale</b>' : '';
    return `<tr><td>SO-${202611300000 + i}</td><td>${ship}</td><td>${status}${tag}</td></tr>`;
  });
  await serveTable(page, '/generic/varied', rows);
  await page.goto('/generic/varied');
  await expect(page.locator('html')).toHaveAttribute('data-sd-orders', '600');
  const row = (i: number) => page.locator(`tr[data-sd-order-id="SO-${202611300000 + i}"]`);
  await expect(row(5)).toHaveAttribute('data-sd-level', 'done');
  await expect(row(102)).toHaveAttribute('data-sd-level', 'done');
  await expect(row(6)).toHaveAttribute('data-sd-level', 'ok');
  await expect(row(250)).toHaveAttribute('data-sd-level', 'soon');
  await expect(row(251)).toHaveAttribute('data-sd-level', 'overdue');
  await expect(page.locator('[data-sd-level="done"]')).toHaveCount(7);
  await expect(page.locator('[data-sd-level="ok"]')).toHaveCount(591);
  // Each row's own deadline, not its neighbour's.
  for (const i of [0, 1, 2, 3, 4, 599])
    await expect(row(i)).toHaveAttribute('data-sd-deadline', `${regular[i % 7]!.replace(' ', 'T')}:00+08:00`);
  // Most rows were read by the plan learnt on the first ones (demo builds record it).
  const planned = await page.evaluate(() =>
    Math.max(
      0,
      ...performance
        .getEntriesByName('sd:pass', 'measure')
        .map((e) => (e as PerformanceMeasure).detail?.planned ?? 0),
    ),
  );
  expect(planned).toBeGreaterThan(500);
});

test('hostile text in a buyer remark stays text', async ({ page }) => {
  // The demo shows a plain remark; `?hostile=1` puts markup in it.
  await page.goto('/jd/orders?hostile=1');
  await expect(page.locator('.remark-cell__text', { hasText: '<img' })).toHaveCount(1);
  await annotated(page);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const badges = page.locator('sd-badge');
  for (let i = 0; i < Math.min(3, await badges.count()); i++)
    expect(await explanation(badges.nth(i))).not.toContain('<img');
  await expect(page.locator('sd-tip *')).toHaveCount(0);
});

test('an order page with no readable orders says so visibly, and the page keeps working', async ({
  page,
}) => {
  await page.route('**/generic/empty', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Inventory</title><table><tr><th>SKU</th><th>Stock</th></tr><tr><td>A-1</td><td>12</td></tr></table><button id="b" onclick="this.textContent=\'ok\'">click</button>',
    }),
  );
  await page.goto('/generic/empty');
  await expect(page.locator('html')).toHaveAttribute('data-sd-status', 'unrecognized');
  await expect(page.locator('sd-notice .notice')).toBeVisible();
  await expect(page.locator('sd-notice [data-sd-action="copy-diagnostic"]')).toBeVisible();
  await expect(page.locator('[data-sd-order-id]')).toHaveCount(0);
  await page.locator('#b').click();
  await expect(page.locator('#b')).toHaveText('ok');
  await page.locator('sd-notice button[aria-label]').click();
  await expect(page.locator('sd-notice')).toHaveCount(0);
});

test('a div-based row (flex): the badge goes inside the order number’s cell, never between the page’s cells', async ({
  page,
}) => {
  const row = (n: number) =>
    `<div class="row" style="display:flex;align-items:center"><div class="cell" style="width:300px">订单号：880720261130000${n}</div><div class="cell" style="width:220px">下单时间：2026-11-29 23:19:10</div><div class="cell" style="width:240px">承诺发货时间：${chinaIn(5)}</div><div class="cell" style="width:120px">待发货</div></div>`;
  await page.route('**/orders/flex-rows', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><div style="width:900px">${row(1)}${row(2)}${row(3)}</div>`,
    }),
  );
  await page.goto('/orders/flex-rows');
  await expect(page.locator('.row[data-sd-level="soon"]')).toHaveCount(3);
  await expect(page.locator('.row sd-badge')).toHaveCount(3);
  for (const r of await page.locator('.row').all()) {
    // The page's own cells, in their places: code that reads row.children[i] keeps working.
    expect(await r.evaluate((e) => Array.from(e.children, (c) => c.className))).toEqual([
      'cell',
      'cell',
      'cell',
      'cell',
    ]);
    await expect(r.locator('.cell').first().locator('sd-badge')).toHaveCount(1);
  }
});

test('JD shipped orders keep a quieter courier-pickup mark until the page shows the scan (48 h from the order)', async ({
  page,
}) => {
  await page.goto('/jd/orders');
  await annotated(page);
  const rows = page.locator('[data-demo-pickup]');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) {
    // Shipped: the main level stays done, without a ship deadline.
    await expect(row).toHaveAttribute('data-sd-level', 'done');
    expect(await row.getAttribute('data-sd-deadline')).toBeNull();
    await expect(row).toHaveAttribute('data-sd-pickup-level', (await row.getAttribute('data-demo-pickup'))!);
    // The pickup scan is due 48 h after the order time the card shows (China time).
    const placed = (await row.locator('.order-time').textContent())!.slice(0, 19).replace(' ', 'T');
    const due = new Date(Date.parse(`${placed}+08:00`) + 48 * 3600e3 + 8 * 3600e3).toISOString().slice(0, 19);
    await expect(row).toHaveAttribute('data-sd-pickup-deadline', `${due}+08:00`);
  }
  const waiting = page.locator('[data-demo-pickup="soon"] sd-badge');
  await expect(waiting).toHaveAttribute('data-pickup', '待揽收 · 剩余 8小时');
  // The mark is painted on the page, after the countdown, quieter than it.
  const painted = await waiting.evaluate((el) => {
    const after = getComputedStyle(el, '::after');
    return { content: after.content, weight: after.fontWeight, main: getComputedStyle(el).fontWeight };
  });
  expect(painted.content).toBe('"待揽收 · 剩余 8小时"');
  expect(Number(painted.weight)).toBeLessThanOrEqual(Number(painted.main));
  expect(await explanation(waiting)).toContain('揽收扫描截止');
  expect(await waiting.getAttribute('aria-label')).toContain('待揽收');

  const scanned = page.locator('[data-demo-pickup="done"] sd-badge');
  await expect(scanned).toHaveAttribute('data-pickup', '已按时揽收');
  expect(await explanation(scanned)).toContain('页面显示的揽收时间');
  // Pending and cancelled rows have no pickup mark.
  await expect(page.locator('[data-sd-level="urgent"][data-sd-pickup-level]')).toHaveCount(0);
});
