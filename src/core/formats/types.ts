import type { ArticleKind, ArticleStatus } from '../article';
import type { HighlightColor, HighlightTarget } from '../highlights/types';

/** A highlight read from a file: its passage's selectors (offsets when the file had them), colour and note. */
export interface ImportHighlight extends HighlightTarget {
  /** Only Quire JSON carries these. */
  id?: string;
  createdAt?: number;
  updatedAt?: number;
  color: HighlightColor;
  note: string;
}

/** One entry read from an export file, before it meets the database. */
export interface ImportItem {
  /** 1-based line (CSV row, JSON array index + 1, or element order) for messages. */
  line: number;
  /** Only Quire JSON carries these: keeping them makes export-then-import lossless. */
  id?: string;
  canonicalUrl?: string;
  url: string;
  title: string;
  tags: string[];
  status: ArticleStatus;
  favorite: boolean;
  /** Epoch milliseconds; the import time when the file has none. */
  savedAt: number;
  kind: ArticleKind;
  byline?: string | null;
  siteName?: string | null;
  excerpt?: string | null;
  lang?: string | null;
  dir?: string | null;
  publishedTime?: string | null;
  modifiedTime?: string | null;
  updatedAt?: number;
  readAt?: number | null;
  progress?: number;
  wordCount?: number;
  readingMinutes?: number;
  leadImageUrl?: string | null;
  faviconUrl?: string | null;
  /** Straight from the file, NOT sanitized: the caller must sanitize it (DOMPurify) before storing or showing it. */
  html?: string;
  text?: string;
  /** The sanitized html as Markdown, added with the sanitizing (sanitizeBodies): the background caches it for the Markdown zip. */
  markdown?: string;
  /** Kept even when the article has no body yet: placed when the body is fetched. */
  highlights?: ImportHighlight[];
  /** The browser root folder a bookmark sat in ("Bookmarks bar"): a tag only if the preview's checkbox for it is ticked (root-folders.ts). */
  rootFolder?: string;
}

export interface ImportProblem {
  /** Inside a zip: the entry the line belongs to. */
  file?: string;
  /** 0 when the problem is the whole file (a damaged zip, say) rather than one line. */
  line: number;
  field?: string;
  message: string;
}

export type ImportFormat =
  | 'quire-json'
  | 'pocket-zip'
  | 'pocket-csv'
  | 'pocket-html'
  | 'instapaper-csv'
  | 'omnivore-zip'
  | 'netscape'
  | 'raindrop-csv'
  | 'readwise-csv'
  /** Only with a fatal problem found before the format was known. */
  | 'unknown';

/** A parsed file: what can be imported and what cannot, with where. A fatal problem means nothing is imported. */
export interface ParsedImport {
  format: ImportFormat;
  items: ImportItem[];
  invalid: ImportProblem[];
  fatal: ImportProblem | null;
}
