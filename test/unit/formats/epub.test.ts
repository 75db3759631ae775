import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bodyToXhtml } from '../../../src/core/formats/epub-xhtml';
import { writeEpub, type EpubChapter } from '../../../src/core/formats/epub-write';
import { png } from '../../e2e/image-site';

/** Debian's epubcheck is a jar (/usr/bin/epubcheck links to it), run with java. */
const EPUBCHECK = process.env.EPUBCHECK_JAR ?? '/usr/bin/epubcheck';

function chapter(title: string, body: string, images: Map<string, string>): EpubChapter {
  const { document } = parseHTML(`<!doctype html><html><body><div id="b">${body}</div></body></html>`);
  return { title, byline: 'Ada Writer', url: `https://news.example/${encodeURIComponent(title)}`, lang: 'en', xhtml: bodyToXhtml(document.getElementById('b')!, images) };
}

function threeArticleBook(): Uint8Array {
  const images = new Map([['https://news.example/m.png', 'images/m.png'], ['https://news.example/lead.png', 'images/lead.png']]);
  return writeEpub({
    id: 'urn:uuid:7f0c1d2e-0000-4000-8000-000000000001',
    title: 'Quire — 3 articles',
    modified: '2026-12-03T07:00:00Z',
    lang: 'en',
    chapters: [
      chapter('Harbour pier rebuilt', '<figure><img src="https://news.example/lead.png" alt="The pier" width="80" loading="lazy"><figcaption>The pier & the boats</figcaption></figure><p>One <a href="https://elsewhere.example/x" rel="nofollow" target="_blank">link</a>, <a href="#note">a note</a>.</p>', images),
      chapter('Wide views', '<p><img src="https://news.example/s.png" srcset="https://news.example/s.png 400w, https://news.example/m.png 1400w" alt="Wide"></p><p><img src="https://gone.example/x.png" alt="A map"></p><video src="https://news.example/v.mp4"></video><iframe src="https://www.youtube.com/embed/x"></iframe>', images),
      chapter('Tables <and> lists', '<table><tbody><tr><td colspan="2">1</td></tr></tbody></table><ul><li>one<br>two</li></ul><section><h2>Part</h2><p>Text</p></section>', images),
    ],
    images: [
      { path: 'images/m.png', type: 'image/png', bytes: png(140, 70, [40, 40, 200]) },
      { path: 'images/lead.png', type: 'image/png', bytes: png(80, 40, [200, 40, 40]) },
    ],
  });
}

describe('the EPUB export', () => {
  it('makes one book with a chapter per article, a table of contents and the stored images', () => {
    const files = unzipSync(threeArticleBook());
    expect(Object.keys(files)[0]).toBe('mimetype');
    expect(strFromU8(files['OEBPS/nav.xhtml']!)).toMatch(/Harbour pier rebuilt.*Wide views.*Tables &lt;and&gt; lists/s);
    const second = strFromU8(files['OEBPS/chapter-2.xhtml']!);
    expect(second).toContain('<img src="images/m.png" alt="Wide"/>');
    expect(second).toContain('A map');
    expect(second).not.toMatch(/gone\.example|<video|<iframe/);
    expect(files['OEBPS/images/lead.png']).toBeDefined();
  });

  it('passes epubcheck', async () => {
    if (!existsSync(EPUBCHECK)) throw new Error(`epubcheck not found at ${EPUBCHECK}: install it with 'apt-get install -y epubcheck'.`);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'quire-epub-'));
    try {
      const file = path.join(dir, 'book.epub');
      await writeFile(file, threeArticleBook());
      const result = await promisify(execFile)('java', ['-jar', EPUBCHECK, file]).catch((error: { stdout: string; stderr: string }) => error);
      expect(`${result.stdout}\n${result.stderr}`).toContain('No errors or warnings detected');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
