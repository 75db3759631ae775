/**
 * Everything the first press of Listen needs: the engine, a voice for the article's
 * language, and its sentences; or the reason there is nothing to play.
 */
import { pickVoice, type VoiceInfo } from '../../src/core/voices';
import { webSpeechEngine, type SpeechEngine } from './engine';
import type { ListenProblem } from './problems';
import { sentencesIn, type SpokenSentence } from './sentenceRanges';

export interface Ready {
  engine: SpeechEngine<VoiceInfo>;
  voice: VoiceInfo;
  sentences: SpokenSentence[];
}

function chooseVoice(voices: VoiceInfo[], lang: string | null): VoiceInfo | null {
  if (lang) return pickVoice(voices, lang);
  return voices.find((voice) => voice.default) ?? voices[0] ?? null;
}

export async function startListening(roots: Element[], lang: string | null): Promise<Ready | ListenProblem> {
  const engine = webSpeechEngine();
  if (!engine) return { kind: 'unsupported' };
  const voice = chooseVoice(await engine.voices(), lang);
  if (!voice) return { kind: 'no-voice', lang };
  const sentences = sentencesIn(roots, lang);
  if (sentences.length === 0) return { kind: 'empty' };
  return { engine, voice, sentences };
}
