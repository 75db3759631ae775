/** Serves test fixture pages from 127.0.0.1 on a free port, and remembers every path asked for. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

/** Served at the root: pages/… for browser fixtures, extract/… for the extraction fixtures. */
export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

export interface FixtureServer {
  origin: string;
  url(pagePath: string): string;
  /** Paths requested so far, in order (e.g. to prove a payload never phoned home). */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(root = FIXTURES): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(pathname);
    const file = path.join(root, path.normalize(pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pagePath) => `${origin}/${pagePath.replace(/^\//, '')}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
