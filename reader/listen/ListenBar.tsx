/** The listen controls, fixed at the bottom of the reader: play or pause, sentence by sentence, speed, and what is happening. */
import { browser, t } from '../../src/platform/browser';
import { RATES } from '../../src/core/listen-state';
import { Stepper } from '../Stepper';
import { clampStep } from '../useReaderSettings';
import { ListenStatus } from './ListenStatus';
import { StepIcon } from './StepIcon';
import type { Listen } from './useListen';
import { LISTEN_KEYS, useListenKeys } from './useListenKeys';
import './listen.css';

const number = (value: number) => new Intl.NumberFormat(browser.i18n.getUILanguage()).format(value);

function playLabel(listen: Listen): string {
  const status = listen.state?.status;
  if (status === 'playing') return t('readerListenPause');
  if (status === 'finished') return t('readerListen');
  return listen.state || listen.resumes ? t('readerListenResume') : t('readerListen');
}

export function ListenBar({ listen }: { listen: Listen }) {
  const speed = (step: number) => listen.changeRate(clampStep(listen.rate + step * RATES.step, RATES));
  useListenKeys({ toggle: listen.toggle, move: listen.move, speed });
  const playing = listen.state?.status === 'playing';
  const canMove = Boolean(listen.state) && listen.state!.count > 1;
  return (
    <section class="listen-bar" aria-label={t('readerListenControls')}>
      <div class="listen-buttons">
        <button type="button" class="reader-button primary listen-play" aria-pressed={playing} aria-keyshortcuts={LISTEN_KEYS.toggle}
          disabled={listen.starting} title={`${playLabel(listen)} (${LISTEN_KEYS.toggle.toUpperCase()})`} onClick={listen.toggle}>
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          {playLabel(listen)}
        </button>
        <button type="button" class="reader-button" aria-label={t('readerListenPrevious')} aria-keyshortcuts={LISTEN_KEYS.previous}
          title={`${t('readerListenPrevious')} (${LISTEN_KEYS.previous.toUpperCase()})`} disabled={!canMove} onClick={() => listen.move(-1)}>
          <StepIcon to="previous" />
        </button>
        <button type="button" class="reader-button" aria-label={t('readerListenNext')} aria-keyshortcuts={LISTEN_KEYS.next}
          title={`${t('readerListenNext')} (${LISTEN_KEYS.next.toUpperCase()})`} disabled={!canMove} onClick={() => listen.move(1)}>
          <StepIcon to="next" />
        </button>
      </div>
      <Stepper label={t('readerListenSpeed')} value={listen.rate} shown={`${number(listen.rate)}×`} range={RATES}
        lessLabel={t('readerListenSlower')} moreLabel={t('readerListenFaster')} onChange={listen.changeRate} />
      <ListenStatus listen={listen} number={number} />
      <p class="listen-keys">{t('readerListenKeys')}</p>
    </section>
  );
}
