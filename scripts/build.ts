/**
 * `npm run build`: dist/chrome and dist/firefox (unpacked), dist/quire-chrome.zip and
 * dist/quire-firefox.zip for the stores, and dist/chrome-test and dist/firefox-test,
 * which differ from the shipped builds only by host permission for the local test server.
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { buildPages, buildScript, PAGES, POPUP, ROOT, SCRIPTS } from './build/bundle';
import { inlineStylesheets } from './build/inline-css';
import { manifestFor, type ManifestOptions, type Target } from './build/manifest';
import { drawIcon, ICON_SIZES } from './build/icons';
import { writeLocales } from './build/locales';

const DIST = path.join(ROOT, 'dist');

/** Builds every file into `dir`; returns the CSP sources of the inline styles. */
async function stage(dir: string, pages: string[]): Promise<string[]> {
  await buildPages(dir, pages);
  const styles = [await inlineStylesheets(dir, POPUP)];
  for (const [name, entry] of Object.entries(SCRIPTS)) await buildScript(name, entry, dir);
  await writeLocales(dir);
  await mkdir(path.join(dir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) await writeFile(path.join(dir, 'icons', `icon-${size}.png`), drawIcon(size));
  return styles;
}

async function emit(stageDir: string, name: string, target: Target, options: ManifestOptions): Promise<string> {
  const dir = path.join(DIST, name);
  await rm(dir, { recursive: true, force: true });
  await cp(stageDir, dir, { recursive: true });
  const source = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifestFor(source, target, options), null, 2));
  return dir;
}

async function zipDir(dir: string, zipPath: string): Promise<void> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = await readFile(full);
  }
  await writeFile(zipPath, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
}

export async function buildAll(): Promise<void> {
  const stageDir = path.join(DIST, '.stage');
  await rm(DIST, { recursive: true, force: true });
  const styles = await stage(stageDir, PAGES);
  for (const target of ['chrome', 'firefox'] as const) {
    const dir = await emit(stageDir, target, target, { styles });
    await zipDir(dir, path.join(DIST, `quire-${target}.zip`));
    await emit(stageDir, `${target}-test`, target, { test: true, styles });
  }
  await rm(stageDir, { recursive: true, force: true });
}

/**
 * dist/chrome-bench (or dist/firefox-bench): the test build plus the benchmark pages under
 * test/pages/, which never ship. Benchmarks build it on demand.
 */
export async function buildBench(target: Target = 'chrome'): Promise<string> {
  const stageDir = path.join(DIST, `.stage-bench-${target}`);
  await rm(stageDir, { recursive: true, force: true });
  const benchPages = (await readdir(path.join(ROOT, 'test/pages')).catch(() => []))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `test/pages/${f}`);
  const styles = await stage(stageDir, [...PAGES, ...benchPages]);
  const dir = await emit(stageDir, `${target}-bench`, target, { test: true, styles });
  await rm(stageDir, { recursive: true, force: true });
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
  console.log('Built dist/chrome, dist/firefox, dist/quire-chrome.zip, dist/quire-firefox.zip (and -test builds).');
}
