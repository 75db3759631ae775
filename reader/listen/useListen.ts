/**
 * Listening to the shown article: the first press of Listen finds a voice and the
 * sentences, then the player reads on from where listening last stopped in this
 * article, marks the sentence being read and keeps it in view, and remembers the
 * sentence and the speed for next time.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { clampStep } from '../useReaderSettings';
import { positionOf, RATES } from '../../src/core/listen-state';
import type { VoiceInfo } from '../../src/core/voices';
import { loadListenState, saveListenPosition, saveListenRate } from '../../src/platform/listen';
import { showSentence } from './highlight';
import { Player, type PlayerState } from './player';
import type { ListenProblem } from './problems';
import { startListening } from './startListening';
import type { SpokenSentence } from './sentenceRanges';

export interface Listen {
  state: PlayerState | null;
  starting: boolean;
  /** Listening stopped part-way through this article before. */
  resumes: boolean;
  voice: string | null;
  rate: number;
  problem: ListenProblem | null;
  toggle: () => void;
  move: (step: number) => void;
  changeRate: (rate: number) => void;
}

export function useListen(id: string, lang: string | null, roots: () => Element[]): Listen {
  const [state, setState] = useState<PlayerState | null>(null);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<ListenProblem | null>(null);
  const [voice, setVoice] = useState<VoiceInfo | null>(null);
  const [rate, setRate] = useState(1);
  const [start, setStart] = useState(0);
  const player = useRef<Player<VoiceInfo> | null>(null);
  const sentences = useRef<SpokenSentence[]>([]);

  useEffect(() => {
    void loadListenState().then((stored) => {
      setRate(stored.rate);
      setStart(positionOf(stored, id));
      // Listen, its keys and the place it resumes from are known: tests wait for this.
      document.documentElement.dataset.listen = 'ready';
    });
    const stop = () => player.current?.pause();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      player.current?.dispose();
      player.current = null;
      showSentence(null, false);
    };
  }, [id]);

  const changed = useCallback(
    (next: PlayerState) => {
      setState(next);
      const finished = next.status === 'finished';
      // Followed while playing and when moved by hand; a sentence already in view does not scroll.
      showSentence(finished ? null : (sentences.current[next.index] ?? null), true);
      void saveListenPosition(id, finished ? 0 : next.index);
      if (next.status === 'failed') setProblem({ kind: 'engine', code: next.error ?? '' });
    },
    [id],
  );

  const toggle = useCallback(async () => {
    if (player.current) return player.current.toggle();
    if (starting) return;
    setStarting(true);
    setProblem(null);
    const ready = await startListening(roots(), lang);
    setStarting(false);
    if ('kind' in ready) return setProblem(ready);
    sentences.current = ready.sentences;
    setVoice(ready.voice);
    player.current = new Player({
      engine: ready.engine, sentences: ready.sentences.map((s) => s.text), lang, voice: ready.voice, rate, start, onChange: changed,
    });
    player.current.play();
  }, [starting, roots, lang, rate, start, changed]);

  const move = useCallback((step: number) => player.current?.move(step), []);
  const changeRate = useCallback((value: number) => {
    const next = clampStep(value, RATES);
    setRate(next);
    player.current?.setRate(next);
    void saveListenRate(next);
  }, []);

  return { state, starting, resumes: start > 0, voice: voice?.name ?? null, rate, problem, toggle: () => void toggle(), move, changeRate };
}
