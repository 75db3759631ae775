/**
 * Reading an article aloud one sentence at a time: each sentence is its own utterance,
 * and its end starts the next. Pausing stops the engine and keeps the sentence, so
 * playing again starts that sentence over (pause and resume of the engine itself are
 * unreliable in Chrome); an answer from an utterance that was stopped is ignored.
 */
import type { VoiceInfo } from '../../src/core/voices';
import type { SpeechEngine } from './engine';

export type PlayerStatus = 'stopped' | 'playing' | 'finished' | 'failed';

export interface PlayerState {
  status: PlayerStatus;
  index: number;
  count: number;
  /** The engine's error code, when status is failed. */
  error: string | null;
}

export interface PlayerOptions<V extends VoiceInfo> {
  engine: SpeechEngine<V>;
  sentences: string[];
  lang: string | null;
  voice: V;
  rate: number;
  start: number;
  onChange: (state: PlayerState) => void;
}

export class Player<V extends VoiceInfo> {
  private state: PlayerState;
  private rate: number;
  /** Bumped whenever the engine is stopped, so the stopped utterance's end is not taken as the next step. */
  private turn = 0;

  constructor(private readonly options: PlayerOptions<V>) {
    const count = options.sentences.length;
    this.rate = options.rate;
    this.state = { status: 'stopped', index: Math.min(Math.max(0, options.start), Math.max(0, count - 1)), count, error: null };
  }

  get current(): PlayerState {
    return this.state;
  }

  play(): void {
    if (this.state.count === 0) return;
    this.set({ status: 'playing', index: this.state.status === 'finished' ? 0 : this.state.index, error: null });
    this.speak();
  }

  pause(): void {
    if (this.state.status !== 'playing') return;
    this.stopEngine();
    this.set({ status: 'stopped' });
  }

  toggle(): void {
    if (this.state.status === 'playing') this.pause();
    else this.play();
  }

  /** Moves by `step` sentences; while playing, reads from there. */
  move(step: number): void {
    const index = Math.min(Math.max(0, this.state.index + step), this.state.count - 1);
    if (index === this.state.index || this.state.count === 0) return;
    const playing = this.state.status === 'playing';
    this.set({ index, status: playing ? 'playing' : 'stopped' });
    if (playing) this.speak();
  }

  /** A new speed; while playing, the current sentence starts over at it. */
  setRate(rate: number): void {
    this.rate = rate;
    if (this.state.status === 'playing') this.speak();
  }

  dispose(): void {
    this.stopEngine();
  }

  private speak(): void {
    this.stopEngine();
    const turn = this.turn;
    const { engine, sentences, lang, voice } = this.options;
    engine.speak({ text: sentences[this.state.index]!, lang, voice, rate: this.rate }, {
      onEnd: () => turn === this.turn && this.ended(),
      onError: (code) => {
        if (turn !== this.turn || code === 'interrupted' || code === 'canceled') return;
        this.turn++;
        this.set({ status: 'failed', error: code });
      },
    });
  }

  private ended(): void {
    if (this.state.index + 1 >= this.state.count) {
      this.turn++;
      this.set({ status: 'finished' });
      return;
    }
    this.set({ index: this.state.index + 1 });
    this.speak();
  }

  private stopEngine(): void {
    this.turn++;
    this.options.engine.cancel();
  }

  private set(patch: Partial<PlayerState>): void {
    this.state = { ...this.state, ...patch };
    this.options.onChange(this.state);
  }
}
