import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 20.13: tables of UI libraries (test/fixtures/generic/*.html, written from their documented DOM). The
 * badge is in the copy of the order number the merchant sees, and no row changes its height: the libraries
 * keep fixed copies aligned, and virtual lists place rows, by the heights they had.
 */

const dir = fileURLToPath(new URL('../fixtures/generic', import.meta.url));
const ROWS = 'tr, [role="row"]';

/** Serves a fixture that records its rows' heights before Seller Desk can see them. */
async function serve(page: Page, name: string) {
  const path = `/generic/grid-${name}`;
  const html = readFileSync(join(dir, `${name}.html`), 'utf8').replace(
    '</body>',
    `<script>window.__heights = [...document.querySelectorAll(${JSON.stringify(ROWS)})].map((e) => e.getBoundingClientRect().height);</script></body>`,
  );
  await page.route(`**${path}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(path);
  await expect(page.locator('[data-sd-order-id]')).toHaveCount(6);
  await expect(page.locator('sd-badge')).toHaveCount(6);
}

/** Each badge is what the merchant sees at its place (not covered by a fixed copy, not clipped away). */
const seen = (page: Page) =>
  page.locator('sd-badge').evaluateAll((badges) =>
    badges.map((b) => {
      const r = b.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + Math.min(9, r.width / 2), r.top + r.height / 2);
      return !!top && (top === b || b.contains(top));
    }),
  );

const heights = (page: Page) =>
  page.evaluate((rows) => {
    const before = (window as unknown as { __heights: number[] }).__heights;
    const after = [...document.querySelectorAll(rows)].map((e) => e.getBoundingClientRect().height);
    return { before, after };
  }, ROWS);

for (const width of [1280, 1024]) {
  test(`Element UI fixed order-number column @${width}px: the badge is in the copy laid over the table, rows keep their height`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await serve(page, 'element-fixed');
    await expect(page.locator('.el-table__fixed sd-badge')).toHaveCount(6);
    expect(await seen(page)).toEqual(Array(6).fill(true));
    const { before, after } = await heights(page);
    expect(after).toEqual(before);
    // The main table's rows carry the marks (the fixture's times are past: its four unshipped orders are late);
    // their badges say so in the copy beside them.
    await expect(page.locator('.el-table__body-wrapper tr[data-sd-level="overdue"]')).toHaveCount(4);
    await expect(page.locator('.el-table__fixed sd-badge[data-level="overdue"]')).toHaveCount(4);
  });

  test(`Ant Design sticky fixed column @${width}px: badges in the sticky cells, rows keep their height`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await serve(page, 'antd-sticky');
    await expect(page.locator('td.ant-table-cell-fix-left sd-badge')).toHaveCount(6);
    expect(await seen(page)).toEqual(Array(6).fill(true));
    const { before, after } = await heights(page);
    expect(after).toEqual(before);
  });

  test(`AG Grid with a pinned order-number column @${width}px: rows read across containers, badges seen, heights kept`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await serve(page, 'ag-grid');
    const levels = await page.$$eval('[data-sd-order-id]', (els) =>
      els.map((e) => [e.getAttribute('data-sd-order-id'), e.getAttribute('data-sd-level')]),
    );
    // The fixture's times are past: unshipped orders are late, the shipped and the cancelled one done.
    expect(levels).toEqual([
      ['580112260001', 'overdue'],
      ['580112260002', 'overdue'],
      ['580112260003', 'overdue'],
      ['580112260004', 'done'],
      ['580112260005', 'overdue'],
      ['580112260006', 'done'],
    ]);
    await expect(page.locator('.ag-pinned-left-cols-container sd-badge')).toHaveCount(6);
    expect(await seen(page)).toEqual(Array(6).fill(true));
    const { before, after } = await heights(page);
    expect(after).toEqual(before);
  });
}
