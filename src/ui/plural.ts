/**
 * Messages with a count have one _locales key per plural category of the language
 * (`optionsExportDone_one`, `optionsExportDone_other`, and `_zero`, `_two`, `_few`, `_many`
 * where a translation needs them), picked by Intl.PluralRules. chrome.i18n has no plurals.
 */

const rules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule;
}

export function pluralKey(key: string, count: number, locale: string): string {
  return `${key}_${rulesFor(locale).select(count)}`;
}
