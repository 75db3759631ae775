import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClip } from '../../../src/core/extract';
import { MAX_ELEMENTS, MAX_HTML_CHARS } from '../../../src/core/extract/limits';
import { extractFromHtml, parseDocument } from '../../../src/core/extract/node';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const seedHtml = readFileSync(path.resolve(repoRoot, 'test/fixtures/extract/seed-page.html'), 'utf8');
const url = 'https://news.example/story';

describe('extraction outcomes other than a clip', () => {
  it('says not-html for content that is not a web page', () => {
    expect(extractFromHtml('%PDF-1.7 binary stream', url)).toMatchObject({ ok: false, reason: 'not-html' });
    expect(extractFromHtml('{"title": "json"}', url)).toMatchObject({ ok: false, reason: 'not-html' });
  });

  it('says no-article for a page with nothing to read, never an empty clip', () => {
    const empty = extractFromHtml('<!doctype html><html><head><title>Gallery</title></head><body><div><img src="/a.jpg"></div><script>load()</script></body></html>', url);
    expect(empty).toMatchObject({ ok: false, reason: 'no-article' });
    if (!empty.ok) expect(empty.message).toMatch(/\w/);
  });

  it('says too-large past the documented limits', () => {
    expect(extractFromHtml(`<html><body><p>${'a'.repeat(MAX_HTML_CHARS)}</p></body></html>`, url)).toMatchObject({ ok: false, reason: 'too-large' });
    const huge = { documentElement: { nodeName: 'HTML' }, body: {}, getElementsByTagName: () => ({ length: MAX_ELEMENTS + 1 }) };
    expect(extractClip(huge as unknown as Document, url)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reports an error instead of throwing when the document is broken', () => {
    const broken = { documentElement: { nodeName: 'HTML' }, body: {}, getElementsByTagName: () => { throw new Error('boom'); } };
    expect(extractClip(broken as unknown as Document, url)).toEqual({ ok: false, reason: 'error', message: 'boom' });
  });

  it('never changes the page it reads', () => {
    const doc = parseDocument(seedHtml, url);
    const before = doc.toString();
    const result = extractClip(doc, url);
    expect(result.ok).toBe(true);
    expect(doc.toString()).toBe(before);
  });
});
