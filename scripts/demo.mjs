// `npm run demo`: builds the extension in demo mode, serves the bundled back-office pages and opens
// Chromium with the extension loaded. Without a display (or with --headless) it takes screenshots
// of every demo page, the JD delay-report form, the popup and the options page instead (and overlay-jd.png, the
// README's picture), and prints what the overlay found.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoServer } from './demo/server.mjs';
import { launchWithExtension } from './launch.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve(args.find((a) => a.startsWith('--out='))?.slice(6) ?? 'demo-output');
const pages = [
  '/jd/orders',
  '/pdd/orders',
  '/taobao/orders',
  '/douyin/orders',
  '/generic/orders',
  '/pdd/aftersales',
  '/pdd/chat',
];
const levels = ['overdue', 'urgent', 'soon', 'ok', 'done', 'unknown'];

function build() {
  console.log('Building the extension (demo mode)…');
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('The demo build failed (see above).');
}

async function readOverlay(page) {
  await page.waitForSelector('html[data-sd-status]', { timeout: 8000 }).catch(() => undefined);
  return page.evaluate((levels) => {
    const html = document.documentElement;
    const counts = Object.fromEntries(
      levels.map((l) => [l, document.querySelectorAll(`[data-sd-level="${l}"]`).length]),
    );
    const stages = ['cancellation', 'after-sales'];
    for (const s of stages) {
      const n = document.querySelectorAll(`[data-sd-aftersales="${s}"]`).length;
      if (n) counts[s] = n;
    }
    const warnings = document.querySelectorAll('[data-sd-warning]').length;
    if (warnings) counts['warnings'] = warnings;
    return { status: html.dataset.sdStatus ?? '(none)', counts };
  }, levels);
}

async function headlessTour(server) {
  mkdirSync(outDir, { recursive: true });
  const { context, extensionId } = await launchWithExtension({ headless: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const lines = [];
  for (const path of pages) {
    await page.goto(server.origin + path);
    const found = path.endsWith('/chat') ? { status: 'reply helper', counts: {} } : await readOverlay(page);
    if (path.endsWith('/chat'))
      await page.waitForSelector('sd-reply', { timeout: 8000 }).catch(() => undefined);
    const file = resolve(outDir, `${path.slice(1).replace(/\//g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const counts = Object.entries(found.counts)
      .filter(([, n]) => n > 0)
      .map(([l, n]) => `${n} ${l}`)
      .join(', ');
    lines.push(`${path.padEnd(18)} ${found.status.padEnd(13)} ${counts}`);
  }
  // The README's picture: the JD list as a merchant's window shows it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.origin + '/jd/orders');
  await readOverlay(page);
  await page.screenshot({ path: resolve(outDir, 'overlay-jd.png') });
  // The delay-report form Seller Desk fills from a recorded report.
  await page.goto(server.origin + '/jd/delay-report');
  await page.waitForSelector('sd-fill', { timeout: 3000 }).catch(() => undefined);
  await page.screenshot({ path: resolve(outDir, 'jd-delay-report.png'), fullPage: true });
  lines.push(`${'/jd/delay-report'.padEnd(18)} ${'form helper'.padEnd(13)}`);

  const options = await context.newPage();
  await options.setViewportSize({ width: 1100, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await options.waitForSelector('main h2');
  await options.screenshot({ path: resolve(outDir, 'options.png'), fullPage: true });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForSelector('[data-sd-count]');
  await popup.screenshot({ path: resolve(outDir, 'popup.png'), fullPage: true });
  const popupCounts = await popup.$$eval('[data-sd-count]', (els) =>
    els.map((e) => `${e.textContent} ${e.getAttribute('data-sd-count')}`).join(', '),
  );
  await context.close();
  console.log('\nSeller Desk demo — what the overlay found');
  console.log(lines.join('\n'));
  console.log(`popup              ${popupCounts}`);
  console.log(`options            settings page`);
  console.log(`\nScreenshots: ${outDir}`);
}

async function interactive(server) {
  const { context } = await launchWithExtension({ headless: false, viewport: null });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/jd/orders`);
  console.log(`Chromium is open on ${server.origin}/jd/orders (index: ${server.origin}/). Close it to stop.`);
  await new Promise((done) => context.on('close', done));
}

build();
const server = await startDemoServer({ port: Number(process.env.SD_DEMO_PORT ?? 0) });
try {
  console.log(`Demo back-office: ${server.origin}/`);
  await (headless ? headlessTour(server) : interactive(server));
} finally {
  await server.close();
}
