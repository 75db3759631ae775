import { describe, expect, test } from 'vitest';
import { clip, freshRepo } from './helpers';
import { passage, savedWithHighlight } from './highlight-fixtures';

const newest = { sort: 'savedAt', order: 'desc', limit: 20 } as const;

describe('highlights in the reading list', () => {
  test('are kept with their selectors, colour and note, in the order they were made', async () => {
    const { repo } = freshRepo();
    const { article, highlight } = await savedWithHighlight(repo, ' Worth it ');
    const second = await repo.addHighlight({ articleId: article.id, color: 'blue', note: '', ...passage('Construction starts') });
    expect(highlight).toMatchObject({ articleId: article.id, color: 'yellow', note: 'Worth it', quote: { type: 'TextQuoteSelector', exact: 'adds bike lanes', prefix: 'ncil voted on Tuesday. The plan ', suffix: ' on Main Street. Construction st' } });
    expect(await repo.listHighlights(article.id)).toEqual([highlight, second]);
  });

  test('change colour and note, and a removed one can be put back', async () => {
    const { repo } = freshRepo();
    const { article, highlight } = await savedWithHighlight(repo);
    const changed = await repo.updateHighlight(highlight.id, { color: 'pink', note: 'Ask the council' });
    expect(changed).toMatchObject({ color: 'pink', note: 'Ask the council', createdAt: highlight.createdAt });
    const removed = await repo.removeHighlight(highlight.id);
    expect(await repo.listHighlights(article.id)).toEqual([]);
    await repo.restoreHighlight(removed);
    expect(await repo.listHighlights(article.id)).toEqual([changed]);
  });

  test('are counted on the list rows, and "has highlights" lists only those articles', async () => {
    const { repo } = freshRepo();
    const { article } = await savedWithHighlight(repo);
    await repo.addHighlight({ articleId: article.id, color: 'green', note: '', ...passage('Main Street') });
    await repo.saveClip(clip({ url: 'https://news.example.com/other', title: 'Other story' }));
    const all = await repo.list(newest);
    expect(all.items.map((item) => [item.title, item.highlightCount])).toEqual([['Other story', undefined], ['A story', 2]]);
    const highlighted = await repo.list({ ...newest, highlighted: true });
    expect(highlighted.items.map((item) => item.title)).toEqual(['A story']);
    expect(highlighted.total).toBe(1);
  });

  test("are found by search: a note's words find its article", async () => {
    const { repo } = freshRepo();
    const { highlight } = await savedWithHighlight(repo, 'zeppelin');
    const search = (query: string) => repo.list({ query, sort: 'relevance', order: 'desc', limit: 20 });
    expect((await search('zeppelin')).items.map((item) => item.title)).toEqual(['A story']);
    await repo.updateHighlight(highlight.id, { note: 'dirigible' });
    expect((await search('zeppelin')).items).toEqual([]);
    expect((await search('dirigible')).items).toHaveLength(1);
    expect((await repo.list({ query: 'dirigible', highlighted: true, sort: 'relevance', order: 'desc', limit: 20 })).total).toBe(1);
  });

  test('a note stays searchable when the article is saved again with a new body', async () => {
    const { repo } = freshRepo();
    await savedWithHighlight(repo, 'zeppelin');
    await repo.saveClip(clip({ text: 'A rewritten body.', html: '<p>A rewritten body.</p>' }));
    expect((await repo.list({ query: 'zeppelin', sort: 'relevance', order: 'desc', limit: 20 })).total).toBe(1);
  });

  test('leave with their article and come back with its undo', async () => {
    const { repo } = freshRepo();
    const { article, highlight } = await savedWithHighlight(repo, 'zeppelin');
    const { undoToken } = await repo.remove([article.id]);
    expect(await repo.listHighlights(article.id)).toEqual([]);
    expect((await repo.list({ ...newest, highlighted: true })).total).toBe(0);
    await repo.undoRemove(undoToken);
    expect(await repo.listHighlights(article.id)).toEqual([highlight]);
    expect((await repo.list(newest)).items[0]!.highlightCount).toBe(1);
    expect((await repo.list({ query: 'zeppelin', sort: 'relevance', order: 'desc', limit: 20 })).total).toBe(1);
  });

  test('cannot be made for an article that is not in the list', async () => {
    const { repo } = freshRepo();
    await expect(repo.addHighlight({ articleId: 'gone', color: 'yellow', note: '', ...passage('Main Street') })).rejects.toMatchObject({ code: 'not-found' });
    expect(await repo.listHighlights('gone')).toEqual([]);
  });
});
