/**
 * Which candidate becomes the article: Readability's pick unless the main block shows it
 * crowned the wrong container, then a comparison with the other candidates by their
 * score (score.ts). The rest, best first, are the alternatives the popup may offer.
 */
import { textOf } from './dom';
import type { Candidate, Candidates } from './candidates';
import { featuresOf, scoreOf, type Features, type PageContext } from './score';

/** The candidates and the rules of the choice, by the names a benchmark switches them off with. */
export const CHOICE_SWITCHES = ['main-block', 'json-ld', 'article-element'] as const;

export interface ScoredCandidate extends Candidate {
  features: Features;
  score: number;
}

/**
 * The page's main block replaces Readability's pick when the pick holds none of its
 * paragraphs and the block's paragraph text is at least this share of the pick's text
 * (measured on the corpus: 1.0 and 0.8 catch fewer wrong picks, 0.4 starts trading
 * the right pick for a longer wrong block).
 */
const MAIN_BLOCK_FACTOR = 0.6;

export interface Choice {
  winner: ScoredCandidate;
  /** The other candidates, best score first. */
  others: ScoredCandidate[];
}

/** Readability's pick, or the main block when Readability found nothing or crowned the wrong container. */
function basePick(scored: ScoredCandidate[], candidates: Candidates): ScoredCandidate | undefined {
  const pick = scored.find((c) => c.kind === 'readability');
  const main = scored.find((c) => c.kind === 'main-block');
  if (!pick) return main;
  if (main && candidates.main && candidates.main.chars > textOf(pick.content).length * MAIN_BLOCK_FACTOR) return main;
  return pick;
}

export function chooseCandidate(candidates: Candidates, page: PageContext): Choice | null {
  const scored = candidates.all.map((c): ScoredCandidate => {
    const features = featuresOf(c.content, page);
    return { ...c, features, score: scoreOf(features) };
  });
  const winner = basePick(scored, candidates);
  if (!winner) return null;
  const others = scored.filter((c) => c !== winner).sort((a, b) => b.score - a.score);
  return { winner, others };
}
