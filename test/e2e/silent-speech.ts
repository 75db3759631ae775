/**
 * A speech engine without audio, put in place of the page's Web Speech API
 * (speechSynthesis and SpeechSynthesisUtterance) before Listen is pressed: it lists the
 * given voices, keeps what it is asked to say, and ends the utterance being spoken, or
 * reports it interrupted when cancelled, as a real engine would, when the test says.
 * Run inside the page by either driver's `evaluate`, so it names nothing outside.
 */
export interface SilentSpeech {
  spoken: { text: string; lang: string; voice: string | null; rate: number }[];
  /** Ends the utterance being spoken, as the engine does when its audio is done. */
  end(): void;
}

export function installSilentSpeech(langs: string[]): void {
  type Handler = ((event: { type: string; error?: string }) => void) | null;
  class SilentUtterance {
    lang = '';
    voice: { name: string } | null = null;
    rate = 1;
    onend: Handler = null;
    onerror: Handler = null;
    constructor(readonly text: string) {}
  }
  const voices = langs.map((lang, i) => ({ name: `Silent ${lang}`, lang, voiceURI: `silent-${lang}`, default: i === 0, localService: true }));
  const spoken: SilentSpeech['spoken'] = [];
  let current: SilentUtterance | null = null;
  const engine = {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => voices,
    speak(utterance: SilentUtterance) {
      current = utterance;
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null, rate: utterance.rate });
    },
    cancel() {
      const stopped = current;
      current = null;
      stopped?.onerror?.({ type: 'error', error: 'interrupted' });
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: SilentUtterance, configurable: true });
  const control: SilentSpeech = {
    spoken,
    end() {
      const done = current;
      current = null;
      done?.onend?.({ type: 'end' });
    },
  };
  Object.defineProperty(window, 'silentSpeech', { value: control, configurable: true });
}

/** The sentence the reader marks as being read (CSS Custom Highlight), or null. */
export function highlightedSentence(): string | null {
  const highlight = CSS.highlights.get('quire-listen');
  const range = highlight ? [...highlight][0] : undefined;
  return range ? range.toString() : null;
}

/** What the reader has asked the silent engine to say so far. */
export function spokenSoFar(): SilentSpeech['spoken'] {
  return (window as unknown as { silentSpeech: SilentSpeech }).silentSpeech.spoken;
}

/** The engine's audio for the current utterance is done. */
export function endUtterance(): void {
  (window as unknown as { silentSpeech: SilentSpeech }).silentSpeech.end();
}
