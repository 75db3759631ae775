import { describe, expect, test } from 'vitest';
import { Player, type PlayerState } from '../../../reader/listen/player';
import type { SpeechEngine, SpeechEvents, Utterance } from '../../../reader/listen/engine';
import type { VoiceInfo } from '../../../src/core/voices';

const VOICE: VoiceInfo = { name: 'Test voice', lang: 'en-US', default: true, localService: true };

/** An engine without audio: it keeps what it was asked to say, and the test says when each utterance ends. */
function silentEngine() {
  const spoken: { utterance: Utterance<VoiceInfo>; events: SpeechEvents }[] = [];
  let cancels = 0;
  const engine: SpeechEngine = {
    voices: async () => [VOICE],
    speak: (utterance, events) => void spoken.push({ utterance, events }),
    cancel: () => void cancels++,
  };
  return { engine, spoken, cancels: () => cancels, last: () => spoken.at(-1)! };
}

function player(start = 0, sentences = ['One.', 'Two.', 'Three.']) {
  const fake = silentEngine();
  const states: PlayerState[] = [];
  const p = new Player({ engine: fake.engine, sentences, lang: 'en', voice: VOICE, rate: 1.25, start, onChange: (s) => void states.push(s) });
  return { p, fake, states };
}

describe('reading aloud sentence by sentence', () => {
  test('speaks each sentence in turn as the one before ends, then finishes', () => {
    const { p, fake } = player();
    p.play();
    expect(fake.last().utterance).toEqual({ text: 'One.', lang: 'en', voice: VOICE, rate: 1.25 });
    fake.last().events.onEnd();
    expect(p.current).toMatchObject({ status: 'playing', index: 1 });
    expect(fake.last().utterance.text).toBe('Two.');
    fake.last().events.onEnd();
    fake.last().events.onEnd();
    expect(p.current).toMatchObject({ status: 'finished', index: 2 });
    expect(fake.spoken.map((s) => s.utterance.text)).toEqual(['One.', 'Two.', 'Three.']);
  });

  test('pause stops the engine and keeps the sentence; the stopped utterance’s end moves nothing', () => {
    const { p, fake } = player();
    p.play();
    fake.last().events.onEnd();
    const stopped = fake.last();
    p.pause();
    expect(p.current).toMatchObject({ status: 'stopped', index: 1 });
    stopped.events.onEnd();
    stopped.events.onError('interrupted');
    expect(p.current).toMatchObject({ status: 'stopped', index: 1 });
    p.toggle();
    expect(fake.last().utterance.text).toBe('Two.');
  });

  test('starts where listening stopped last time, and again from the top once finished', () => {
    const { p, fake } = player(2);
    expect(p.current.index).toBe(2);
    p.play();
    expect(fake.last().utterance.text).toBe('Three.');
    fake.last().events.onEnd();
    p.play();
    expect(fake.last().utterance.text).toBe('One.');
  });

  test('next and previous move within the article, and read from there while playing', () => {
    const { p, fake } = player();
    p.move(1);
    expect(p.current).toMatchObject({ status: 'stopped', index: 1 });
    expect(fake.spoken).toHaveLength(0);
    p.play();
    p.move(5);
    expect(p.current.index).toBe(2);
    expect(fake.last().utterance.text).toBe('Three.');
    p.move(-10);
    expect(fake.last().utterance.text).toBe('One.');
  });

  test('a new speed starts the sentence over at that speed', () => {
    const { p, fake } = player();
    p.play();
    p.setRate(2);
    expect(fake.last().utterance).toMatchObject({ text: 'One.', rate: 2 });
    expect(fake.spoken).toHaveLength(2);
  });

  test('an engine error stops reading and says which', () => {
    const { p, fake, states } = player();
    p.play();
    fake.last().events.onError('synthesis-failed');
    expect(p.current).toMatchObject({ status: 'failed', error: 'synthesis-failed' });
    expect(states.at(-1)?.status).toBe('failed');
    fake.last().events.onEnd();
    expect(p.current.index).toBe(0);
  });

  test('an article without sentences plays nothing', () => {
    const { p, fake } = player(0, []);
    p.play();
    p.move(1);
    expect(fake.spoken).toHaveLength(0);
    expect(p.current).toMatchObject({ status: 'stopped', count: 0 });
  });
});
