/**
 * The versions of a page the popup offers when extraction is unsure: the pipeline's
 * candidates, the tab's selection, the page text as it is, or the link alone. Each is the
 * previewed clip with another body, and says in its `extraction` which one it is.
 */
import { LOW_CONFIDENCE, type Clip, type ClipSource, type Extraction } from './clip';
import { wordStats } from './words';

/** What a saved body keeps of its extraction: how sure the pipeline was, and which version was kept. */
export interface KeptExtraction {
  confidence: number;
  used: ClipSource;
}

export interface ClipVersion {
  source: ClipSource;
  clip: Clip;
}

/** A clip the pipeline was not sure of: the popup says so and offers the other versions. */
export function isUnsure(clip: Clip): boolean {
  return clip.extraction !== undefined && clip.extraction.confidence < LOW_CONFIDENCE;
}

/**
 * The clip with another body. Counts follow the new body; the Markdown the page converted
 * is of the old one, so it goes (`markdown` given: the new body's own).
 */
export function versionOf(clip: Clip, source: ClipSource, body: { html: string | null; text: string | null; wordCount?: number | null; markdown?: string }): Clip {
  const { markdown: _old, ...rest } = clip;
  const stats = wordStats(body.text ?? '');
  const extraction: Extraction | undefined = clip.extraction && { ...clip.extraction, used: source };
  const next: Clip = { ...rest, html: body.html, text: body.text, wordCount: body.wordCount ?? stats.wordCount, readingMinutes: stats.readingMinutes, extraction };
  if (body.markdown !== undefined) next.markdown = body.markdown;
  return next;
}

/** The previewed clip first, then each other candidate of its extraction, best first. */
export function candidateVersions(clip: Clip): ClipVersion[] {
  const extraction = clip.extraction;
  if (!extraction) return [];
  return [
    { source: extraction.used, clip },
    ...extraction.alternatives.filter((alt) => alt.kind !== extraction.used).map((alt) => ({ source: alt.kind, clip: versionOf(clip, alt.kind, alt) })),
  ];
}

/** The same page kept as a link: its metadata, no body, no extraction. */
export function asLink(clip: Clip): Clip {
  const { markdown: _markdown, extraction: _extraction, ...rest } = clip;
  return { ...rest, html: null, text: null, wordCount: null, readingMinutes: null };
}

/** The clip as a save sends it: storage keeps none of the alternatives, so they stay behind. */
export function withoutAlternatives(clip: Clip): Clip {
  return clip.extraction ? { ...clip, extraction: { ...clip.extraction, alternatives: [] } } : clip;
}

/** What storage keeps of a clip's extraction: a clip without a body keeps none, nor the alternatives. */
export function keptExtraction(clip: { html?: string | null; extraction?: Extraction }): KeptExtraction | undefined {
  if (!clip.extraction || !clip.html) return undefined;
  return { confidence: clip.extraction.confidence, used: clip.extraction.used };
}
