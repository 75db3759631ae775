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
import { restoreLead } from './lead';
import { restoreLeadImage } from './lead-image';
import { MAX_ELEMENTS } from './limits';
import { findMainBlock } from './main-block';
import { readMetadata } from './metadata';
import { runReadability } from './readability';
import { scanTree } from './scan';
import { blockText } from './text';
import { documentBase, makeUrlsAbsolute } from './urls';
import { collapseSpaces, textOf } from './dom';
import { wordStats } from './words';

/** Below this share of Readability's text left after cleanup, the cleanup is undone. */
const MIN_KEPT_SHARE = 0.3;
/**
 * The page's main block replaces Readability's pick when the pick holds none of its
 * paragraphs and the block's paragraph text is at least this share of the pick's text
 * (measured on the corpus: 1.0 and 0.8 catch fewer wrong picks, 0.4 starts trading
 * the right pick for a longer wrong block).
 */
const MAIN_BLOCK_FACTOR = 0.6;

export interface PipelineOptions {
  /** Names of clutter rules to skip (benchmark ablations). */
  disabledRules?: ReadonlySet<string>;
}

function applyRules(rules: readonly ClutterRule[], root: Element, options: PipelineOptions): void {
  const scan = scanTree(root);
  for (const rule of rules) if (!options.disabledRules?.has(rule.name)) rule.apply(root, scan);
}

interface ContentChoice {
  content: Element;
  /** The element on the page that the content stands for, when known. */
  mainBlock: Element | null;
}

/**
 * Readability's pick, unless it holds none of the paragraphs of the page's main text
 * block and that block is longer: then Readability crowned the wrong container.
 */
function chooseContent(pick: Element, doc: Document, options: PipelineOptions): ContentChoice {
  const main = findMainBlock(doc);
  if (!main) return { content: pick, mainBlock: null };
  const picked = textOf(pick);
  if (picked.includes(main.probe)) return { content: pick, mainBlock: main.element };
  if (options.disabledRules?.has('main-block') || main.chars <= picked.length * MAIN_BLOCK_FACTOR) return { content: pick, mainBlock: null };
  return { content: main.element.cloneNode(true) as Element, mainBlock: main.element };
}

function isMetaDescription(doc: Document, excerpt: string | null): boolean {
  if (!excerpt) return false;
  const start = collapseSpaces(excerpt).slice(0, 40);
  for (const meta of doc.querySelectorAll('meta[content]')) if (collapseSpaces(meta.getAttribute('content') ?? '').startsWith(start)) return true;
  return false;
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
  const readabilityPick = article.content;
  const { content, mainBlock } = chooseContent(readabilityPick, doc, options);
  article.content = content;
  // Without a description in the page's meta tags, Readability's excerpt is its pick's
  // first paragraph: no dek once that pick is replaced.
  const dek = article.content === readabilityPick || isMetaDescription(doc, metadata.excerpt) ? metadata.excerpt : null;
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
  if (mainBlock && !options.disabledRules?.has('lead') && restoreLead(article.content, text, mainBlock)) text = blockText(article.content);
  if (!options.disabledRules?.has('dek') && restoreDek(article.content, text, doc, dek)) text = blockText(article.content);
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
