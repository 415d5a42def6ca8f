import type { Page } from '@playwright/test';
import { Window } from 'happy-dom';
import { readOrders } from '../../lib/orders/read';
import type { Platform } from '../../lib/platforms/types';
import { fixturePages, mutateLayout, pick, rng } from '../fuzz/layouts';
import { collectErrors } from './errors';
import { expect, test } from './fixtures';

const LAYOUTS = 120;
/** Tabs loading layouts at once: an unrecognised page takes the overlay's 3 s grace before its notice. */
const TABS = 8;
const platforms: Platform[] = ['jd', 'pdd', 'taobao', 'douyin', 'generic'];

interface Layout {
  path: string;
  html: string;
  /** What was done to which fixture, to replay a failure. */
  label: string;
}

/**
 * The unit fuzz's mutations (another seed), applied in happy-dom. Rows the pure reader finds are
 * tagged `data-fuzz-order`, so the page knows which rows the content script has to mark. Page scripts
 * are dropped: they are not under test, and a broken one would drown the extension's errors.
 */
function generateLayouts(): Layout[] {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  // happy-dom's element types are its own; the generator and the reader only use standard DOM calls.
  const body = window.document.body as unknown as HTMLElement;
  const pages = fixturePages();
  const r = rng(20261130);
  const layouts: Layout[] = [];
  for (let n = 0; n < LAYOUTS; n++) {
    body.innerHTML = pick(pages, r) ?? '';
    const applied = mutateLayout(body, r, n % 40 === 0);
    const platform = pick(platforms, r) ?? 'generic';
    for (const script of Array.from(body.querySelectorAll('script'))) script.remove();
    // The browser parses the serialised page again: read what that gives, not the mutated tree.
    const serialised = body.innerHTML;
    body.innerHTML = serialised;
    for (const { element } of readOrders(body, platform, { now: Date.now() }).orders)
      element.setAttribute('data-fuzz-order', '');
    layouts.push({
      path: `/${platform}/orders-fuzz-${n}`,
      html: `<!doctype html><meta charset="utf-8"><title>fuzz ${n}</title><body>${body.innerHTML}</body>`,
      label: `layout ${n}: ${applied.join('+')} as ${platform}`,
    });
  }
  void window.happyDOM.close();
  return layouts;
}

/** `marked`: the page is active and every order row carries a level; `unrecognized`: the notice is up. */
const outcome = (page: Page) =>
  page.evaluate(() => {
    const status = document.documentElement.getAttribute('data-sd-status');
    if (status === 'unrecognized') return 'unrecognized';
    const rows = Array.from(document.querySelectorAll('[data-fuzz-order]'));
    return status === 'active' && rows.every((row) => row.hasAttribute('data-sd-level'))
      ? 'marked'
      : 'waiting';
  });

test(`${LAYOUTS} mutated layouts through the real content script: no exception, every row marked or a notice`, async ({
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const layouts = generateLayouts();
  const byPath = new Map(layouts.map((l) => [l.path, l]));
  await context.route(/\/orders-fuzz-\d+$/, (route) => {
    const layout = byPath.get(new URL(route.request().url()).pathname);
    return layout
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: layout.html })
      : route.fallback();
  });
  const errors = collectErrors(context);
  const seen: Record<string, number> = { marked: 0, unrecognized: 0 };
  let next = 0;
  const tab = async () => {
    const page = await context.newPage();
    for (let layout = layouts[next++]; layout; layout = layouts[next++]) {
      await page.goto(`${baseURL}${layout.path}`);
      await expect.poll(() => outcome(page), { message: layout.label, timeout: 8_000 }).not.toBe('waiting');
      const got = await outcome(page);
      seen[got] = (seen[got] ?? 0) + 1;
      expect(errors, layout.label).toEqual([]);
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: TABS }, tab));
  test.info().annotations.push({ type: 'outcomes', description: JSON.stringify(seen) });
  // Both ways out were exercised, so neither check is vacuous.
  expect(seen.marked ?? 0).toBeGreaterThan(LAYOUTS / 4);
  expect(seen.unrecognized ?? 0).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
