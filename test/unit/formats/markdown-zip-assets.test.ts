import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeMarkdownZipInBatches } from '../../../src/core/formats/markdown-zip-write';
import { article as sampleArticle } from './sample-article';

describe('the Markdown zip with stored images', () => {
  it('puts the images in assets/ as they are, and the article links to them by relative path', async () => {
    const article = { ...sampleArticle(), html: '<p>Before</p><p><img src="assets/2026-01-01-story-1.png" alt="The pier"></p>' };
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
    const zip = unzipSync(await writeMarkdownZipInBatches([article], undefined, undefined, [{ name: 'assets/2026-01-01-story-1.png', bytes }]));
    const md = Object.entries(zip).find(([name]) => name.endsWith('.md'))!;
    expect(strFromU8(md[1])).toContain('![The pier](assets/2026-01-01-story-1.png)');
    expect(zip['assets/2026-01-01-story-1.png']).toEqual(bytes);
  });
});
