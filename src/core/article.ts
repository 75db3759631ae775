/** The records of the reading list, shared by storage, formats and the UI. */
import type { Highlight } from './highlights/types';
import type { KeptExtraction } from './clip-choice';
export type ArticleStatus = 'unread' | 'archived';
export type ArticleKind = 'article' | 'link';

/** Everything the list shows; never carries the body, so listing stays light. */
export interface ArticleMeta {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
  readAt: number | null;
  status: ArticleStatus;
  favorite: boolean;
  tags: string[];
  wordCount: number;
  readingMinutes: number;
  leadImageUrl: string | null;
  faviconUrl: string | null;
  /** Reading progress, 0 to 1. */
  progress: number;
  kind: ArticleKind;
  /** How many highlights it has: set on the list's items, absent when none. */
  highlightCount?: number;
}

/** The fields of ArticleMeta that may be null. */
export type NullableField = { [K in keyof ArticleMeta]-?: null extends ArticleMeta[K] ? K : never }[keyof ArticleMeta];

/** Every nullable field at null: what a record knows of a page it has nothing but the address of. The type names them all, so none is missed. */
export const NULL_FIELDS: Readonly<{ [K in NullableField]: null }> = {
  byline: null,
  siteName: null,
  excerpt: null,
  lang: null,
  dir: null,
  publishedTime: null,
  modifiedTime: null,
  readAt: null,
  leadImageUrl: null,
  faviconUrl: null,
};

export interface ArticleBody {
  id: string;
  html: string;
  text: string;
  /**
   * How sure extraction was, and which version was kept, for a body clipped since Quire
   * records it; absent on older rows, on imported and synced bodies, and on selections saved
   * from the menu. Not indexed, so no schema version; nothing shows it yet.
   */
  extraction?: KeptExtraction;
}

/**
 * A body's Markdown kept ready for the Markdown zip: the file's part after its prefix, as a
 * raw deflate stream with its CRC and length (core/formats/markdown-cache.ts makes and reads it).
 */
export interface MarkdownCache {
  v: number;
  size: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer>;
}

/**
 * `md` is derived from the body: only the Markdown zip reads it, and no export writes it.
 * `highlights` is filled by the export's reads, for the formats that carry them.
 */
export type Article = ArticleMeta & { html: string; text: string; md?: MarkdownCache; highlights?: FileHighlight[] };

/** A highlight as a file carries it: inside its article, so without the article's id. */
export type FileHighlight = Omit<Highlight, 'articleId'>;
