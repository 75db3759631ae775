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
import { findMainBlock, type MainBlock } from './main-block';
import { readMetadata } from './metadata';
import { runReadability } from './readability';
import { scanTree } from './scan';
import { blockText } from './text';
import { documentBase, dropBodyBases, makeUrlsAbsolute } from './urls';
import { looksLikeArticle } from './evidence';
import { isMetaLine } from './meta-lines';
import { removeTitleHeading } from './title-heading';
import { collapseSpaces, elementsByTag, textOf } from './dom';
import { wordStats } from '../words';

/** Below this share of Readability's text left after cleanup, the cleanup is undone. */
const MIN_KEPT_SHARE = 0.3;
/**
 * The page's main block replaces Readability's pick when the pick holds none of its
 * paragraphs and the block's paragraph text is at least this share of the pick's text
 * (measured on the corpus: 1.0 and 0.8 catch fewer wrong picks, 0.4 starts trading
 * the right pick for a longer wrong block).
 */
const MAIN_BLOCK_FACTOR = 0.6;
/** Paragraph text the main block needs to stand in for the article when Readability finds none. */
const MIN_MAIN_BLOCK_CHARS = 250;

export interface PipelineOptions {
  /** Names of clutter rules to skip (benchmark ablations). */
  disabledRules?: ReadonlySet<string>;
}

/** Whether a rule runs: every rule does, unless a benchmark ablation switched it off. */
function isOn(options: PipelineOptions, rule: string): boolean {
  return !options.disabledRules?.has(rule);
}

function applyRules(rules: readonly ClutterRule[], root: Element, options: PipelineOptions): void {
  const scan = scanTree(root);
  for (const rule of rules) if (isOn(options, rule.name)) rule.apply(root, scan);
}

interface ContentChoice {
  content: Element;
  /** The element on the page that the content stands for, when known. */
  mainBlock: Element | null;
}

/**
 * Readability's pick, unless it holds none of the paragraphs of the page's main text
 * block and that block is longer: then Readability crowned the wrong container. When
 * Readability finds nothing at all, the main block is the article if it is long enough.
 */
function chooseContent(pick: Element | null, doc: Document, options: PipelineOptions): ContentChoice | null {
  const main = findMainBlock(doc);
  const useMain = ({ element }: MainBlock): ContentChoice => ({ content: element.cloneNode(true) as Element, mainBlock: element });
  const enabled = isOn(options, 'main-block');
  if (!pick) return main && enabled && main.chars >= MIN_MAIN_BLOCK_CHARS ? useMain(main) : null;
  if (!main) return { content: pick, mainBlock: null };
  const picked = textOf(pick);
  if (picked.includes(main.probe)) return { content: pick, mainBlock: main.element };
  return enabled && main.chars > picked.length * MAIN_BLOCK_FACTOR ? useMain(main) : { content: pick, mainBlock: null };
}

function isMetaDescription(doc: Document, excerpt: string | null): boolean {
  if (!excerpt) return false;
  const start = collapseSpaces(excerpt).slice(0, 40);
  for (const meta of elementsByTag(doc, 'meta')) if (meta.hasAttribute('content') && collapseSpaces(meta.getAttribute('content') ?? '').startsWith(start)) return true;
  return false;
}

/** Images, links and cleanup on the chosen content, then the lead and dek put back. */
function finishContent(choice: ContentChoice, doc: Document, url: string, leadImageUrl: string | null, dek: string | null, options: PipelineOptions): { content: Element; text: string } {
  let { content } = choice;
  const base = documentBase(doc, url);
  // Images and links are fixed on the chosen content only: the same result as on the
  // whole page, at a fraction of the cost.
  prepareImages(content);
  if (restoreLeadImage(content, doc, leadImageUrl, base)) prepareImages(content);
  makeUrlsAbsolute(content, base);
  const uncleaned = content.cloneNode(true) as Element;
  applyRules(CLEANUP_RULES, content, options);
  let text = blockText(content);
  // Rules that took most of the article misjudged the page: keep it as it was chosen.
  if (text.length < blockText(uncleaned).length * MIN_KEPT_SHARE) {
    content = uncleaned;
    text = blockText(uncleaned);
  }
  if (choice.mainBlock && isOn(options, 'lead') && restoreLead(content, text, choice.mainBlock)) text = blockText(content);
  if (isOn(options, 'dek') && restoreDek(content, text, doc, dek)) text = blockText(content);
  return { content, text };
}

/**
 * Without a description, Readability's excerpt is its pick's first paragraph, which may be
 * the byline, a dateline or a credit: then it is the first paragraph of prose left.
 */
function excerptOf(content: Element, excerpt: string | null): string | null {
  if (!excerpt || !isMetaLine(excerpt)) return excerpt;
  for (const p of content.querySelectorAll('p')) {
    const text = textOf(p);
    if (text && !isMetaLine(text)) return text;
  }
  return null;
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
  dropBodyBases(clone);
  applyRules(PREPARE_RULES, clone.body, options);
  const article = runReadability(clone);
  const choice = chooseContent(article?.content ?? null, doc, options);
  if (!choice) return failure('no-article', 'No article content was found on the page.');
  const metadata = readMetadata(doc, url, article ?? {});
  // Without a description in the page's meta tags, Readability's excerpt is its pick's
  // first paragraph: no dek once that pick is replaced.
  const dek = choice.content === article?.content || isMetaDescription(doc, metadata.excerpt) ? metadata.excerpt : null;
  const { content, text: finished } = finishContent(choice, doc, url, metadata.leadImageUrl, dek, options);
  const text = isOn(options, 'title-heading') && removeTitleHeading(content, metadata.title) ? blockText(content) : finished;
  if (!looksLikeArticle(content, text, doc)) return failure('no-article', 'The page has no article text to keep.');

  const { wordCount, readingMinutes } = wordStats(text);
  const { suggestedTags, ...fields } = metadata;
  // Spelled out so the object keeps the field order of Clip, which the clip command prints.
  const clip: Clip = {
    url,
    ...fields,
    excerpt: excerptOf(content, fields.excerpt),
    wordCount,
    readingMinutes,
    suggestedTags,
    html: sanitizeArticleElement(content, win),
    text,
  };
  return { ok: true, clip };
}
