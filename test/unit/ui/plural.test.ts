import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluralKey } from '../../../src/ui/plural';

const options = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../_locales/en/options.json'), 'utf8')) as Record<string, { message: string }>;

/** The English message the options page shows for `count`, with its placeholders filled. */
function message(key: string, count: number, fileName: string): string | undefined {
  return options[pluralKey(key, count, 'en')]?.message.replace('$1', String(count)).replace('$2', fileName);
}

describe('messages with a count', () => {
  it('"Exported 1 article", "Exported 2 articles", "Exported 0 articles"', () => {
    expect(message('optionsExportDone', 1, 'a.json')).toBe('Exported 1 article to a.json.');
    expect(message('optionsExportDone', 2, 'a.json')).toBe('Exported 2 articles to a.json.');
    expect(message('optionsExportDone', 0, 'a.json')).toBe('Exported 0 articles to a.json.');
  });

  it("picks the key by the language's plural category", () => {
    expect(pluralKey('k', 1, 'en')).toBe('k_one');
    expect(pluralKey('k', 5, 'en')).toBe('k_other');
    expect(pluralKey('k', 2, 'ar')).toBe('k_two');
    expect(pluralKey('k', 1, 'ja')).toBe('k_other');
  });
});
