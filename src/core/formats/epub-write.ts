/**
 * One EPUB 3 book of the chosen articles: a chapter per article (title, byline, link to the
 * original, body), a table of contents, and the articles' stored images. Zipped with fflate:
 * the `mimetype` entry first and stored, as the format requires.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeXml } from './epub-xhtml';

export interface EpubImage {
  /** Path inside the book, e.g. images/3fa9….png. */
  path: string;
  type: string;
  bytes: Uint8Array;
}

export interface EpubChapter {
  title: string;
  byline: string | null;
  url: string;
  lang: string | null;
  /** The body as XHTML (bodyToXhtml). */
  xhtml: string;
}

export interface EpubBook {
  id: string;
  title: string;
  /** ISO time without milliseconds, e.g. 2026-12-03T07:00:00Z. */
  modified: string;
  lang: string;
  chapters: EpubChapter[];
  images: EpubImage[];
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`;

const page = (title: string, lang: string, body: string, epub = false) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"${epub ? ' xmlns:epub="http://www.idpf.org/2007/ops"' : ''} xml:lang="${escapeXml(lang)}" lang="${escapeXml(lang)}"><head><meta charset="utf-8"/><title>${escapeXml(title)}</title></head><body>${body}</body></html>`;

function chapterPage(chapter: EpubChapter, lang: string): string {
  const byline = chapter.byline ? `<p>${escapeXml(chapter.byline)}</p>` : '';
  const source = `<p><a href="${escapeXml(chapter.url)}">${escapeXml(chapter.url)}</a></p>`;
  return page(chapter.title, chapter.lang || lang, `<section><h1>${escapeXml(chapter.title)}</h1>${byline}${source}${chapter.xhtml}</section>`);
}

function nav(book: EpubBook): string {
  const items = book.chapters.map((c, i) => `<li><a href="chapter-${i + 1}.xhtml">${escapeXml(c.title)}</a></li>`).join('');
  return page(book.title, book.lang, `<nav epub:type="toc" id="toc"><h1>${escapeXml(book.title)}</h1><ol>${items}</ol></nav>`, true);
}

function packageDocument(book: EpubBook): string {
  const chapters = book.chapters.map((_, i) => `<item id="c${i + 1}" href="chapter-${i + 1}.xhtml" media-type="application/xhtml+xml"/>`);
  const images = book.images.map((image, i) => `<item id="i${i + 1}" href="${escapeXml(image.path)}" media-type="${escapeXml(image.type)}"/>`);
  const spine = book.chapters.map((_, i) => `<itemref idref="c${i + 1}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeXml(book.lang)}"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="book-id">${escapeXml(book.id)}</dc:identifier><dc:title>${escapeXml(book.title)}</dc:title><dc:language>${escapeXml(book.lang)}</dc:language><meta property="dcterms:modified">${book.modified}</meta></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>${chapters.join('')}${images.join('')}</manifest><spine>${spine}</spine></package>`;
}

export function writeEpub(book: EpubBook): Uint8Array {
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    'OEBPS/content.opf': strToU8(packageDocument(book)),
    'OEBPS/nav.xhtml': strToU8(nav(book)),
  };
  book.chapters.forEach((chapter, i) => (files[`OEBPS/chapter-${i + 1}.xhtml`] = strToU8(chapterPage(chapter, book.lang))));
  for (const image of book.images) files[`OEBPS/${image.path}`] = [image.bytes, { level: 0 }];
  return zipSync(files, { level: 6 });
}
