/** Saving a clipped page: one article per canonical URL, however often it is saved. */
import type { ArticleKind, ArticleMeta } from '../../core/article';
import type { Clip } from '../../core/clip';
import type { MarkdownCache } from '../../core/article';
import { markdownCacheFor } from '../../core/formats/markdown-cache';
import { mergeTags, normalizeTags } from '../../core/tags';
import { canonicalizeUrl, urlKey } from '../../core/url';
import { StorageError } from '../errors';
import { toBodyRow, toStored } from '../records';
import type { QuireDB, StoredArticle } from '../schema';
import { readHighlightText, withHighlightText } from '../search/highlight-text';
import type { RepoContext } from './context';
import { assertUrlsFree } from './one-per-url';
import { fallbackTitle, readingOf } from './derive';
import { writeTransaction } from './write';

export type SaveClipInput = Clip & { tags?: string[]; kind?: ArticleKind };

export interface SaveResult {
  article: ArticleMeta;
  created: boolean;
}

/** Whether a clip brings a body (a bare link brings none). */
function hasContent(input: SaveClipInput): boolean {
  return input.html !== null || input.text !== null;
}

/**
 * The article a save leaves behind: fresh content and metadata (a field the new clip
 * lacks keeps its old value), with the reader's own state (status, progress, favorite,
 * first save time) kept and tags united.
 */
export function mergeClip(input: SaveClipInput, id: string, now: number, old?: StoredArticle): ArticleMeta {
  const content = hasContent(input);
  const reading = readingOf(content ? (input.text ?? '') : null, input, old);
  return {
    id,
    // The page's address without tracking parameters and fragment: what "Original page" and every export link.
    url: canonicalizeUrl(input.url) ?? input.url,
    canonicalUrl: input.canonicalUrl || input.url,
    title: input.title?.trim() || old?.title || fallbackTitle(input.canonicalUrl || input.url),
    byline: input.byline ?? old?.byline ?? null,
    siteName: input.siteName ?? old?.siteName ?? null,
    excerpt: input.excerpt ?? old?.excerpt ?? null,
    lang: input.lang ?? old?.lang ?? null,
    dir: input.dir ?? old?.dir ?? null,
    publishedTime: input.publishedTime ?? old?.publishedTime ?? null,
    modifiedTime: input.modifiedTime ?? old?.modifiedTime ?? null,
    savedAt: old?.savedAt ?? now,
    updatedAt: now,
    readAt: old?.readAt ?? null,
    status: old?.status ?? 'unread',
    favorite: old?.favorite ?? false,
    tags: mergeTags(old?.tags ?? [], normalizeTags(input.tags ?? [])),
    ...reading,
    leadImageUrl: input.leadImageUrl ?? old?.leadImageUrl ?? null,
    faviconUrl: input.faviconUrl ?? old?.faviconUrl ?? null,
    progress: old?.progress ?? 0,
    kind: content || !old ? (input.kind ?? (content ? 'article' : 'link')) : old.kind,
  };
}

/** A new body's Markdown cache, or none: a cache left from the old body would be wrong. */
function writeMarkdown(db: QuireDB, id: string, md: MarkdownCache | undefined): Promise<unknown> {
  return md ? db.markdown.put({ id, md }) : db.markdown.delete(id);
}

function requestPersistence(ctx: RepoContext): void {
  if (ctx.persistRequested) return;
  ctx.persistRequested = true;
  const manager = ctx.storageManager;
  // Best effort: without it the browser may evict the list under disk pressure, nothing worse.
  manager?.persist?.().catch(() => undefined);
}

/** A body's words counted before the transaction opens, so that it stays short: mergeClip keeps the count given. */
function counted(input: SaveClipInput): SaveClipInput {
  return hasContent(input) ? { ...input, ...readingOf(input.text ?? '', input) } : input;
}

/**
 * Writes a new body and its Markdown cache, all requests issued together in the write's
 * transaction; resolves to the body's text for the index, followed by the highlights the
 * article already has.
 */
async function writeBody(db: QuireDB, id: string, input: SaveClipInput, md: MarkdownCache | undefined, created: boolean): Promise<string> {
  const [highlights] = await Promise.all([created ? undefined : readHighlightText(db, [id]), db.bodies.put(toBodyRow(id, input)), writeMarkdown(db, id, md)]);
  return withHighlightText(input.text ?? '', highlights?.get(id));
}

export async function saveClip(ctx: RepoContext, clip: SaveClipInput): Promise<SaveResult> {
  const { db } = ctx;
  // Deflated and counted before the transaction opens, so that it stays short.
  const md = markdownCacheFor(clip);
  const input = counted(clip);
  const result = await writeTransaction(ctx, [db.articles, db.bodies, db.markdown, db.highlights], async (changes, counts) => {
    const old = await db.articles.where('urlKey').equals(urlKey(input.canonicalUrl || input.url)).first();
    const meta = mergeClip(input, old?.id ?? ctx.newId(), ctx.now(), old);
    counts.track(old, meta);
    // A bare link saved again over a clipped article keeps the article's body.
    const replacesBody = hasContent(input) || !old;
    const [, text] = await Promise.all([db.articles.put(toStored(meta)), replacesBody ? writeBody(db, meta.id, input, md, !old) : undefined]);
    changes.upsert(meta, text);
    return { article: meta, created: !old };
  });
  requestPersistence(ctx);
  return result;
}

/** New content for an existing article (a saved link fetched later), keyed by id rather than URL. */
export async function replaceContent(ctx: RepoContext, id: string, clip: SaveClipInput): Promise<ArticleMeta> {
  const { db } = ctx;
  // Deflated and counted before the transaction opens, so that it stays short.
  const md = markdownCacheFor(clip);
  const input = counted(clip);
  return writeTransaction(ctx, [db.articles, db.bodies, db.markdown, db.highlights], async (changes, counts) => {
    const old = await db.articles.get(id);
    if (!old) throw new StorageError('not-found');
    const meta = mergeClip({ ...input, kind: input.kind ?? 'article' }, id, ctx.now(), old);
    const row = toStored(meta);
    // The fetched page may name as canonical the URL of another saved article.
    await assertUrlsFree(db, [row]);
    counts.track(old, meta);
    const [, text] = await Promise.all([db.articles.put(row), writeBody(db, id, input, md, false)]);
    changes.upsert(meta, text);
    return meta;
  });
}
