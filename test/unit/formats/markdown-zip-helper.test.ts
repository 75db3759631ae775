import { createDocument } from '@mixmark-io/domino';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { deflateText, exportFile, exportFileWithProgress, type ZipHelper } from '../../../src/core/formats';
import { articleTexts } from '../../../src/core/formats/markdown-zip-files';
import { NOW } from './fixtures';
import { article } from './sample-article';

const now = new Date(NOW);
const entries = (data: unknown) => Object.entries(unzipSync(data as Uint8Array));
const stories = (count: number): Article[] =>
  Array.from({ length: count }, (_, i) =>
    article({ id: `a${i}`, title: `Story ${i % 3}`, savedAt: NOW - i * 60_000, html: `<h2>Part ${i}</h2><p>Some <em>text</em> and <a href="https://example.com/${i}">a link</a>.</p>` }),
  );
const later = <T>(value: () => T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value()), ms));

describe('the Markdown zip with a helper (the options page worker)', () => {
  it('batches compressed elsewhere, answering out of order, give the same files in the same order', async () => {
    let delay = 30;
    const helper: ZipHelper = { deflate: (texts) => later(() => texts.map(deflateText), (delay -= 10)), convert: () => null };
    const zip = await exportFileWithProgress(stories(230), 'markdown-zip', now, undefined, helper);
    expect(entries(zip.data)).toEqual(entries(exportFile(stories(230), 'markdown-zip', now).data));
  });

  it('batches converted elsewhere from another HTML parser give the same files in the same order', async () => {
    const parse = (html: string) => createDocument(`<html><body>${html}</body></html>`).body;
    let turn = 0;
    const helper: ZipHelper = {
      deflate: (texts) => later(() => texts.map(deflateText), 5),
      convert: (batch) => (turn++ % 2 ? null : later(() => articleTexts(batch, parse).map(deflateText), 20)),
    };
    const zip = await exportFileWithProgress(stories(450), 'markdown-zip', now, undefined, helper);
    expect(turn).toBe(5);
    expect(entries(zip.data)).toEqual(entries(exportFile(stories(450), 'markdown-zip', now).data));
  });

  it('a helper that fails ends the export with its error', async () => {
    const helper: ZipHelper = { deflate: () => Promise.reject(new Error('the Markdown zip worker failed: gone')), convert: () => null };
    await expect(exportFileWithProgress(stories(150), 'markdown-zip', now, undefined, helper)).rejects.toThrow('worker failed');
  });
});
