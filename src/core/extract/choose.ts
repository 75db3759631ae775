/**
 * Which candidate becomes the article: Readability's pick unless the main block shows it
 * crowned the wrong container, then a comparison with the other candidates by their
 * score (score.ts). The rest, best first, are the alternatives the popup may offer, and
 * how strongly they compete sets the clip's confidence.
 */
import { textOf } from './dom';
import type { Candidate, Candidates } from './candidates';
import { featuresOf, novelShare, scoreOf, type Features, type PageContext } from './score';

/** The candidates and the rules of the choice, by the names a benchmark switches them off with. */
export const CHOICE_SWITCHES = ['main-block', 'json-ld', 'article-element', 'compare', 'fallback'] as const;

export interface ScoredCandidate extends Candidate {
  features: Features;
  score: number;
  /** Share of its paragraph text the winner does not hold (0 for the winner). */
  novel: number;
}

/**
 * The page's main block replaces Readability's pick when the pick holds none of its
 * paragraphs and the block's paragraph text is at least this share of the pick's text
 * (measured on the corpus: 1.0 and 0.8 catch fewer wrong picks, 0.4 starts trading
 * the right pick for a longer wrong block).
 */
const MAIN_BLOCK_FACTOR = 0.6;
/**
 * `compare`: a JSON-LD body or an article element replaces a pick scoring under
 * COMPARE_BELOW when it scores COMPARE_MARGIN more and most of its text is text the pick
 * lacks (set on the design part of the trafilatura set; docs/extraction.md).
 */
const COMPARE_BELOW = 0.8;
const COMPARE_MARGIN = 0.03;
/** A candidate is another text, not the same one with a little more or less, from this novel share. */
const MIN_NOVEL_SHARE = 0.5;
/** How close a rival's score must come to lower the confidence: within this much of the winner's, it counts. */
const RIVAL_RANGE = 0.2;
const COMPARED_KINDS = new Set(['json-ld', 'article-element']);

export interface Choice {
  winner: ScoredCandidate;
  /** The other candidates, best score first. */
  others: ScoredCandidate[];
  /** 0..1: the winner's score, lowered by every rival that offers another text with a score near it. */
  confidence: number;
}

/** Readability's pick, or the main block when Readability found nothing or crowned the wrong container. */
function basePick(scored: ScoredCandidate[], candidates: Candidates): ScoredCandidate | undefined {
  const pick = scored.find((c) => c.kind === 'readability');
  const main = scored.find((c) => c.kind === 'main-block');
  if (!pick) return main ?? scored[0];
  if (main && candidates.main && candidates.main.chars > textOf(pick.content).length * MAIN_BLOCK_FACTOR) return main;
  return pick;
}

function withNovelty(winner: ScoredCandidate, scored: ScoredCandidate[]): ScoredCandidate[] {
  const text = textOf(winner.content);
  return scored.filter((c) => c !== winner).map((c) => ({ ...c, novel: novelShare(c.content, text) }));
}

/**
 * Trafilatura's compare_extraction, with the score in place of its length test: another
 * candidate wins over a weak pick when it scores clearly better and is another text.
 */
function compared(winner: ScoredCandidate, others: ScoredCandidate[]): ScoredCandidate | undefined {
  if (winner.score >= COMPARE_BELOW) return undefined;
  const rivals = others.filter((c) => COMPARED_KINDS.has(c.kind) && c.novel >= MIN_NOVEL_SHARE && c.score >= winner.score + COMPARE_MARGIN);
  return rivals.sort((a, b) => b.score - a.score)[0];
}

/** A rival: another text (mostly paragraphs the winner lacks) scoring within RIVAL_RANGE of the winner. */
export function isRival(candidate: ScoredCandidate, winner: ScoredCandidate): boolean {
  return candidate.novel >= MIN_NOVEL_SHARE && candidate.score > winner.score - RIVAL_RANGE;
}

function confidenceOf(winner: ScoredCandidate, others: ScoredCandidate[]): number {
  let confidence = winner.score;
  for (const rival of others) if (isRival(rival, winner)) confidence = Math.min(confidence, 2 * winner.score - rival.score - RIVAL_RANGE);
  return Math.max(0, confidence);
}

export function chooseCandidate(candidates: Candidates, page: PageContext, enabled: (rule: string) => boolean): Choice | null {
  const scored = candidates.all.map((c): ScoredCandidate => {
    const features = featuresOf(c.content, page);
    return { ...c, features, score: scoreOf(features), novel: 0 };
  });
  let winner = basePick(scored, candidates);
  if (!winner) return null;
  let others = withNovelty(winner, scored);
  const better = enabled('compare') ? compared(winner, others) : undefined;
  if (better) {
    winner = { ...better, novel: 0 };
    others = withNovelty(winner, scored.filter((c) => c.content !== better.content));
  }
  return { winner, others: others.sort((a, b) => b.score - a.score), confidence: confidenceOf(winner, others) };
}
