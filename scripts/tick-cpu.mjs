// Developer aid: how much CPU the content script adds on a list whose remaining-time column the page ticks every
// second (500 rows, `剩余发货时间 00:29:59`), measured as the renderer's task time over 20 s, with and without
// the demo build loaded. Usage: SD_DEMO_PORT=4187 npx wxt build --mode demo && node scripts/tick-cpu.mjs
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path.mjs';
import { launchWithExtension } from './launch.mjs';

const ROWS = Number(process.env.ROWS ?? 500);
const SECONDS = Number(process.env.SECONDS ?? 20);
// `text`: the page sets the text node's value (Vue/React text updates); `content`: it replaces the cell's text.
const MODE = process.env.MODE ?? 'text';
const url = 'http://127.0.0.1:4187/pdd/tick-cpu';

const pad = (n) => String(n).padStart(2, '0');
function html() {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const sn = `261120-${String(63795392132914 + i).padStart(15, '0')}`;
    return `<tbody data-testid="beast-core-table-middle-tbody"><tr><td colspan="4">订单编号：${sn} 订单成交时间：2026-11-20 10:${pad(i % 60)}:00</td></tr>
<tr data-testid="beast-core-table-body-tr"><td>商品 ${i}</td><td>待发货</td><td class="left" data-s="${1800 + i * 7}">00:30:00</td><td>¥35.00</td></tr></tbody>`;
  }).join('');
  return `<!doctype html><meta charset="utf-8"><title>tick</title>
<table><thead><tr><th>商品</th><th>订单状态</th><th>剩余发货时间</th><th>实收金额</th></tr></thead></table>
<table class="TB_tableWrapper_5-161-0">${rows}</table>
<script>
const cells = [...document.querySelectorAll('td.left')];
const fmt = (s) => [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
const t0 = Date.now();
setInterval(() => {
  const gone = Math.floor((Date.now() - t0) / 1000);
  for (const c of cells) {
    const text = fmt(Math.max(0, Number(c.dataset.s) - gone));
    if (${JSON.stringify(MODE)} === 'text') c.firstChild.nodeValue = text; else c.textContent = text;
  }
}, 1000);
</script>`;
}

async function measure(context) {
  const page = await context.newPage();
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html() }));
  await page.goto(url);
  await page.waitForTimeout(5000); // first reading, badges, settings
  const marked = await page.locator('[data-sd-level]').count();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  await page.evaluate(() => performance.clearMeasures());
  const start = await task();
  const wall = Date.now();
  await page.waitForTimeout(SECONDS * 1000);
  const cpu = (await task()) - start;
  // The content script's own work in the window (demo builds time each phase; `pass` spans its slices).
  const own = await page.evaluate(() => {
    const entries = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('sd:'));
    const work = entries.filter((e) =>
      ['sd:find', 'sd:slice', 'sd:place', 'sd:near', 'sd:tick'].includes(e.name),
    );
    return {
      passes: entries.filter((e) => e.name === 'sd:pass').length,
      workMs: work.reduce((sum, e) => sum + e.duration, 0),
    };
  });
  const deadlines = await page.$$eval('[data-sd-deadline]', (els) =>
    els.map((e) => e.getAttribute('data-sd-deadline')),
  );
  await page.close();
  return { cpuPct: (100 * cpu) / ((Date.now() - wall) / 1000), marked, deadlines, ...own };
}

const plain = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const base = await measure(await plain.newContext());
await plain.close();
const { context } = await launchWithExtension();
const ext = await measure(context);
await context.close();
console.log(
  JSON.stringify({
    rows: ROWS,
    mode: MODE,
    seconds: SECONDS,
    pageAlonePct: +base.cpuPct.toFixed(2),
    withExtensionPct: +ext.cpuPct.toFixed(2),
    addedPct: +(ext.cpuPct - base.cpuPct).toFixed(2),
    rowsMarked: ext.marked,
    passesInWindow: ext.passes,
    scriptWorkPct: +((100 * ext.workMs) / 1000 / SECONDS).toFixed(3),
    firstDeadline: ext.deadlines[0],
  }),
);
