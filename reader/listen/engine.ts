/**
 * The thin speech engine the reader talks to. Its one real implementation is the Web
 * Speech API's speechSynthesis, looked up when used, not when this module loads.
 */
import type { VoiceInfo } from '../../src/core/voices';

export interface Utterance<V> {
  text: string;
  lang: string | null;
  voice: V;
  rate: number;
}

export interface SpeechEvents {
  onEnd: () => void;
  /** The engine's error code: "interrupted" and "canceled" come from stopping it on purpose. */
  onError: (code: string) => void;
}

export interface SpeechEngine<V extends VoiceInfo = VoiceInfo> {
  voices(): Promise<V[]>;
  speak(utterance: Utterance<V>, events: SpeechEvents): void;
  cancel(): void;
}

/** Chrome lists its voices a moment after the page asks, and says so with voiceschanged; some systems never have any. */
const VOICES_WAIT_MS = 1500;

function waitForVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}

/** speechSynthesis, or null in a browser without it. */
export function webSpeechEngine(): SpeechEngine<SpeechSynthesisVoice> | null {
  if (!('speechSynthesis' in window)) return null;
  const synth = window.speechSynthesis;
  // Held until it ends: Chrome drops the events of an utterance nothing refers to.
  let current: SpeechSynthesisUtterance | null = null;
  return {
    voices: () => waitForVoices(synth),
    speak({ text, lang, voice, rate }, events) {
      const utterance = new SpeechSynthesisUtterance(text);
      if (lang) utterance.lang = lang;
      utterance.voice = voice;
      utterance.rate = rate;
      utterance.onend = () => events.onEnd();
      utterance.onerror = (event) => events.onError(event.error);
      current = utterance;
      synth.speak(current);
    },
    cancel() {
      current = null;
      synth.cancel();
    },
  };
}
