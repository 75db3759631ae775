/**
 * Importing from other read-later services. Items for a URL already in the list (or
 * repeated in the file) merge into one article with their tags united; everything
 * else about an existing article stays as the reader left it. HTML arrives sanitized
 * by the caller: the background has no DOM to run DOMPurify in.
 */
import type { ArticleBody, ArticleMeta } from '../../core/article';
import { listAddress } from '../../core/formats/import-item';
import type { MarkdownCache } from '../../core/article';
import { markdownCacheFor } from '../../core/formats/markdown-cache';
import type { ImportItem } from '../../core/formats/types';
import { mergeTags, normalizeTags } from '../../core/tags';
import { canonicalizeUrl, canonicalUrlAndKey, urlKey } from '../../core/url';
import { guarded } from '../errors';
import { toBodyRow, toMeta, toStored } from '../records';
import type { MarkdownRow, StoredArticle } from '../schema';
import type { RepoContext } from './context';
import { fallbackTitle, readingOf } from './derive';
import { indexHighlighted, type Landing } from './import-highlights';
import { writeTransaction } from './write';

/** What an import would do, by the list's articles: created, updated (tags merged), and the file's repeats merged into their first. */
export interface ImportPreview {
  new: number;
  inList: number;
  /** Items whose address an earlier item of the same file has. */
  repeated: number;
}

export interface ImportResult {
  added: number;
  /** Articles already in the list whose tags (and highlights) the import merged. */
  merged: number;
}

const CHUNK = 1000;

/** An item whose body's Markdown came along, with it cached (deflated) in place of the Markdown. */
type CachedItem = ImportItem & { md?: MarkdownCache };

function withMarkdownCache(item: ImportItem): CachedItem {
  // Most imports carry no bodies: their items pass as they are, without a copy each.
  if (item.markdown === undefined) return item;
  const { markdown, ...rest } = item;
  const md = markdownCacheFor({ html: rest.html, markdown });
  return md ? { ...rest, md } : rest;
}

/** An item with its canonical URL, parsed once for both the key and the record. */
interface Group {
  item: CachedItem;
  canonicalUrl: string;
}

/** Items grouped by URL key, the first of each group carrying the tags of all. */
function groupByUrl(items: CachedItem[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const { canonical, key } = canonicalUrlAndKey(listAddress(item));
    const first = groups.get(key);
    if (first) first.item = { ...first.item, tags: mergeTags(first.item.tags, item.tags), highlights: [...(first.item.highlights ?? []), ...(item.highlights ?? [])] };
    else groups.set(key, { item: { ...item, tags: normalizeTags(item.tags) }, canonicalUrl: canonical ?? item.url });
  }
  return groups;
}

function itemToMeta({ item, canonicalUrl }: Group, id: string, now: number): ArticleMeta {
  const reading = readingOf(item.text ?? '', item);
  return {
    id,
    url: canonicalizeUrl(item.url) ?? item.url,
    canonicalUrl,
    title: item.title.trim() || fallbackTitle(canonicalUrl),
    byline: item.byline ?? null,
    siteName: item.siteName ?? null,
    excerpt: item.excerpt ?? null,
    lang: item.lang ?? null,
    dir: item.dir ?? null,
    publishedTime: item.publishedTime ?? null,
    modifiedTime: item.modifiedTime ?? null,
    savedAt: item.savedAt,
    updatedAt: item.updatedAt ?? now,
    readAt: item.readAt ?? (item.status === 'archived' ? item.savedAt : null),
    status: item.status,
    favorite: item.favorite,
    tags: item.tags,
    ...reading,
    leadImageUrl: item.leadImageUrl ?? null,
    faviconUrl: item.faviconUrl ?? null,
    progress: Math.min(1, Math.max(0, item.progress ?? 0)),
    kind: item.kind,
  };
}

/**
 * An id for each new article: the one its Quire export carries, so that an export taken back
 * in is the same list, unless another article holds it already; otherwise a new one.
 */
async function idGiver(ctx: RepoContext, items: readonly ImportItem[]): Promise<(item: ImportItem) => string> {
  const carried = items.flatMap((item) => (item.id ? [item.id] : []));
  const taken = new Set<string>(carried.length ? await ctx.db.articles.where(':id').anyOf(carried).primaryKeys() : []);
  return ({ id }) => {
    const given = id && !taken.has(id) ? id : ctx.newId();
    taken.add(given);
    return given;
  };
}

async function existingKeys(ctx: RepoContext, keys: string[]): Promise<Set<string>> {
  const rows = await ctx.db.articles.where('urlKey').anyOf(keys).keys();
  return new Set(rows.map(String));
}

/** The preview needs only the links: how many distinct ones are new, how many are in the list already, how many repeat. */
export function previewImport(ctx: RepoContext, urls: string[]): Promise<ImportPreview> {
  return guarded(async () => {
    const keys = [...new Set(urls.map(urlKey))];
    const inList = (await existingKeys(ctx, keys)).size;
    return { new: keys.length - inList, inList, repeated: urls.length - keys.length };
  });
}

/** All items or none, in one transaction; onProgress(done, total) follows the writes. */
export function applyImport(
  ctx: RepoContext,
  items: ImportItem[],
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const { db } = ctx;
  // Deflated before the transaction opens, so that it stays short.
  const cached = items.map(withMarkdownCache);
  return writeTransaction(ctx, [db.articles, db.bodies, db.markdown, db.highlights], async (changes, counts) => {
    const groups = groupByUrl(cached);
    const existing = new Map((await db.articles.where('urlKey').anyOf([...groups.keys()]).toArray()).map((row) => [row.urlKey, row]));
    const idFor = await idGiver(ctx, [...groups.values()].map((group) => group.item));
    const now = ctx.now();
    const entries = [...groups];
    let added = 0;
    let writing: Promise<unknown> | null = null;
    const landings: Landing[] = [];
    const texts = new Map<string, { meta: ArticleMeta; text?: string }>();
    for (let start = 0; start < entries.length; start += CHUNK) {
      const chunk = entries.slice(start, start + CHUNK);
      const rows: StoredArticle[] = [];
      const bodies: ArticleBody[] = [];
      const markdown: MarkdownRow[] = [];
      for (const [key, group] of chunk) {
        const { item } = group;
        const old = existing.get(key);
        if (old) {
          const merged = { ...toMeta(old), tags: mergeTags(old.tags, item.tags), updatedAt: now };
          rows.push(toStored(merged, key));
          if (item.highlights?.length) landings.push({ articleId: old.id, highlights: item.highlights });
          else changes.upsert(merged);
          counts.track(old, merged);
          continue;
        }
        const meta = itemToMeta(group, idFor(item), now);
        rows.push(toStored(meta, key));
        counts.track(undefined, meta);
        // No row for no content (a bookmark list): readers take a missing body as empty.
        if (item.html || item.text) bodies.push(toBodyRow(meta.id, item));
        if (item.md) markdown.push({ id: meta.id, md: item.md });
        if (item.highlights?.length) {
          landings.push({ articleId: meta.id, highlights: item.highlights });
          texts.set(meta.id, { meta, text: item.text ?? '' });
        } else changes.upsert(meta, item.text ?? '');
        added++;
      }
      const done = Math.min(start + CHUNK, entries.length);
      const write = Promise.all([db.articles.bulkPut(rows), db.bodies.bulkPut(bodies), db.markdown.bulkPut(markdown)]).then(() => onProgress?.(done, entries.length));
      // IndexedDB writes this chunk while the next one is built, and the one before is awaited
      // first: the worker answers messages between chunks, and progress follows the writes.
      await writing;
      writing = write;
    }
    await writing;
    await indexHighlighted(ctx, landings, texts, changes, counts, now);
    // Merged: the articles already in the list that were updated; a file's repeats are merged into their new article.
    return { added, merged: groups.size - added };
  });
}
