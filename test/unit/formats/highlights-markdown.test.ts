import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportFile } from '../../../src/core/formats';
import type { Article, FileHighlight } from '../../../src/core/article';
import { quoteSelector } from '../../../src/core/highlights';
import { article as sampleArticle } from './sample-article';

const NOW = new Date(Date.UTC(2026, 11, 3, 12));

function highlight(exact: string, note = ''): FileHighlight {
  return { id: exact, color: 'yellow', note, quote: quoteSelector(exact), position: null, createdAt: 1, updatedAt: 1 };
}

const marked: Article = { ...sampleArticle(), title: 'Bridges', highlights: [highlight('The plan adds *bike* lanes.', 'Ask the council'), highlight('Construction starts in May.')] };
const plain: Article = { ...sampleArticle(), id: 'plain', url: 'https://a.example/plain', title: 'Nothing marked' };

describe('highlights in Markdown exports', () => {
  test('one file per article: a Highlights heading with each quote and its note', () => {
    const zip = unzipSync(exportFile([marked, plain], 'markdown-zip', NOW).data as Uint8Array);
    const [markedFile, plainFile] = Object.values(zip).map((bytes) => strFromU8(bytes));
    expect(markedFile).toContain('# Bridges\n\n## Highlights\n\n> The plan adds \\*bike\\* lanes.\n\n**Note:** Ask the council\n\n> Construction starts in May.\n\n');
    expect(plainFile).not.toContain('Highlights');
  });

  test('the one-file list: the highlights under their article', () => {
    const text = exportFile([marked], 'markdown', NOW).data as string;
    expect(text).toContain('  #### Highlights\n\n  > The plan adds \\*bike\\* lanes.\n\n  **Note:** Ask the council');
  });

  test('"Highlights only": the articles with highlights, each quote with its note', () => {
    const file = exportFile([marked, plain], 'markdown-highlights', NOW);
    expect(file.fileName).toBe('quire-highlights-2026-12-03.md');
    const text = file.data as string;
    expect(text).toContain('2 highlights in 1 article');
    expect(text).toContain('## [Bridges](');
    expect(text).toContain('> Construction starts in May.');
    expect(text).not.toContain('Nothing marked');
  });
});
