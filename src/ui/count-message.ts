/** A translated message with a count: the key of the count's plural category, `_other` when a translation lacks it. */
import { browser, t } from '../platform/browser';
import { pluralKey } from './plural';

export function tCount(key: string, count: number, substitutions: string[] = []): string {
  const values = [count.toLocaleString(), ...substitutions];
  const message = browser.i18n.getMessage(pluralKey(key, count, browser.i18n.getUILanguage()), values);
  return message || t(`${key}_other`, values);
}
