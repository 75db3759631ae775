/**
 * The voice to read an article in: one for its language and region, else one for its
 * language; the system's default first, then one that works offline. Null when the
 * browser has no voice for that language, which the reader says rather than reading
 * Arabic in an English voice.
 */
export interface VoiceInfo {
  name: string;
  lang: string;
  default: boolean;
  localService: boolean;
}

const tag = (lang: string) => lang.replace(/_/g, '-').toLowerCase();
const base = (lang: string) => tag(lang).split('-')[0]!;

function rank(voice: VoiceInfo): number {
  return (voice.default ? 2 : 0) + (voice.localService ? 1 : 0);
}

export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | null {
  const wanted = tag(lang);
  const best = (candidates: V[]) => candidates.sort((a, b) => rank(b) - rank(a))[0] ?? null;
  return (
    best(voices.filter((voice) => tag(voice.lang) === wanted)) ??
    best(voices.filter((voice) => base(voice.lang) === base(wanted)))
  );
}
