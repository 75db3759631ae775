/**
 * A highlight's quote and note are searchable with its article's body: the body's entry in
 * the index holds them after the text, so a search for a note finds the article even when
 * the article is a link with no body.
 */
import type { Highlight } from '../../core/highlights/types';
import type { QuireDB } from '../schema';

type Searchable = Pick<Highlight, 'articleId' | 'quote' | 'note'>;

/** Each article's highlights as text to index, keyed by article id. */
export function highlightText(highlights: Searchable[]): Map<string, string> {
  const byArticle = new Map<string, string>();
  for (const { articleId, quote, note } of highlights) {
    byArticle.set(articleId, [byArticle.get(articleId), quote.exact, note].filter(Boolean).join('\n'));
  }
  return byArticle;
}

export function withHighlightText(text: string, extra: string | undefined): string {
  return extra ? `${text}\n${extra}` : text;
}

/** The highlights of these articles as text to index. */
export async function readHighlightText(db: QuireDB, ids: string[]): Promise<Map<string, string>> {
  return ids.length === 0 ? new Map() : highlightText(await db.highlights.where('articleId').anyOf(ids).toArray());
}

/** What the index holds for one article's body: its text, then its highlights. */
export async function searchableText(db: QuireDB, id: string): Promise<string> {
  const [body, extra] = await Promise.all([db.bodies.get(id), readHighlightText(db, [id])]);
  return withHighlightText(body?.text ?? '', extra.get(id));
}
