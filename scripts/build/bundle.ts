/** Vite builds of each extension context: pages as ES modules, background and content script as one classic file each. */
import { build, type InlineConfig } from 'vite';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export const POPUP = 'popup/index.html';
export const PAGES = [POPUP, 'options/index.html', 'reader/index.html', 'offscreen/index.html'];

/**
 * Service workers refuse import(), executeScript takes classic scripts, and the popup's
 * snapshot must paint while its page is parsed: these entries are bundled whole.
 */
export const SCRIPTS = { background: 'src/background/index.ts', content: 'src/content/index.ts', snapshot: 'popup/snapshot.ts' };

function base(outDir: string): InlineConfig {
  return {
    configFile: false,
    root: ROOT,
    base: '/',
    logLevel: 'warn',
    publicDir: false,
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, emptyOutDir: false, target: 'es2022', modulePreload: false, reportCompressedSize: false },
  };
}

export async function buildPages(outDir: string, pages: string[] = PAGES): Promise<void> {
  const config = base(outDir);
  config.build = {
    ...config.build,
    rollupOptions: { input: Object.fromEntries(pages.map((p) => [p.replace(/\.html$/, ''), path.join(ROOT, p)])) },
  };
  await build(config);
}

/**
 * The content script answers its injection: executeScript hands back an injected file's
 * completion value, the value of its last statement. The IIFE assigns the entry's default
 * export to `quire_content`, and a last line naming it (added after minification, which would
 * drop it as a statement without effect) makes that export the injection's result.
 */
const ANSWERS = new Set(['content']);

export async function buildScript(name: string, entry: string, outDir: string): Promise<void> {
  const config = base(outDir);
  const global = `quire_${name}`;
  config.build = {
    ...config.build,
    lib: { entry: path.join(ROOT, entry), formats: ['iife'], name: global, fileName: () => `${name}.js` },
    ...(ANSWERS.has(name) ? { rolldownOptions: { output: { postFooter: `${global};` } } } : {}),
  };
  await build(config);
}
