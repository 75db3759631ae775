/** Exports carry each article's highlights: one request per chunk of articles, none held when the list has none. */
import type { Article, FileHighlight } from '../../core/article';
import type { Highlight } from '../../core/highlights/types';
import type { QuireDB } from '../schema';

function byArticle(highlights: Highlight[]): Map<string, FileHighlight[]> {
  const map = new Map<string, FileHighlight[]>();
  for (const { articleId, ...highlight } of highlights.sort((a, b) => a.createdAt - b.createdAt)) {
    map.set(articleId, [...(map.get(articleId) ?? []), highlight]);
  }
  return map;
}

/** The articles, each with its highlights (in the order they were made) when it has any. */
export async function withHighlights(db: QuireDB, articles: Article[], all?: Highlight[]): Promise<Article[]> {
  const found = byArticle(all ?? (await db.highlights.where('articleId').anyOf(articles.map((article) => article.id)).toArray()));
  if (found.size === 0) return articles;
  return articles.map((article) => (found.has(article.id) ? { ...article, highlights: found.get(article.id) } : article));
}
