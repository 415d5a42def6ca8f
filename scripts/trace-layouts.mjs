// Developer aid: every layout Chromium does while the content script marks one generated page, with the script
// that forced it (when one did) — what `npm run bench` counts as relayouts, itemised (not part of CI).
import { renderAndMark } from './bench-pages.mjs';
import { openOneBenchPage } from './one-bench-page.mjs';

const layout = process.argv[2] ?? 'generic';
const size = Number(process.argv[3] ?? 2000);
const { context, page, rows, close } = await openOneBenchPage(layout);
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const ended = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,disabled-by-default-devtools.timeline.stack',
  transferMode: 'ReportEvents',
});
const html = rows(size);
await page.evaluate(renderAndMark, { html, size, withExtension: process.env.SD_WITHOUT !== '1' });
await page.waitForTimeout(300);
await cdp.send('Tracing.end');
await ended;
const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X');
const t0 = Math.min(...layouts.map((e) => e.ts));
for (const e of layouts) {
  const stack = e.args?.beginData?.stackTrace ?? [];
  const where = stack
    .slice(0, 4)
    .map((f) => `${f.functionName || '(anon)'}@${String(f.url).split('/').pop()}:${f.lineNumber}`)
    .join(' < ');
  console.log(
    `${((e.ts - t0) / 1000).toFixed(1).padStart(8)} ms  ${(e.dur / 1000).toFixed(1).padStart(7)} ms  ${where || '(frame)'}`,
  );
}
await close();
