/**
 * The typed message protocol between extension pages and the background, the only
 * writer to the database; both sides own it, so it lives beside them, not in either. One union of requests; each reply is `{ok: true, data}` or
 * `{ok: false, error}`. `ResponseMap` names the data each request type answers with.
 */
import type { Article, ArticleMeta, ArticleStatus } from './core/article';
import type { ListPage, ListQuery, SaveResult as StoredClip, Stats, TagCount } from './storage';
import type { ImageOutcome } from './core/images/transfer';
import type { Clip } from './core/clip';
import type { PreviewFailureReason } from './protocol-errors';
import type { ImportItem } from './core/formats/types';
import type { Highlight, HighlightColor, HighlightTarget } from './core/highlights/types';

/** The list's queries and answers are the storage layer's own types, so the two cannot drift. */
export type { ExportFilter, ListPage, ListQuery, SortKey as SortField, Stats, TagCount } from './storage';
export type { ImageOutcome } from './core/images/transfer';

/** A save: the record, and for an article clipped from a tab, how its images went. */
export type SaveResult = StoredClip & { images?: ImageOutcome };

export type { PreviewFailureReason } from './protocol-errors';

export interface PagePreview {
  tab: { url: string; title: string; favIconUrl: string | null };
  clip: Clip | null;
  failure: { reason: PreviewFailureReason; message: string } | null;
  /** The record when this page is already in the list. */
  saved: ArticleMeta | null;
}

/** What to keep: the extracted article, only the link, or the page's text as it is. */
export type SaveMode = 'article' | 'link' | 'page-text';

export interface ResponseMap {
  ping: { pong: true; version: string };
  'page.preview': PagePreview;
  'page.read': Clip;
  'page.save': SaveResult;
  'link.save': SaveResult;
  'articles.list': ListPage;
  'search.warm': { ready: true };
  'articles.get': Article | null;
  'articles.byUrl': ArticleMeta | null;
  'articles.setTags': ArticleMeta;
  'articles.setStatus': ArticleMeta;
  'articles.setFavorite': ArticleMeta;
  'articles.setProgress': ArticleMeta;
  'articles.replaceContent': ArticleMeta;
  'articles.remove': { undoToken: string; removed: number };
  'articles.undoRemove': { restored: number };
  'tags.list': TagCount[];
  'tags.rename': { changed: number };
  'tags.merge': { changed: number };
  stats: Stats;
  'import.preview': { new: number; inList: number; repeated: number };
  'import.apply': { added: number; merged: number };
  'import.stage': { staged: number };
  'import.commit': { added: number; merged: number };
  'import.discard': { discarded: boolean };
  'data.deleteAll': { removed: number };
  'highlights.list': Highlight[];
  'highlights.add': Highlight;
  'highlights.update': Highlight;
  'highlights.remove': Highlight;
  'highlights.restore': Highlight;
  'images.removeArchived': { articles: number };
  'sync.status': SyncStatus;
  'sync.test': ConnectionResult;
  'sync.createDatabase': ConnectionResult;
  'sync.enable': SyncStatus;
  'sync.now': SyncStatus;
  'sync.disable': SyncStatus;
  'sync.confirmRemoval': SyncStatus;
}

export type Request =
  | { type: 'ping' }
  /** Inject the content script into the tab (activeTab), extract, and say whether it is saved. */
  | { type: 'page.preview'; tabId: number }
  /** Save what the popup previewed (title possibly edited); the background owns the write. */
  /**
   * The tab's selection or its text as it is, for the popup to offer beside the article; `url`
   * is the address it previewed, and a tab showing another page since fails with 'tab-changed'.
   */
  | { type: 'page.read'; tabId: number; url: string; mode: 'selection' | 'page-text' }
  /**
   * Save what the popup previewed (title possibly edited, body perhaps another version); the
   * background owns the write. A save that reads the tab again checks it still shows `url`.
   */
  | { type: 'page.save'; tabId: number; mode: SaveMode; tags: string[]; clip: Clip | null; title?: string; url?: string }
  | { type: 'link.save'; url: string; title?: string; tags: string[] }
  | { type: 'articles.list'; query: ListQuery }
  /** Load the search index now (the popup asks once its first rows are painted), so the first keystroke finds it ready. */
  | { type: 'search.warm' }
  | { type: 'articles.get'; id: string }
  | { type: 'articles.byUrl'; url: string }
  | { type: 'articles.setTags'; id: string; tags: string[] }
  | { type: 'articles.setStatus'; id: string; status: ArticleStatus }
  | { type: 'articles.setFavorite'; id: string; favorite: boolean }
  | { type: 'articles.setProgress'; id: string; progress: number }
  /** A link-only item fetched later: its content arrives as a clip. */
  | { type: 'articles.replaceContent'; id: string; clip: Clip }
  | { type: 'articles.remove'; ids: string[] }
  | { type: 'articles.undoRemove'; undoToken: string }
  | { type: 'tags.list' }
  | { type: 'tags.rename'; from: string; to: string }
  | { type: 'tags.merge'; from: string[]; into: string }
  | { type: 'stats' }
  | { type: 'import.preview'; urls: string[] }
  | { type: 'import.apply'; items: ImportItem[] }
  /**
   * A large import in chunks, since Chrome refuses a message over 64 MiB: the background
   * holds each chunk under stageId, then import.commit writes them all in one transaction.
   */
  | { type: 'import.stage'; stageId: string; items: ImportItem[] }
  | { type: 'import.commit'; stageId: string }
  | { type: 'import.discard'; stageId: string }
  | { type: 'data.deleteAll' }
  | { type: 'highlights.list'; articleId: string }
  | { type: 'highlights.add'; articleId: string; color: HighlightColor; note: string; target: HighlightTarget }
  | { type: 'highlights.update'; id: string; color?: HighlightColor; note?: string }
  /** Answers with the highlight as it was, which highlights.restore puts back (undo). */
  | { type: 'highlights.remove'; id: string }
  | { type: 'highlights.restore'; highlight: Highlight }
  /** Removes the stored images of every archived article; the articles stay. */
  | { type: 'images.removeArchived' }
  | { type: 'sync.status' }
  /** Reaches the server with these settings and says whether the database is there; stores nothing. */
  | { type: 'sync.test'; server: SyncServer }
  | { type: 'sync.createDatabase'; server: SyncServer }
  /** Stores the settings and turns sync on (the page asked for the server's host permission first), then runs once. */
  | { type: 'sync.enable'; server: SyncServer }
  /** Runs one sync and answers when it ends. */
  | { type: 'sync.now' }
  /** Turns sync off and forgets the settings; the local list stays. */
  | { type: 'sync.disable' }
  /** Answers a pull held back for removing more than a fifth of the list: apply it, or keep the local articles. */
  | { type: 'sync.confirmRemoval'; accept: boolean };

/** A CouchDB-compatible server and the database Quire syncs with. */
export interface SyncServer {
  url: string;
  database: string;
  username: string;
  password: string;
}

export type SyncErrorCode = 'unreachable' | 'unauthorized' | 'missing-database' | 'not-couchdb' | 'conflict' | 'quota' | 'permission' | 'error';

export type ConnectionResult = { ok: true; couchVersion: string | null } | { ok: false; code: SyncErrorCode; message: string };

export interface SyncStatus {
  on: boolean;
  /** Never the password. */
  server: { url: string; database: string; username: string } | null;
  running: boolean;
  /** Epoch ms of the last run that finished. */
  lastSync: number | null;
  lastCounts: { sent: number; received: number; removed: number } | null;
  /** `message` is English, for logs; pages translate `code`. */
  error: { code: SyncErrorCode; message: string } | null;
  pendingRemoval: { count: number; listSize: number } | null;
}

/**
 * The port an options page connects to hear sync's status: the status now on connecting,
 * then every change (a run starting or ending, an error, a removal held back).
 */
export const SYNC_STATUS_PORT = 'sync-status';

/**
 * The one message the background sends rather than answers: to Chrome's offscreen
 * document, which sanitizes synced body HTML (the service worker has no DOM) and replies `{ html }`.
 */
export const OFFSCREEN_SANITIZE = 'offscreen.sanitize';
export interface OffscreenSanitize {
  type: typeof OFFSCREEN_SANITIZE;
  html: string[];
}

/**
 * The port an options page connects to hear about an import the background is writing
 * (a port, not requests, since the background speaks first and often): the state now on
 * connecting, then every change, so a page opened while a long import is written shows it.
 */
export const IMPORT_PROGRESS_PORT = 'import-progress';

export type ImportProgressState =
  | { kind: 'idle' }
  | { kind: 'writing'; written: number; total: number }
  | { kind: 'done'; added: number; merged: number }
  | { kind: 'failed'; error: ProtocolError };

export type RequestType = Request['type'];
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

/** `code` is one of ErrorCode (protocol-errors.ts), which pages translate; `message` is English, for logs. */
export interface ProtocolError {
  code: string;
  message: string;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ProtocolError };

export function isRequest(value: unknown): value is Request {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
