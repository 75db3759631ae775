/**
 * Two local sites for the offline-images tests: a news page on one 127.0.0.1 port with
 * images on its own origin (plain, srcset, lazy, a 1×1 pixel, a 6 MB picture) and one on a
 * second port. Every request either server gets is logged with its time.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodePng } from '../../scripts/build/png';

export interface LoggedServer {
  origin: string;
  /** [time in ms, path] of every request, in order. */
  log: [number, string][];
  close(): Promise<void>;
}

/** A valid PNG of one colour; `padTo` appends bytes after IEND (browsers ignore them) to reach a size. */
export function png(width: number, height: number, rgb: [number, number, number], padTo = 0): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3]!)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const file = encodePng(width, height, 2, raw);
  return padTo > file.length ? Buffer.concat([file, Buffer.alloc(padTo - file.length)]) : file;
}

export async function serveFiles(files: Map<string, { type: string; body: Buffer | string }>): Promise<LoggedServer> {
  const log: [number, string][] = [];
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    log.push([Date.now(), pathname]);
    const file = files.get(pathname);
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type, 'content-length': Buffer.byteLength(file.body), 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const paragraph = (n: number) => `<p>Paragraph ${n} of the harbour story: the council voted to rebuild the old pier after the winter storms, and the fishermen who use it every morning said the vote came none too soon.</p>`;

/** The page and its images; `remote` is the second origin's server, started first so the page can name it. */
export async function serveImagePage(remoteOrigin: string): Promise<LoggedServer> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour pier rebuilt</title>
    <meta property="og:image" content="/img/lead.png"></head><body><article><h1>Harbour pier rebuilt</h1>
    <figure><img src="/img/lead.png" alt="The pier" width="800" height="400"></figure>
    ${paragraph(1)}${paragraph(2)}
    <p><img src="/img/small.png" srcset="/img/small.png 400w, /img/wide.png 1400w, /img/huge.png 3000w" alt="Wide view" width="700" height="350"></p>
    ${paragraph(3)}
    <p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lazy.png" alt="Boats" width="600" height="300" loading="lazy"></p>
    ${paragraph(4)}
    <p><img src="/img/pixel.png" alt="" width="20" height="20"><img src="/img/big.png" alt="Oversized" width="900" height="600"></p>
    <p><img src="${remoteOrigin}/img/remote.png" alt="Map" width="500" height="300"></p>
    ${paragraph(5)}${paragraph(6)}</article></body></html>`;
  return serveFiles(new Map([
    ['/page.html', { type: 'text/html; charset=utf-8', body: html }],
    ['/img/lead.png', { type: 'image/png', body: png(80, 40, [200, 40, 40]) }],
    ['/img/small.png', { type: 'image/png', body: png(40, 20, [40, 200, 40]) }],
    ['/img/wide.png', { type: 'image/png', body: png(140, 70, [40, 40, 200]) }],
    ['/img/huge.png', { type: 'image/png', body: png(300, 150, [90, 90, 90]) }],
    ['/img/lazy.png', { type: 'image/png', body: png(60, 30, [200, 200, 40]) }],
    ['/img/pixel.png', { type: 'image/png', body: png(1, 1, [0, 0, 0]) }],
    ['/img/big.png', { type: 'image/png', body: png(90, 60, [10, 10, 10], 6 * 1024 * 1024) }],
  ]));
}

export function serveRemoteImages(): Promise<LoggedServer> {
  return serveFiles(new Map([['/img/remote.png', { type: 'image/png', body: png(50, 30, [40, 200, 200]) }]]));
}
