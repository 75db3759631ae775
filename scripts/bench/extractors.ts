/** What the extraction benchmark and the quality gate score: Readability alone, and Quire's pipeline. */
import { Readability } from '@mozilla/readability';
import { runPipeline } from '../../src/core/extract/pipeline';

/** The text an extractor scores for a page, or null when it finds no article. */
export type Extractor = (doc: Document, url: string) => string | null;

export const readabilityAlone: Extractor = (doc) => new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? null;

export const pipeline = (disabledRules?: ReadonlySet<string>): Extractor => (doc, url) => {
  const result = runPipeline(doc, url, { disabledRules });
  return result.ok ? result.clip.text : null;
};

/** The extractor's text; a throw counts as a failed page, as the corpus metric asks. */
export function extractOrNull(extract: Extractor, doc: Document, url: string): string | null {
  try {
    return extract(doc, url);
  } catch {
    return null;
  }
}
