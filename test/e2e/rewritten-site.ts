/**
 * Serves one fixture page from a temporary folder after rewriting its addresses to point
 * at this very server, so that whatever the page asks for stays on 127.0.0.1 and shows
 * up in `requests`.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES, startFixtureServer, type FixtureServer } from './server';

export interface RewrittenSite extends FixtureServer {
  /** The page as served. */
  html: string;
}

/** `others`: fixture pages served beside it as they are. */
export async function serveRewritten(page: string, rewrite: (html: string, origin: string) => string, others: string[] = []): Promise<RewrittenSite> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'quire-site-'));
  const server = await startFixtureServer(root);
  const html = rewrite(await readFile(path.join(FIXTURES, page), 'utf8'), server.origin);
  const files: [string, string][] = [[page, html]];
  for (const other of others) files.push([other, await readFile(path.join(FIXTURES, other), 'utf8')]);
  for (const [file, content] of files) {
    await mkdir(path.join(root, path.dirname(file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return {
    ...server,
    html,
    async close() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** test/fixtures/pages/hostile.html, its payload addresses (__ORIGIN__) pointed at the server: any payload that runs asks for /payload/…. */
export const serveHostilePage = () => serveRewritten('pages/hostile.html', (html, origin) => html.replaceAll('__ORIGIN__', origin));

/**
 * The cluttered seed news page, served as if the server were its own site: its
 * https://www.iranfocus.com/ addresses, and every other https:// address in it (tracking
 * pixels, pictures), point at the server, so loading it makes no outside request.
 */
export const serveSeedPage = (others: string[] = []) =>
  serveRewritten(
    'extract/seed-page.html',
    (html, origin) => html.replaceAll('https://www.iranfocus.com/', `${origin}/`).replaceAll('https://', `${origin}/remote/`),
    others,
  );
