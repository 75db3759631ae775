import { describe, expect, test, vi } from 'vitest';
import { anchor } from '../../../src/core/highlights';
import { highlightSelection } from '../../../src/background/highlight-action';
import { clip, freshRepo } from '../storage/helpers';

const BODY = 'The council voted on Tuesday. The plan adds bike lanes on Main Street.';
const page = { id: 3, url: 'https://news.example.com/story', title: 'A story', favIconUrl: null };

function tabs(ok = true) {
  return {
    info: vi.fn(),
    extract: vi.fn(async () => (ok ? { ok: true as const, clip: clip({ text: BODY, html: `<p>${BODY}</p>` }) } : { ok: false as const, reason: 'no-article' as const, message: 'none' })),
  };
}

describe('"Highlight with Quire" on a live page', () => {
  test('saves the page when it is not in the list, and the highlight is placed in the saved body', async () => {
    const { repo } = freshRepo();
    const access = tabs();
    const highlight = await highlightSelection(repo, access, page, '  bike lanes on Main Street ', []);
    const saved = await repo.getByUrl(page.url);
    expect(saved?.kind).toBe('article');
    expect(highlight.articleId).toBe(saved!.id);
    const found = anchor((await repo.get(saved!.id))!.text, highlight)!;
    expect(BODY.slice(found.start, found.end)).toBe('bike lanes on Main Street');
  });

  test('a page already saved gets the highlight without being read again', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip({ text: BODY }));
    const access = tabs();
    const highlight = await highlightSelection(repo, access, page, 'The plan', []);
    expect(highlight.articleId).toBe(article.id);
    expect(access.extract).not.toHaveBeenCalled();
  });

  test('a page without an article is kept as a link, with the highlight waiting for its body', async () => {
    const { repo } = freshRepo();
    const highlight = await highlightSelection(repo, tabs(false), page, 'The plan', []);
    expect((await repo.getByUrl(page.url))?.kind).toBe('link');
    expect(await repo.listHighlights(highlight.articleId)).toEqual([highlight]);
  });

  test('nothing selected: a clear failure, nothing saved', async () => {
    const { repo } = freshRepo();
    await expect(highlightSelection(repo, tabs(), page, '  ', [])).rejects.toMatchObject({ code: 'bad-request' });
    expect(await repo.getByUrl(page.url)).toBeNull();
  });
});
