/**
 * The popup's bundle, taken out of its page and handed to the snapshot script
 * (popup/snapshot.ts) as `data-entry`: a module script in the page is fetched at once,
 * its chunks with it, beside the snapshot script the page waits for, and is evaluated
 * before the first frame. The snapshot script starts the bundle once the snapshot's rows
 * are painted, or at once when there is no snapshot to paint.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const SNAPSHOT = /<script src="\/snapshot\.js"\s*>/;

export async function deferEntry(dir: string, page: string): Promise<void> {
  const file = path.join(dir, page);
  const html = await readFile(file, 'utf8');
  const src = ENTRY.exec(html)?.[1];
  if (!src || !SNAPSHOT.test(html)) throw new Error(`${page} has no module entry and snapshot script to hand it to`);
  await writeFile(file, html.replace(ENTRY, '').replace(SNAPSHOT, `<script src="/snapshot.js" data-entry="${src}">`));
}
