/**
 * The extraction pipeline: clone, prepare, Readability, cleanup, sanitize, text and
 * metadata. Rules can be switched off by name so the benchmark can measure each one.
 */
import { LOW_CONFIDENCE, type Clip, type ExtractionAlternative, type ExtractResult } from '../clip';
import { sanitizeArticleElement } from '../sanitize';
import { CLEANUP_RULES } from './cleanup';
import { PREPARE_RULES, type ClutterRule } from './clutter';
import { restoreDek } from './dek';
import { prepareImages } from './images';
import { restoreLead } from './lead';
import { restoreLeadImage } from './lead-image';
import { MAX_ELEMENTS } from './limits';
import { gatherCandidates } from './candidates';
import { CHOICE_SWITCHES, chooseCandidate, isRival, type Choice, type ScoredCandidate } from './choose';
import { pageContext, type PageContext } from './score';
import { readMetadata } from './metadata';
import { runReadability } from './readability';
import { scanTree } from './scan';
import { blockText } from './text';
import { documentBase, dropBodyBases, makeUrlsAbsolute } from './urls';
import { looksLikeArticle } from './evidence';
import { isMetaLine } from './meta-lines';
import { removeTitleHeading } from './title-heading';
import { collapseSpaces, textOf } from './dom';
import { wordStats } from '../words';

/** Below this share of Readability's text left after cleanup, the cleanup is undone. */
const MIN_KEPT_SHARE = 0.3;
/** At most this many alternatives are offered: the rivals of the winner (choose.ts). */
const MAX_ALTERNATIVES = 2;

/** What can be switched off besides the clutter rules: the steps after Readability, and the candidates and choice rules. */
export const PIPELINE_SWITCHES = ['dek', 'lead', 'title-heading', ...CHOICE_SWITCHES] as const;

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

/** The candidates (candidates.ts), scored and compared (choose.ts). */
function chooseContent(pick: Element | null, doc: Document, page: PageContext, options: PipelineOptions): Choice | null {
  const enabled = (name: string): boolean => isOn(options, name);
  return chooseCandidate(gatherCandidates(doc, pick, enabled), page, enabled);
}

function isMetaDescription(doc: Document, excerpt: string | null): boolean {
  if (!excerpt) return false;
  const start = collapseSpaces(excerpt).slice(0, 40);
  for (const meta of doc.querySelectorAll('meta[content]')) if (collapseSpaces(meta.getAttribute('content') ?? '').startsWith(start)) return true;
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

interface Finished {
  content: Element;
  text: string;
  html: string;
}

/**
 * The winner's rivals, finished like it, best first; only for a clip under LOW_CONFIDENCE, the
 * one the popup offers them for (finishing and sanitizing them costs as much as the clip).
 */
function alternativesOf(choice: Choice, finish: (c: ScoredCandidate) => Finished | null): ExtractionAlternative[] {
  const alternatives: ExtractionAlternative[] = [];
  if (choice.confidence >= LOW_CONFIDENCE) return alternatives;
  for (const candidate of choice.others) {
    if (alternatives.length >= MAX_ALTERNATIVES) break;
    if (!isRival(candidate, choice.winner)) continue;
    const done = finish(candidate);
    if (!done) continue;
    alternatives.push({ kind: candidate.kind, html: done.html, text: done.text, wordCount: wordStats(done.text).wordCount, score: candidate.score });
  }
  return alternatives;
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
  const metadata = readMetadata(doc, url, article ?? {});
  let choice = chooseContent(article?.content ?? null, doc, pageContext(doc, metadata.title, metadata.excerpt), options);
  if (!choice) return failure('no-article', 'No article content was found on the page.');
  const finish = (candidate: ScoredCandidate): Finished | null => {
    // Without a description in the page's meta tags, Readability's excerpt is its pick's
    // first paragraph: no dek once that pick is replaced.
    const dek = candidate.kind === 'readability' || isMetaDescription(doc, metadata.excerpt) ? metadata.excerpt : null;
    const done = finishContent({ content: candidate.content, mainBlock: candidate.source }, doc, url, metadata.leadImageUrl, dek, options);
    const text = isOn(options, 'title-heading') && removeTitleHeading(done.content, metadata.title) ? blockText(done.content) : done.text;
    return looksLikeArticle(done.content, text) ? { content: done.content, text, html: sanitizeArticleElement(done.content, win) } : null;
  };
  let finished = finish(choice.winner);
  // `fallback`: a winner that is no article by its own evidence gives way to the next candidate
  // that is one, with half its score as confidence (the best guess was wrong).
  for (const next of isOn(options, 'fallback') ? choice.others : []) {
    if (finished) break;
    finished = finish(next);
    if (finished) choice = { winner: next, others: choice.others.filter((c) => c !== next), confidence: next.score / 2 };
  }
  if (!finished) return failure('no-article', 'The page has no article text to keep.');
  const { content, text } = finished;

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
    html: finished.html,
    text,
    extraction: {
      confidence: choice.confidence,
      used: choice.winner.kind,
      alternatives: alternativesOf(choice, finish),
    },
  };
  return { ok: true, clip };
}
