import { describe, expect, test } from 'vitest';
import { parseImportFile } from '../../../src/core/formats';
import { bytesOf } from './article-arbitrary';
import { NOW, parseFixture } from './fixtures';
import { freshRepo } from '../storage/helpers';

const HEADER = 'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags,URL';

describe("Readwise's CSV export", () => {
  test('each row a highlight with its note, colour, tags and time; rows of one page go to one article', async () => {
    const parsed = await parseFixture('readwise-export.csv');
    expect(parsed).toMatchObject({ format: 'readwise-csv', invalid: [], fatal: null });
    expect(parsed.items[0]).toMatchObject({
      url: 'https://news.example.com/bridge?utm_source=readwise',
      title: 'City council widens the bridge',
      byline: 'Ada Reporter',
      tags: ['city', 'transport'],
      highlights: [{ color: 'yellow', note: 'Finally, after a year', quote: { exact: 'The council voted on Tuesday to widen the bridge' }, position: null, createdAt: Date.UTC(2024, 4, 2, 8, 15) }],
    });
    expect(parsed.items[2]!.highlights![0]).toMatchObject({ color: 'yellow', quote: { exact: 'Local-first software keeps the data on your own device, "offline" too.' } });

    const { repo } = freshRepo();
    expect(await repo.applyImport(parsed.items)).toEqual({ added: 2, merged: 0 });
    const bridge = (await repo.getByUrl('https://news.example.com/bridge'))!;
    expect((await repo.listHighlights(bridge.id)).map((h) => [h.color, h.quote.exact])).toEqual([
      ['yellow', 'The council voted on Tuesday to widen the bridge'],
      ['blue', 'New bike lanes will run along Main Street'],
    ]);
    expect((await repo.list({ query: 'talk', sort: 'relevance', order: 'desc', limit: 5 })).items.map((a) => a.title)).toEqual(['Local-first software']);
  });

  test('a row without its highlight or with an unreadable date is named by line and field; the others import', async () => {
    const csv = `${HEADER}\n,Empty,,,,,,,,2024-01-01 00:00:00+00:00,,https://a.example/1\nText,Bad date,,,,,,,,yesterday,,https://a.example/2\nGood text,Good,,,,,,,,2024-01-01 00:00:00+00:00,,https://a.example/3\n`;
    const parsed = await parseImportFile('readwise.csv', bytesOf(csv), NOW);
    expect(parsed.items.map((item) => item.title)).toEqual(['Good']);
    expect(parsed.invalid).toMatchObject([{ line: 2, field: 'Highlight' }, { line: 3, field: 'Highlighted at' }]);
  });

  test('without its URL column the file is refused whole, naming the field', async () => {
    const parsed = await parseImportFile('readwise.csv', bytesOf('Highlight,Book Title,Book Author\nA,B,C\n'), NOW);
    expect(parsed.items).toEqual([]);
    expect(parsed.fatal).toMatchObject({ line: 1, field: 'URL' });
  });
});
