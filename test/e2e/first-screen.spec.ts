import { pageHtml, rowHtml } from '../../scripts/bench-pages.mjs';
import { expect, test } from './fixtures';

/**
 * Issue #19, budget 1: a list the page renders after load (the back-offices are SPAs) shows its first rows
 * marked and badged in the first frame that paints them, not a frame later. Checked in that frame's
 * requestAnimationFrame (which runs before it lays out and paints). How many rows make it depends on the
 * machine (the first screen stops after 4 ms); the first row always does. Timing is the bench's job.
 */
for (const layout of ['generic', 'jd', 'pdd'] as const) {
  test(`${layout}: rows rendered after load are marked and badged in the frame that first paints them`, async ({
    page,
  }) => {
    await page.route(`**/${layout}/first-screen`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(layout) }),
    );
    await page.goto(`/${layout}/first-screen`);
    const render = (from: number, size: number) => {
      const now = Date.now();
      return Array.from({ length: size }, (_, i) => rowHtml(layout, from + i, now)).join('');
    };
    // A first page of the list: the content script has its settings once this one is marked.
    await page.evaluate((html) => (document.getElementById('list')!.innerHTML = html), render(0, 3));
    await expect(page.locator('sd-badge')).toHaveCount(3);

    const firstFrame = await page.evaluate(
      (html) =>
        new Promise<{ marked: boolean; badged: boolean }>((resolve) => {
          // As a framework renders: no layout forced after the rows go in.
          const list = document.getElementById('list')!;
          list.innerHTML = html;
          requestAnimationFrame(() => {
            const first = list.firstElementChild!;
            resolve({
              marked: first.hasAttribute('data-sd-level') || !!first.querySelector('[data-sd-level]'),
              badged: !!first.querySelector('sd-badge'),
            });
          });
        }),
      render(1000, 500),
    );
    expect(firstFrame).toEqual({ marked: true, badged: true });
    // The pass that follows marks the rest.
    await expect(page.locator('[data-sd-level]')).toHaveCount(500);
  });
}
