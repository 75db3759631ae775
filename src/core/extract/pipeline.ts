/**
 * The extraction pipeline: clone, prepare, Readability, cleanup, sanitize, text and
 * metadata. Rules can be switched off by name so the benchmark can measure each one.
 */
import type { Clip, ExtractResult } from '../clip';
import { sanitizeArticleElement } from '../sanitize';
import { CLEANUP_RULES } from './cleanup';
import { PREPARE_RULES, type ClutterRule } from './clutter';
import { restoreDek } from './dek';
import { prepareImages } from './images';
import { restoreLeadImage } from './lead-image';
import { MAX_ELEMENTS } from './limits';
import { readMetadata } from './metadata';
import { runReadability } from './readability';
import { scanTree } from './scan';
import { blockText } from './text';
import { documentBase, makeUrlsAbsolute } from './urls';
import { wordStats } from './words';

/** Below this share of Readability's text left after cleanup, the cleanup is undone. */
const MIN_KEPT_SHARE = 0.3;

export interface PipelineOptions {
  /** Names of clutter rules to skip (benchmark ablations). */
  disabledRules?: ReadonlySet<string>;
}

function applyRules(rules: readonly ClutterRule[], root: Element, options: PipelineOptions): void {
  const scan = scanTree(root);
  for (const rule of rules) if (!options.disabledRules?.has(rule.name)) rule.apply(root, scan);
}

function failure(reason: 'not-html' | 'no-article' | 'too-large', message: string): ExtractResult {
  return { ok: false, reason, message };
}

export function runPipeline(doc: Document, url: string, options: PipelineOptions = {}): ExtractResult {
  if (!doc.documentElement || doc.documentElement.nodeName.toLowerCase() !== 'html' || !doc.body) {
    return failure('not-html', 'The page is not an HTML document.');
  }
  const elements = doc.getElementsByTagName('*').length;
  if (elements > MAX_ELEMENTS) return failure('too-large', `The page has ${elements} elements; the limit is ${MAX_ELEMENTS}.`);
  const win = doc.defaultView;
  if (!win) return failure('not-html', 'The page has no window to sanitize against.');

  const clone = doc.cloneNode(true) as Document;
  applyRules(PREPARE_RULES, clone.body, options);
  const article = runReadability(clone);
  if (!article) return failure('no-article', 'No article content was found on the page.');
  const metadata = readMetadata(doc, url, article);
  const base = documentBase(doc, url);
  // Images and links are fixed on Readability's output only: the same result as on the
  // whole page, at a fraction of the cost.
  prepareImages(article.content);
  if (restoreLeadImage(article.content, doc, metadata.leadImageUrl, base)) prepareImages(article.content);
  makeUrlsAbsolute(article.content, base);
  const uncleaned = article.content.cloneNode(true) as Element;
  applyRules(CLEANUP_RULES, article.content, options);
  let text = blockText(article.content);
  // Rules that took most of the article misjudged the page: keep Readability's output instead.
  if (text.length < blockText(uncleaned).length * MIN_KEPT_SHARE) {
    article.content = uncleaned;
    text = blockText(uncleaned);
  }
  if (!options.disabledRules?.has('dek') && restoreDek(article.content, text, doc, metadata.excerpt)) text = blockText(article.content);
  if (!text) return failure('no-article', 'The page has no article text to keep.');

  const { wordCount, readingMinutes } = wordStats(text);
  const { suggestedTags, ...fields } = metadata;
  // Spelled out so the object keeps the field order of Clip, which the clip command prints.
  const clip: Clip = {
    url,
    ...fields,
    wordCount,
    readingMinutes,
    suggestedTags,
    html: sanitizeArticleElement(article.content, win),
    text,
  };
  return { ok: true, clip };
}
