/** What the listen bar says when the article cannot be read aloud, in the UI's language. */
import { browser, t } from '../../src/platform/browser';

export type ListenProblem =
  | { kind: 'unsupported' }
  | { kind: 'no-voice'; lang: string | null }
  | { kind: 'empty' }
  | { kind: 'engine'; code: string };

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([browser.i18n.getUILanguage()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function problemText(problem: ListenProblem): string {
  switch (problem.kind) {
    case 'unsupported':
      return t('readerListenUnsupported');
    case 'no-voice':
      return problem.lang ? t('readerListenNoVoice', languageName(problem.lang)) : t('readerListenNoVoices');
    case 'empty':
      return t('readerListenEmpty');
    case 'engine':
      return t('readerListenFailed', problem.code);
  }
}
