// Developer aid (not part of CI): what Chromium keeps after one change inside a 2,000-row table, without the
// extension. `node scripts/table-memory.mjs` prints, per bench layout, the heap added (V8 + Blink, after GC)
// by adding one <span> to one cell, the same span absolutely positioned, and 140 spans in an overlay outside
// the table, each compared with the untouched page (the two table layouts).
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { heapAfterGc, pageHtml, rowHtml } from './bench-pages.mjs';
import { findChromium } from './chromium-path.mjs';

const variants = {
  none: '0',
  'one span in a cell': `{ const s = document.createElement('span'); s.textContent = 'x'; document.querySelector('#list td').append(s); }`,
  'one absolutely positioned span in a cell': `{ const s = document.createElement('span'); s.style.position = 'absolute'; s.textContent = 'x'; document.querySelector('#list td').append(s); }`,
  '140 spans in an overlay outside the table': `{ const layer = document.createElement('div'); layer.style.cssText = 'position:absolute;top:0;left:0'; document.body.append(layer); for (let i = 0; i < 140; i++) { const s = document.createElement('span'); s.style.cssText = 'position:absolute;top:' + i * 30 + 'px'; s.textContent = '2 h left'; layer.append(s); } }`,
};

const server = createServer((req, res) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(req.url.split('/')[1])),
);
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });

async function heap(layout, change) {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/${layout}/bench`);
  const now = Date.now();
  const html = Array.from({ length: 2000 }, (_, i) => rowHtml(layout, i, now)).join('');
  await page.evaluate(
    async ({ html, change }) => {
      window.__render(html);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      (0, eval)(change);
      void document.body.offsetHeight;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    },
    { html, change },
  );
  return heapAfterGc(context, page);
}

for (const layout of ['generic', 'pdd']) {
  const base = await heap(layout, variants.none);
  for (const [name, change] of Object.entries(variants).slice(1)) {
    const added = (await heap(layout, change)) - base;
    console.log(`${layout.padEnd(8)} ${name.padEnd(44)} ${(added / 2 ** 20).toFixed(2)} MB`);
  }
}
await browser.close();
server.close();
