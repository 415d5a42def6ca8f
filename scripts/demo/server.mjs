// The demo back-office: bundled pages that look like the platforms' order lists, on loopback only.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { afterSalesPage } from './pages/aftersales.mjs';
import { chatPage } from './pages/chat.mjs';
import { delayReportPage } from './pages/delay-report.mjs';
import { douyinPage } from './pages/douyin.mjs';
import { genericPage } from './pages/generic.mjs';
import { indexPage } from './pages/index.mjs';
import { jdPage } from './pages/jd.mjs';
import { pddPage } from './pages/pdd.mjs';
import { taobaoPage } from './pages/taobao.mjs';

export const routes = {
  '/': indexPage,
  '/jd/orders': jdPage,
  '/pdd/orders': pddPage,
  '/pdd/chat': chatPage,
  '/pdd/aftersales': afterSalesPage,
  '/jd/delay-report': delayReportPage,
  '/taobao/orders': taobaoPage,
  '/douyin/orders': douyinPage,
  '/generic/orders': genericPage,
};

export function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    const route = routes[url.pathname];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(route(Date.now(), url.searchParams));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ origin: `http://${host}:${actual}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--port');
  const { origin } = await startDemoServer({ port: i > 0 ? Number(process.argv[i + 1]) : 4173 });
  console.log(`Demo back-office on ${origin}/`);
  for (const path of Object.keys(routes)) console.log(`  ${origin}${path}`);
}
