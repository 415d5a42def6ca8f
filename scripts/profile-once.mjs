// Developer aid: CPU profile of the content script marking one generated page (not part of CI).
import { renderAndMark } from './bench-pages.mjs';
import { openOneBenchPage } from './one-bench-page.mjs';

const layout = process.argv[2] ?? 'generic';
const size = Number(process.argv[3] ?? 2000);
const { context, page, rows, close } = await openOneBenchPage(layout);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.SD_PROFILE_US ?? 100) });
await cdp.send('Profiler.start');
const html = rows(size);
const t = await page.evaluate(renderAndMark, { html, size, withExtension: true });
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
console.log(t);
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const seen = new Set();
  for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const f = byId.get(id).callFrame;
    const key = f.functionName || '(anon)';
    if (seen.has(key)) continue;
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
}
const want = (
  process.env.FNS ??
  'scan,readOrders,findBlocksGeneric,readBlock,readFields,draw,assess,explain,render,createShadowHost,setAttributes,tick,report,segments,labelledValues,columnAnchors,labelAnchors'
).split(',');
console.log(want.map((k) => `${(incl.get(k) ?? 0).toFixed(1).padStart(8)} ms incl  ${k}`).join('\n'));
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n'),
);
// UNDER=fn: self time of every function in the samples whose stack holds `fn`.
for (const fn of (process.env.UNDER ?? '').split(',').filter(Boolean)) {
  const own = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    let inside = false;
    for (let id = profile.samples[i]; id !== undefined && !inside; id = parent.get(id))
      inside = byId.get(id).callFrame.functionName === fn;
    if (!inside) continue;
    const f = byId.get(profile.samples[i]).callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    own.set(key, (own.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  console.log(`\nunder ${fn}:`);
  for (const [k, v] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${v.toFixed(2).padStart(8)} ms  ${k}`);
}
// CALLERS=fn: where the time in `fn` (self) comes from, by calling stack.
for (const fn of (process.env.CALLERS ?? '').split(',').filter(Boolean)) {
  const stacks = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    if (n.callFrame.functionName !== fn) continue;
    const names = [];
    for (let id = parent.get(n.id); id !== undefined && names.length < 5; id = parent.get(id))
      names.push(byId.get(id).callFrame.functionName || '(anon)');
    const key = names.join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  console.log(`\n${fn} called from:`);
  for (const [k, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}
await close();
