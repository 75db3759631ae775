/**
 * Messages with a count have one key per plural category of the language
 * (`optionsExportDone_one`, `_other`, and `_few`, `_many` … where the language has them:
 * src/ui/plural.ts picks one with Intl.PluralRules). Each locale needs exactly its own
 * language's categories, not en's.
 */
const CATEGORY = /^(.+)_(zero|one|two|few|many|other)$/;

/** The base of a plural key (`optionsExportDone` for `optionsExportDone_one`), or null. */
export function pluralBase(key: string): string | null {
  return CATEGORY.exec(key)?.[1] ?? null;
}

/** Whether a built key's fixed text is only a plural suffix, as in t(`${key}_other`). */
export const isPluralSuffix = (fixed: string): boolean => /^_(zero|one|two|few|many|other)$/.test(fixed);

/**
 * The plural categories of a _locales folder's language (`pt_BR` → pt-BR's): `required`
 * are those a count of 0 to 1,000 articles selects, `allowed` every one the language has
 * (French's "many" is for counts like 1,000,000, and falls back to `_other`).
 */
export function categoriesOf(lang: string): { required: Set<string>; allowed: Set<string> } {
  const rules = new Intl.PluralRules(lang.replace('_', '-'));
  const required = new Set<string>();
  for (let n = 0; n <= 1000; n++) required.add(rules.select(n));
  return { required, allowed: new Set(rules.resolvedOptions().pluralCategories) };
}

/** The bases of en's plural families: keys with an `_other` form. */
export function pluralFamilies(keys: Iterable<string>): Set<string> {
  const bases = new Set<string>();
  for (const key of keys) if (key.endsWith('_other')) bases.add(pluralBase(key) as string);
  return bases;
}
