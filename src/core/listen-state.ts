/**
 * What the reader remembers about listening: the speed, and where listening stopped in
 * each article (the sentence to go on from), kept for the articles listened to most
 * recently only, so the record stays small.
 */
export interface ListenPosition {
  sentence: number;
  /** Epoch milliseconds. */
  at: number;
}

export interface ListenState {
  rate: number;
  positions: Record<string, ListenPosition>;
}

export const RATES = { min: 0.5, max: 2, step: 0.25 };
export const KEPT_POSITIONS = 200;

/** The stored record over the defaults; a rate outside RATES reads as 1. */
export function withListenDefaults(stored: Partial<ListenState> | undefined): ListenState {
  const rate = stored?.rate;
  const valid = typeof rate === 'number' && rate >= RATES.min && rate <= RATES.max;
  return { rate: valid ? rate : 1, positions: stored?.positions ?? {} };
}

/** The record with this article's position set (or, at sentence 0, forgotten), the oldest dropped beyond `kept`. */
export function withPosition(state: ListenState, id: string, sentence: number, at: number, kept = KEPT_POSITIONS): ListenState {
  const others = Object.entries(state.positions).filter(([key]) => key !== id);
  const entries = sentence > 0 ? [...others, [id, { sentence, at }] as const] : others;
  return { ...state, positions: Object.fromEntries(entries.sort((a, b) => b[1].at - a[1].at).slice(0, kept)) };
}

/** The sentence to go on from in this article: 0 when it was never listened to, or listened to the end. */
export function positionOf(state: ListenState, id: string): number {
  const sentence = state.positions[id]?.sentence;
  return typeof sentence === 'number' && Number.isInteger(sentence) && sentence > 0 ? sentence : 0;
}
