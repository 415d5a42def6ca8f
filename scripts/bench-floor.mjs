// Reference points for `npm run bench`, measured without the extension: what any reader, however lean, would
// pay on the same pages. They tell a missed budget that the code can still win from one the page itself costs.
import { ORDER_NUMBER_CELL, rowHtml } from './bench-pages.mjs';

/**
 * The least reader there can be, for each bench layout: it knows where the values are, so per row it reads
 * three elements' text, runs one date pattern and writes the five `data-sd-*` marks. It runs in an isolated world, as
 * a content script does, and starts from a MutationObserver. `afterPaint` leaves the page's first paint of its
 * rows alone and works in 6 ms slices (as Seller Desk does, so no frame is blocked); `inTask` does everything
 * in the observer's callback, inside the page's own task, before the page paints.
 */
/** Per layout, what the least reader takes from a row: its number, its ship-by text, whether it awaits shipping. */
const picks = {
  generic: `(r) => { const c = r.children; return [c[0].textContent.trim(), c[2].textContent, c[3].textContent.includes('Awaiting')]; }`,
  jd: `(r) => [r.querySelector('.shop-order-id').textContent, r.querySelector('.promise-out-ship-date').textContent, r.querySelector('.order-status').textContent.includes('等待出库')]`,
  pdd: `(r) => { const s = r.firstElementChild.firstElementChild.children; return [s[0].textContent.slice(5), s[2].textContent, r.children[1].children[2].textContent.includes('待发货')]; }`,
};

const floorReader = (mode, layout) => `(() => {
  const pick = ${picks[layout]};
  const pad = (n) => String(n).padStart(2, '0');
  const iso = (ms) => { const d = new Date(ms + 8 * 3600e3); return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + 'T' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':00+08:00'; };
  const time = /(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2})/;
  const mark = (tr, now) => {
    const [id, ship, awaiting] = pick(tr);
    const m = time.exec(ship);
    const deadline = Date.UTC(+m[1], m[2] - 1, +m[3], +m[4] - 8, +m[5]);
    const left = deadline - now;
    const level = !awaiting ? 'done' : left < 0 ? 'overdue' : left < 7.2e6 ? 'urgent' : left < 4.32e7 ? 'soon' : 'ok';
    tr.setAttribute('data-sd-order-id', id);
    tr.setAttribute('data-sd-platform', ${JSON.stringify(layout)});
    tr.setAttribute('data-sd-level', level);
    tr.setAttribute('data-sd-deadline', iso(deadline));
    tr.setAttribute('data-sd-penalty', left < 0 ? 'points:1' : 'cny:3.00');
  };
  new MutationObserver(() => {
    const rows = document.getElementById('list').children;
    const now = Date.now();
    let i = 0;
    const done = () => performance.mark('floor:done', { detail: document.querySelectorAll('[data-sd-level]').length });
    if (${JSON.stringify(mode)} === 'inTask') {
      for (; i < rows.length; i++) mark(rows[i], now);
      return done();
    }
    const slice = () => {
      const end = performance.now() + 6;
      while (i < rows.length && performance.now() < end) mark(rows[i++], now);
      if (i < rows.length) setTimeout(slice, 0);
      else done();
    };
    requestAnimationFrame(() => setTimeout(slice, 0));
  }).observe(document.getElementById('list'), { childList: true });
})()`;

/** One run of the least reader on a fresh generic page of `size` rows: ms from the rows being in the DOM. */
export async function floorOnce(context, origin, size, mode, layout = 'generic') {
  const page = await context.newPage();
  await page.goto(`${origin}/${layout}/bench`);
  const cdp = await context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'least reader',
  });
  await cdp.send('Runtime.evaluate', {
    contextId: executionContextId,
    expression: floorReader(mode, layout),
  });
  const now = Date.now();
  const html = Array.from({ length: size }, (_, i) => rowHtml(layout, i, now)).join('');
  const result = await page.evaluate(async (html) => {
    window.__render(html);
    const t0 = performance.now();
    const done = () => performance.getEntriesByName('floor:done')[0];
    while (!done()) await new Promise((r) => setTimeout(r, 2));
    return { markedAfter: done().startTime - t0, marked: done().detail };
  }, html);
  await page.close();
  if (result.marked !== size) throw new Error(`least reader marked ${result.marked} of ${size} rows`);
  return result.markedAfter;
}

/**
 * The layout the page itself pays, with no extension, after one small change among its rows once they are
 * laid out: one `<span>` added in flow to the first row's order-number element, or the same span absolutely
 * positioned (it takes no room, so nothing around it moves).
 */
export async function oneChangeLayout(context, origin, layout, size, positioned) {
  const page = await context.newPage();
  await page.goto(`${origin}/${layout}/bench`);
  const now = Date.now();
  const html = Array.from({ length: size }, (_, i) => rowHtml(layout, i, now)).join('');
  const ms = await page.evaluate(
    async ({ html, cell, positioned }) => {
      window.__render(html);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const list = document.getElementById('list');
      const id = list.querySelector(cell);
      const span = document.createElement('span');
      span.textContent = '2 h left';
      if (positioned) span.style.position = 'absolute';
      const t = performance.now();
      id.append(span);
      void document.body.offsetHeight;
      return performance.now() - t;
    },
    { html, cell: ORDER_NUMBER_CELL[layout], positioned },
  );
  await page.close();
  return ms;
}
