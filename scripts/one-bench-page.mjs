// For the developer aids (profile-once.mjs, trace-layouts.mjs): one generated bench page of `layout`, open in
// Chromium with the built extension, its content script started; `rows(size)` is the HTML the page renders.
import { createServer } from 'node:http';
import { launchWithExtension } from './launch.mjs';
import { pageHtml, rowHtml } from './bench-pages.mjs';

export async function openOneBenchPage(layout) {
  const server = createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(layout)),
  );
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { context } = await launchWithExtension({ headless: true });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/${layout}/bench`);
  await page.waitForTimeout(500);
  const now = Date.now();
  return {
    context,
    page,
    rows: (size) => Array.from({ length: size }, (_, i) => rowHtml(layout, i, now)).join(''),
    close: async () => {
      await context.close();
      server.close();
    },
  };
}
