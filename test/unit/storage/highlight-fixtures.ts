/** A saved article and highlights of its passages, for the storage tests. */
import { describeRange } from '../../../src/core/highlights';
import type { Repository } from '../../../src/storage';
import { clip } from './helpers';

export const BODY = 'The council voted on Tuesday. The plan adds bike lanes on Main Street. Construction starts in May.';

export function passage(quote: string) {
  const start = BODY.indexOf(quote);
  return describeRange(BODY, start, start + quote.length);
}

export async function savedWithHighlight(repo: Repository, note = '') {
  const { article } = await repo.saveClip(clip({ text: BODY, html: `<p>${BODY}</p>` }));
  const highlight = await repo.addHighlight({ articleId: article.id, color: 'yellow', note, ...passage('adds bike lanes') });
  return { article, highlight };
}
