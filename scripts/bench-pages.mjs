// Generated back-office pages for `npm run bench`: one row/card/block per order, rendered by the page's own script.
const pad = (n) => String(n).padStart(2, '0');
const china = (ms) => {
  const d = new Date(ms + 8 * 3600e3);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

/** One row/card/block of each layout, as the platforms print them. */
/**
 * Where each bench layout shows a row's order number: the one-span layout reference puts its span there (the
 * place a badge goes), in the bench and in the least-reader floor alike.
 */
export const ORDER_NUMBER_CELL = { jd: '.shop-order-id', pdd: 'td[colspan] > span', generic: 'td' };

export function rowHtml(layout, i, now) {
  const id = String(300000000000 + i);
  const ship = china(now + ((i % 48) - 4) * 3600e3);
  if (layout === 'jd')
    return `<div class="card"><div><span>订单号：</span><span class="shop-order-id">${id}</span><span>${china(now - 20 * 3600e3)} 下单，${china(now - 20 * 3600e3)} 付款</span></div><div prop="orderStatus"><span class="order-status">等待出库</span><div class="promise-out-ship-date">${ship}</div></div></div>`;
  if (layout === 'pdd')
    return `<tbody><tr><td colspan="4"><span>订单编号：261120-${id.padStart(15, '0')}</span><span>订单成交时间：${china(now - 20 * 3600e3)}</span><span>承诺发货时间：${ship}</span></td></tr><tr data-testid="beast-core-table-body-tr"><td><input type="checkbox"></td><td>商品</td><td>待发货</td><td>￥9.90</td></tr></tbody>`;
  return `<tr><td>SO-${id}</td><td>${china(now - 20 * 3600e3)}</td><td>${ship}</td><td>Awaiting shipment</td><td>$9.90</td></tr>`;
}

/** A page that renders its rows from script on demand, timing its own DOM work like an SPA would. */
export function pageHtml(layout) {
  const container =
    layout === 'jd'
      ? '<div class="jd-scrollbar__view"><div class="table-body" id="list"></div></div>'
      : layout === 'pdd'
        ? '<table><thead><tr><th></th><th>商品</th><th>订单状态</th><th>实收金额</th></tr></thead></table><table class="TB_tableWrapper_5-113-0" id="list"></table>'
        : '<table><thead><tr><th>Order No.</th><th>Order time</th><th>Ship by</th><th>Status</th><th>Total</th></tr></thead><tbody id="list"></tbody></table>';
  return `<!doctype html><meta charset="utf-8"><body>${container}<script>
window.__longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
// Long animation frames also see the rendering work (style, layout, paint) that long tasks leave out.
window.__frames = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration }); }).observe({ type: 'long-animation-frame', buffered: true });
window.__render = (html) => { const t0 = performance.now(); document.getElementById('list').innerHTML = html; document.body.offsetHeight; return performance.now() - t0; };
</script></body>`;
}

/**
 * Runs in the page: renders the rows the way the page's own script would, then waits until Seller Desk has
 * marked all of them (with the extension) and collects the timings on both sides.
 */
export async function renderAndMark({ html, size, withExtension }) {
  window.__longTasks.length = 0;
  window.__frames.length = 0;
  performance.clearMeasures();
  const render = window.__render(html);
  const t0 = performance.now();
  // The first frame that paints the rows: in its requestAnimationFrame (before it lays out and paints), the
  // rows in the viewport should already carry their marks and badges, and the extension's work so far is
  // what that frame waited for.
  const firstFrame = new Promise((resolve) =>
    requestAnimationFrame(() => {
      const at = performance.now();
      let inView = 0;
      let marked = 0;
      let badged = 0;
      for (const row of document.getElementById('list').children) {
        const box = row.getBoundingClientRect();
        if (box.top >= innerHeight) break;
        if (box.bottom <= 0) continue;
        inView++;
        if (row.hasAttribute('data-sd-level') || row.querySelector('[data-sd-level]')) marked++;
        if (row.querySelector('sd-badge')) badged++;
      }
      const work = performance
        .getEntriesByType('measure')
        .filter(
          (e) =>
            e.name.startsWith('sd:') &&
            e.name !== 'sd:pass' &&
            e.startTime >= t0 - 1 &&
            e.startTime + e.duration <= at,
        )
        .reduce((sum, e) => sum + e.duration, 0);
      resolve({ inView, marked, badged, work });
    }),
  );
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  let annotate = null;
  // The page's own first paint of its new rows (a frame of its own, after its script): part of rendering them.
  let paint = null;
  if (!withExtension) {
    await nextFrame();
    paint = performance.now() - t0;
  }
  if (withExtension) {
    // The content script's pass that covered these rows ends when every row is marked and its badge shown.
    const passes = () =>
      performance.getEntriesByName('sd:pass', 'measure').filter((e) => e.detail?.rows === size);
    while (!passes().length) await new Promise((r) => setTimeout(r, 5));
    const pass = passes()[0];
    const passEnd = pass.startTime + pass.duration;
    annotate = passEnd - t0;
    // A long list gets its badges as rows come near the viewport: wait for those on screen to be drawn. The
    // first look comes a frame after the pass; when the first screen already drew every row near the viewport,
    // it has nothing to draw and leaves no entry.
    if (pass.detail.lazy > 0) {
      const near = () =>
        performance.getEntriesByName('sd:near', 'measure').filter((e) => e.startTime >= passEnd);
      for (let frames = 0; !near().length && frames < 3; frames++) await nextFrame();
      const first = near()[0];
      if (first) annotate = first.startTime + first.duration - t0;
    }
  }
  // Until the frame that lays out and paints what the extension changed has been drawn (the page's own first
  // paint without it).
  if (withExtension) await nextFrame();
  const shown = performance.now() - t0;
  // Long tasks and frames are reported shortly after they end.
  await new Promise((r) => setTimeout(r, 100));
  // Frames after the rows were in the DOM (the frame that rendered them started before t0) that held a task of
  // over 50 ms, its rendering included: time in which the page could not answer a click or a key. (Many short
  // slices with no rendering between them also make a long animation frame, but block nothing.)
  const frames = window.__frames.filter((f) => f.start >= t0 && f.blocking > 0);
  // The content script's own record of its work (demo builds only): the pass that marked these rows.
  const sd = (name) => performance.getEntriesByName(`sd:${name}`, 'measure');
  const durations = (name) => sd(name).map((e) => e.duration);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const pass = sd('pass').find((e) => e.detail?.rows === size);
  const first = await firstFrame;
  return {
    firstInView: first.inView,
    firstMarked: first.marked,
    firstBadged: first.badged,
    firstWork: first.work,
    render,
    paint,
    annotate,
    shown,
    longTasks: window.__longTasks.length,
    longest: Math.max(0, ...window.__longTasks),
    longFrames: frames.length,
    longestFrame: Math.max(0, ...frames.map((f) => f.duration)),
    blocking: frames.reduce((sum, f) => sum + f.blocking, 0),
    work:
      sum(durations('first')) +
      sum(durations('find')) +
      sum(durations('slice')) +
      sum(durations('place')) +
      sum(durations('settle')) +
      sum(durations('near')),
    firstSlice: Math.max(0, ...durations('first')),
    find: Math.max(0, ...durations('find')),
    longestSlice: Math.max(0, ...durations('slice')),
    // Every task of the extension's (not only slices): placing badges measures a kind of row's first one.
    longestTask: Math.max(0, ...['first', 'find', 'slice', 'place', 'settle', 'near'].flatMap(durations)),
    read: pass?.detail?.read ?? null,
    drawn: pass?.detail?.drawn ?? null,
  };
}

/**
 * The page's JS heap (V8 and DOM) after full garbage collections, in bytes; closes the page. Collected until it
 * stops shrinking (at least 3 rounds, at most 8): one or two rounds left weakly held and finalised objects
 * (Blink's side of released wrappers) to the next, and the figure varied by run.
 */
export async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return heap.usedSize + (heap.embedderHeapUsedSize ?? 0) + (heap.backingStorageSize ?? 0);
  };
  let last = Infinity;
  let now = await used();
  for (let round = 1; round < 8 && (round < 3 || now < last); round++) [last, now] = [now, await used()];
  await cdp.detach();
  await page.close();
  return Math.min(last, now);
}
