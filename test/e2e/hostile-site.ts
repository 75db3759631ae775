/**
 * Serves test/fixtures/pages/hostile.html from a temporary folder, its payload addresses
 * pointed at this very server, so any payload that runs shows up in `server.requests`.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES, startFixtureServer, type FixtureServer } from './server';

export interface HostileSite {
  server: FixtureServer;
  /** The page's <article> markup as served, unsanitized: what a raw copy would store. */
  rawArticleHtml: string;
  close(): Promise<void>;
}

export async function serveHostilePage(): Promise<HostileSite> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'quire-hostile-'));
  const server = await startFixtureServer(root);
  const template = await readFile(path.join(FIXTURES, 'pages/hostile.html'), 'utf8');
  const html = template.replaceAll('__ORIGIN__', server.origin);
  await mkdir(path.join(root, 'pages'));
  await writeFile(path.join(root, 'pages/hostile.html'), html);
  return {
    server,
    rawArticleHtml: /<article[^>]*>([\s\S]*)<\/article>/.exec(html)![1]!,
    async close() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
