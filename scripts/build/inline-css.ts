/**
 * The popup's stylesheets, inlined into its page as one <style>: a stylesheet in the head
 * holds back the snapshot script (popup/snapshot.ts) and the first frame until it has
 * loaded, three of them cost the popup's first rows more than the script itself. The
 * extension's CSP allows that one <style> by its hash (`style-src 'self' 'sha256-…'`),
 * never 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>\s*/g;

/** Inlines `page`'s stylesheets (built in `dir`); returns the CSP source that allows the <style>. */
export async function inlineStylesheets(dir: string, page: string): Promise<string> {
  const file = path.join(dir, page);
  const html = await readFile(file, 'utf8');
  const hrefs = [...html.matchAll(STYLESHEET)].map((match) => match[1]!);
  if (hrefs.length === 0) throw new Error(`${page} links no stylesheet to inline`);
  const css = (await Promise.all(hrefs.map(async (href) => (await readFile(path.join(dir, href), "utf8")).trim()))).join("\n");
  let placed = false;
  const inlined = html.replace(STYLESHEET, () => {
    if (placed) return '';
    placed = true;
    return `<style>${css}</style>\n`;
  });
  await writeFile(file, inlined);
  await removeUnlinked(dir, hrefs);
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/** Drops the stylesheets no page links any more, so the build ships none unused. */
async function removeUnlinked(dir: string, hrefs: string[]): Promise<void> {
  const pages = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  const linked = (await Promise.all(pages.map((p) => readFile(path.join(dir, p), 'utf8')))).join('\n');
  for (const href of hrefs) if (!linked.includes(`/${href}"`)) await rm(path.join(dir, href));
}
