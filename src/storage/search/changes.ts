/** What one write did to searchable content, journaled in its transaction and applied after commit. */
import type { ArticleMeta } from '../../core/article';
import type { MetaDoc } from './engine';

export interface Upsert {
  meta: MetaDoc;
  /** New body text; absent when only metadata (title, tags...) changed. */
  text?: string;
}

export class SearchChanges {
  readonly upserts = new Map<string, Upsert>();
  readonly removals = new Set<string>();

  upsert(meta: ArticleMeta, text?: string): void {
    this.removals.delete(meta.id);
    const previous = this.upserts.get(meta.id);
    this.upserts.set(meta.id, { meta: metaDoc(meta), text: text ?? previous?.text });
  }

  remove(id: string): void {
    this.upserts.delete(id);
    this.removals.add(id);
  }

  get empty(): boolean {
    return this.upserts.size === 0 && this.removals.size === 0;
  }
}

/** From a record or a stored row, which leaves null fields out. */
export function metaDoc(meta: Pick<ArticleMeta, 'id' | 'title' | 'tags'> & Partial<Pick<ArticleMeta, 'byline' | 'siteName'>>): MetaDoc {
  return { id: meta.id, title: meta.title, byline: meta.byline ?? null, siteName: meta.siteName ?? null, tags: meta.tags };
}
