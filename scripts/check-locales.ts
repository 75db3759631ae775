/**
 * The locale check (`npm run check:locales`, part of `npm test`): every folder in _locales/
 * has every key of en with the same placeholders and no other key; every key of en is used
 * by the code (scripts/locales/usage.ts says what counts); every key the code names exists.
 * Prints one line per problem, by locale and key, and exits 1 when there is any.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './build/bundle';
import { mergedMessages } from './build/locales';
import { compareLocale, messageProblems, type Messages } from './locales/compare';
import { isUsed, scanUsage } from './locales/usage';

async function localeProblems(en: Messages): Promise<string[]> {
  const problems: string[] = [];
  for (const lang of (await readdir(path.join(ROOT, '_locales'))).sort()) {
    let messages: Messages;
    try {
      messages = (await mergedMessages(lang)) as Messages;
    } catch (error) {
      problems.push(`_locales/${lang}: ${(error as Error).message}`);
      continue;
    }
    const own = Object.entries(messages).flatMap(([key, entry]) => messageProblems(key, entry));
    const found = lang === 'en' ? own : [...compareLocale(en, messages, lang), ...own];
    problems.push(...found.map((p) => `_locales/${lang}: ${p}`));
  }
  return problems;
}

async function main(): Promise<void> {
  const en = (await mergedMessages('en')) as Messages;
  const usage = scanUsage(ROOT, new Set(Object.keys(en)));
  const unused = Object.keys(en)
    .filter((key) => !isUsed(usage, key))
    .map((key) => `_locales/en: "${key}" is used nowhere in the code or manifest.json; remove it or use it`);
  const problems = [...(await localeProblems(en)), ...unused, ...usage.problems];
  const locales = (await readdir(path.join(ROOT, '_locales'))).length;
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`check:locales: ${problems.length} problem(s) (${locales} locale(s), ${Object.keys(en).length} keys in en)`);
    process.exitCode = 1;
  } else {
    console.log(`check:locales: ${locales} locale(s), ${Object.keys(en).length} keys each, placeholders match, every key used`);
  }
}

await main();
