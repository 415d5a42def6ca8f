// `npm run bench`: what Seller Desk costs on a merchant's page, measured side by side in one run.
// For each layout and size: the time the page itself takes to put its rows in the DOM, then the time
// until every row carries its data-sd-level, with long tasks (> 50 ms) counted; several repetitions,
// medians and min–max. Also the bundle sizes (gzip) and the pure reader's throughput in Node.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from './launch.mjs';

const sizes = (process.env.SD_BENCH_SIZES ?? '50,500,2000').split(',').map(Number);
const reps = Number(process.env.SD_BENCH_REPS ?? 5);
const layouts = ['generic', 'jd', 'pdd'];

const pad = (n) => String(n).padStart(2, '0');
const china = (ms) => {
  const d = new Date(ms + 8 * 3600e3);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

/** One row/card/block of each layout, as the platforms print them. */
function rowHtml(layout, i, now) {
  const id = String(300000000000 + i);
  const ship = china(now + ((i % 48) - 4) * 3600e3);
  if (layout === 'jd')
    return `<div class="card"><div><span>订单号：</span><span class="shop-order-id">${id}</span><span>${china(now - 20 * 3600e3)} 下单，${china(now - 20 * 3600e3)} 付款</span></div><div prop="orderStatus"><span class="order-status">等待出库</span><div class="promise-out-ship-date">${ship}</div></div></div>`;
  if (layout === 'pdd')
    return `<tbody><tr><td colspan="4"><span>订单编号：261120-${id.padStart(15, '0')}</span><span>订单成交时间：${china(now - 20 * 3600e3)}</span><span>承诺发货时间：${ship}</span></td></tr><tr data-testid="beast-core-table-body-tr"><td><input type="checkbox"></td><td>商品</td><td>待发货</td><td>￥9.90</td></tr></tbody>`;
  return `<tr><td>SO-${id}</td><td>${china(now - 20 * 3600e3)}</td><td>${ship}</td><td>Awaiting shipment</td><td>$9.90</td></tr>`;
}

/** A page that renders its rows from script on demand, timing its own DOM work like an SPA would. */
function pageHtml(layout) {
  const container =
    layout === 'jd'
      ? '<div class="jd-scrollbar__view"><div class="table-body" id="list"></div></div>'
      : layout === 'pdd'
        ? '<table><thead><tr><th></th><th>商品</th><th>订单状态</th><th>实收金额</th></tr></thead></table><table class="TB_tableWrapper_5-113-0" id="list"></table>'
        : '<table><thead><tr><th>Order No.</th><th>Order time</th><th>Ship by</th><th>Status</th><th>Total</th></tr></thead><tbody id="list"></tbody></table>';
  return `<!doctype html><meta charset="utf-8"><body>${container}<script>
window.__longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
window.__render = (html) => { const t0 = performance.now(); document.getElementById('list').innerHTML = html; document.body.offsetHeight; return performance.now() - t0; };
</script></body>`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;

async function measure(context, origin, layout, size, withExtension) {
  const page = await context.newPage();
  await page.goto(`${origin}/${layout}/bench`);
  await page.waitForTimeout(300);
  const now = Date.now();
  const html = Array.from({ length: size }, (_, i) => rowHtml(layout, i, now)).join('');
  const result = await page.evaluate(
    async ({ html, size, withExtension }) => {
      window.__longTasks.length = 0;
      const render = window.__render(html);
      const t0 = performance.now();
      if (withExtension) {
        await new Promise((resolve) => {
          const done = () => document.documentElement.getAttribute('data-sd-orders') === String(size);
          if (done()) return resolve();
          new MutationObserver((_, o) => done() && (o.disconnect(), resolve())).observe(
            document.documentElement,
            { attributes: true },
          );
        });
      }
      const annotate = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 50));
      return {
        render,
        annotate,
        longTasks: window.__longTasks.length,
        longest: Math.max(0, ...window.__longTasks),
      };
    },
    { html, size, withExtension },
  );
  await page.close();
  return result;
}

function bundleSizes() {
  const dir = '.output/chrome-mv3-demo';
  const out = {};
  for (const f of ['content-scripts/orders.js', 'content-scripts/reply.js', 'background.js']) {
    out[f] = gzipSync(readFileSync(join(dir, f))).length;
  }
  for (const f of readdirSync(join(dir, 'chunks')))
    out[`chunks/${f}`] = gzipSync(readFileSync(join(dir, 'chunks', f))).length;
  return out;
}

spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: 'ignore' });
const server = createServer((req, res) => {
  const layout = (req.url ?? '').split('/')[1];
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(layout));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const withExt = await launchWithExtension({ headless: true });
const { chromium } = await import('playwright-core');
const { findChromium } = await import('./chromium-path.mjs');
const plain = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const plainContext = await plain.newContext();

const rows = [];
for (const layout of layouts) {
  for (const size of sizes) {
    const a = [];
    const b = [];
    for (let r = 0; r < reps; r++) {
      b.push(await measure(plainContext, origin, layout, size, false));
      a.push(await measure(withExt.context, origin, layout, size, true));
    }
    const row = {
      layout,
      rows: size,
      pageRenderMs: round(median(b.map((x) => x.render))),
      annotateMs: round(median(a.map((x) => x.annotate))),
      annotateMinMax: [
        round(Math.min(...a.map((x) => x.annotate))),
        round(Math.max(...a.map((x) => x.annotate))),
      ],
      perRowUs: round((median(a.map((x) => x.annotate)) * 1000) / size),
      ratioToPage: round(median(a.map((x) => x.annotate)) / Math.max(0.1, median(b.map((x) => x.render)))),
      longTasksWith: median(a.map((x) => x.longTasks)),
      longTasksWithout: median(b.map((x) => x.longTasks)),
      longestTaskMs: round(median(a.map((x) => x.longest))),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}
await withExt.context.close();
await plain.close();
server.close();

const results = {
  takenAt: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  reps,
  rows,
  bundleGzipBytes: bundleSizes(),
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.table(rows.map(({ annotateMinMax, ...r }) => ({ ...r, minMax: annotateMinMax.join('–') })));
console.log('bundle (gzip bytes):', results.bundleGzipBytes);
