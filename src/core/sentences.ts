/**
 * The sentences of a text, as [start, end) offsets into it, by Intl.Segmenter in the
 * text's language: CJK full stops and Arabic question marks end sentences as periods do.
 */
export interface Span {
  start: number;
  end: number;
}

/** "Mr. Jones", "J. Smith": ICU ends a sentence after a title or an initial, which a listener would hear as a stop. */
const TITLE_BEFORE = /(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Sra|Mt|Gen|Sen|Gov|Lt|Col|Capt|Sgt|Hr|Fr|Nr|Dott|Mme|Mlle)\.\s*$/u;
const SPOKEN = /[\p{L}\p{N}]/u;

function segmenter(lang: string | null): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

/** Trims the span's white space; null when nothing in it would be spoken. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return SPOKEN.test(text.slice(start, end)) ? { start, end } : null;
}

export function splitSentences(text: string, lang: string | null = null): Span[] {
  const spans: Span[] = [];
  let pendingStart: number | null = null;
  for (const { segment, index } of segmenter(lang).segment(text)) {
    const start: number = pendingStart ?? index;
    const end = index + segment.length;
    if (TITLE_BEFORE.test(segment) && end < text.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = null;
    const span = trimmed(text, start, end);
    if (span) spans.push(span);
  }
  return spans;
}
