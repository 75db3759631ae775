/**
 * "Highlight with Quire" on a selection in a live page: the page is saved first when it is
 * not in the list (its article, else its link), then the selection becomes a highlight of
 * the saved article, found in its body by its quote when the reader opens it.
 */
import type { Highlight } from '../core/highlights/types';
import { quoteSelector } from '../core/highlights/describe';
import type { ArticleMeta } from '../core/article';
import type { Repository } from '../storage';
import { linkClip, storeClip, type TabAccess, type TabInfo } from './save';

async function savedArticle(repository: Repository, tabs: TabAccess, page: TabInfo, tags: string[]): Promise<ArticleMeta> {
  const saved = await repository.getByUrl(page.url);
  if (saved) return saved;
  const read = await tabs.extract(page.id, page.url, 'article');
  const stored = read.ok ? await storeClip(repository, read.clip, tags, 'article') : await storeClip(repository, linkClip(page.url, page.title, page.favIconUrl), tags, 'link');
  return stored.article;
}

export async function highlightSelection(repository: Repository, tabs: TabAccess, page: TabInfo, selectionText: string | undefined, tags: string[]): Promise<Highlight> {
  const exact = (selectionText ?? '').trim();
  if (!exact) throw { code: 'bad-request', message: 'Nothing is selected to highlight.' };
  const article = await savedArticle(repository, tabs, page, tags);
  return repository.addHighlight({ articleId: article.id, color: 'yellow', note: '', quote: quoteSelector(exact), position: null });
}
