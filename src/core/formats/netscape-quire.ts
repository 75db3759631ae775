/** The attributes Quire adds to a bookmarks file's links for what Netscape's format has none for. */
import type { ImportItem } from './types';

export const QUIRE_ATTRIBUTES = { favorite: 'QUIRE_FAVORITE', author: 'QUIRE_AUTHOR', published: 'QUIRE_PUBLISHED' } as const;

/** What a link's Quire attributes say (the tokenizer lower-cases attribute names). */
export function quireLinkDetails(attrs: ReadonlyMap<string, string>): { favorite: boolean; more: Partial<ImportItem> } {
  const more: Partial<ImportItem> = {};
  const author = attrs.get(QUIRE_ATTRIBUTES.author.toLowerCase())?.trim();
  const published = attrs.get(QUIRE_ATTRIBUTES.published.toLowerCase())?.trim();
  if (author) more.byline = author;
  if (published) more.publishedTime = published;
  return { favorite: attrs.get(QUIRE_ATTRIBUTES.favorite.toLowerCase()) === '1', more };
}
