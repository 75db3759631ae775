/**
 * Where listening is (sentence and voice), or why the article cannot be read aloud. Only
 * the problem is announced: a screen reader saying every new sentence's number would talk over the voice.
 */
import { t } from '../../src/platform/browser';
import { problemText } from './problems';
import type { Listen } from './useListen';

function statusText(listen: Listen, number: (value: number) => string): string {
  const { state } = listen;
  if (listen.starting) return t('readerListenStarting');
  if (!state) return '';
  if (state.status === 'finished') return t('readerListenFinished');
  const position = t('readerListenPosition', [number(state.index + 1), number(state.count)]);
  return listen.voice ? `${position} · ${t('readerListenVoice', listen.voice)}` : position;
}

export function ListenStatus({ listen, number }: { listen: Listen; number: (value: number) => string }) {
  return (
    <div class="listen-status">
      <p class="listen-problem" role="alert">{listen.problem && problemText(listen.problem)}</p>
      {!listen.problem && <p>{statusText(listen, number)}</p>}
    </div>
  );
}
