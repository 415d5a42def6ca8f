import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /**
   * Every destination the browser asked for, in order: `http://host:port/path` for plain http (no query,
   * which may hold data), `host:port` for CONNECT (https, wss: the proxy cannot see further).
   */
  contacted: string[];
  close: () => Promise<void>;
}

/**
 * An HTTP proxy that records every destination and forwards only to `allowed` (the demo server).
 * Chromium sends every request of the whole browser through it (pages, extension pages, service
 * worker), so nothing the extension does can reach the network without being written down here.
 * Anything else is refused, never fetched: there is no internet, and a leak must not hang the test.
 */
export async function startRecordingProxy(allowed: string): Promise<RecordingProxy> {
  const contacted: string[] = [];
  const server = createServer((req, res) => {
    // A browser closing a connection mid-way (a page navigated away) is not a test failure.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    contacted.push(target.origin + target.pathname);
    if (target.host !== allowed) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the recording proxy');
      return;
    }
    const upstream = forward(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    for (const [name, value] of Object.entries(req.headers)) {
      // Hop-by-hop proxy headers stay here.
      if (value !== undefined && !name.startsWith('proxy-')) upstream.setHeader(name, value);
    }
    req.pipe(upstream);
  });
  // https and websockets arrive as CONNECT host:port; record and refuse them.
  server.on('connect', (req, socket) => {
    contacted.push(req.url ?? '?');
    // Chromium may reset a refused tunnel before reading the answer: an unheard socket error would end the run.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    contacted,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
