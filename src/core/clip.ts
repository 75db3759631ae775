import { NULL_FIELDS } from './article';

/** Where an extraction's content came from (docs/extraction.md, "Candidates"). */
export type CandidateKind = 'readability' | 'main-block' | 'json-ld' | 'article-element';

/** What a clip's body was taken from: one of the pipeline's candidates, the tab's selection, or the page text as it is. */
export type ClipSource = CandidateKind | 'selection' | 'page-text';

/** Another candidate the popup may offer instead of the one used. */
export interface ExtractionAlternative {
  kind: CandidateKind;
  /** Sanitized, finished like the clip's own html. */
  html: string;
  text: string;
  wordCount: number;
  score: number;
}

export interface Extraction {
  /** 0..1 from the winning candidate's score; below LOW_CONFIDENCE the popup says so. */
  confidence: number;
  /** The candidate the pipeline kept; in the popup, the reader may keep the selection or the page text instead. */
  used: ClipSource;
  /** The other candidates worth offering, best first, each sanitized and finished like the clip. */
  alternatives: ExtractionAlternative[];
}

/**
 * Below this confidence a clip is flagged as possibly wrong. Set on the trafilatura
 * evaluation set (docs/extraction.md, "Confidence"): most pages below it lose snippets.
 */
export const LOW_CONFIDENCE = 0.5;

/** What extraction yields for one page: the fields the `clip` CLI prints, in that order. */
export interface Clip {
  url: string;
  canonicalUrl: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  leadImageUrl: string | null;
  faviconUrl: string | null;
  wordCount: number | null;
  readingMinutes: number | null;
  suggestedTags: string[];
  /** Sanitized article HTML. */
  html: string | null;
  /** Article body as plain text, one block per line, captions left out. */
  text: string | null;
  /**
   * The sanitized HTML as Markdown, converted where the clip is made (a page, with a DOM) so the
   * background can cache it for the Markdown zip; a plain string, as messages carry JSON.
   */
  markdown?: string;
  /** How sure extraction is of the content, what it used and what else it found; only on a fresh extraction. */
  extraction?: Extraction;
}

export type ExtractFailureReason = 'not-html' | 'no-article' | 'too-large' | 'error';

export type ExtractResult =
  | { ok: true; clip: Clip }
  | { ok: false; reason: ExtractFailureReason; message: string };

/** A clip of nothing but an address: a link-only item, with what the browser knows of it. */
export function linkOnlyClip(url: string, canonicalUrl: string, title: string | null, faviconUrl: string | null): Clip {
  const { readAt: _readAt, ...nulls } = NULL_FIELDS;
  return { ...nulls, url, canonicalUrl, title, faviconUrl, wordCount: null, readingMinutes: null, suggestedTags: [], html: null, text: null };
}
