/**
 * `npm run size`: the minified and gzipped size of each entry point of dist/chrome,
 * counting for a page every script and stylesheet its HTML loads.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve(import.meta.dirname, '../dist/chrome');
const json = process.argv.includes('--json');

async function pageAssets(htmlPath: string): Promise<string[]> {
  const html = await readFile(path.join(DIST, htmlPath), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const queue = [...scripts];
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(path.join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), m[1]!));
    }
  }
  return [...seen];
}

const entries: Record<string, string[]> = {
  'content script': ['content.js'],
  background: ['background.js'],
  popup: await pageAssets('popup/index.html'),
  options: await pageAssets('options/index.html'),
  reader: await pageAssets('reader/index.html'),
};

if (!existsSync(DIST)) throw new Error("No build in dist/chrome: run 'npm run build' first.");
const rows = [];
for (const [name, files] of Object.entries(entries)) {
  const bytes = Buffer.concat(await Promise.all(files.map((f) => readFile(path.join(DIST, f)))));
  rows.push({ entry: name, files: files.length, minifiedKB: +(bytes.length / 1024).toFixed(1), gzipKB: +(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1) });
}
if (json) console.log(JSON.stringify(rows));
else console.table(rows);
