import { describe, expect, test } from 'vitest';
import { parseFixture } from './fixtures';
import { freshRepo } from '../storage/helpers';

describe("highlights in the services' exports", () => {
  test("Pocket's annotations JSON: each page's quotes join its article; an annotated page missing from the CSV comes as a link", async () => {
    const parsed = await parseFixture('pocket-annotated-export');
    expect(parsed).toMatchObject({ format: 'pocket-zip', invalid: [], fatal: null });
    const hoarder = parsed.items.find((item) => item.url === 'https://github.com/hoarder-app/hoarder')!;
    expect(hoarder.highlights).toMatchObject([
      { quote: { exact: 'A self-hostable bookmark-everything app' }, createdAt: 1728576800_000 },
      { quote: { exact: 'with a touch of AI for the data hoarders out there' } },
    ]);
    const extra = parsed.items.find((item) => item.url === 'https://example.net/only-annotated')!;
    expect(extra).toMatchObject({ kind: 'link', title: 'Annotated but not in the list', highlights: [{ quote: { exact: 'Kept even without its article' } }] });

    const { repo } = freshRepo();
    await repo.applyImport(parsed.items);
    const stored = (await repo.getByUrl('https://example.net/only-annotated'))!;
    expect(await repo.listHighlights(stored.id)).toHaveLength(1);
  });

  test('a malformed annotations file is refused whole, naming the file, the entry and the field', async () => {
    const parsed = await parseFixture('pocket-broken-annotations');
    expect(parsed.items).toEqual([]);
    expect(parsed.fatal).toMatchObject({ file: 'annotations/part_000000.json', line: 2, field: 'highlights.quote' });
  });

  test("Omnivore's highlights/<slug>.md: each quote with the note under it, without the link back", async () => {
    const parsed = await parseFixture('omnivore-export');
    const local = parsed.items.find((item) => item.url === 'https://www.inkandswitch.com/local-first/')!;
    expect(local.highlights).toMatchObject([
      { quote: { exact: 'It has never been easier to collaborate' }, note: '' },
      { quote: { exact: 'Local-first software keeps the primary copy on your device' }, note: 'The core idea, in one line' },
    ]);
  });

  test("Omnivore's highlight annotations in the metadata JSON, with their context, colour and note, win over the Markdown", async () => {
    const parsed = await parseFixture('omnivore-export');
    const heron = parsed.items.find((item) => item.url === 'https://example.com/quartz-heron-notes')!;
    expect(heron.highlights).toEqual([
      {
        color: 'pink',
        note: 'Herons again',
        quote: { type: 'TextQuoteSelector', exact: 'the heron stood on the quartz', prefix: 'At dawn ', suffix: ' and waited' },
        position: null,
        createdAt: Date.UTC(2024, 5, 1, 9),
        updatedAt: Date.UTC(2024, 5, 1, 9, 30),
      },
    ]);
  });
});
