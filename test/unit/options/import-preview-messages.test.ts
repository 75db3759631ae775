import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyMessage, nothingNewMessage, type CountMessage } from '../../../options/import/preview-messages';
import { pluralKey } from '../../../src/ui/plural';

const options = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../_locales/en/options.json'), 'utf8')) as Record<string, { message: string }>;

/** The English text the options page shows for a message with a count. */
function english(message: CountMessage | null): string | null {
  if (!message) return null;
  const values = [message.count.toLocaleString('en'), ...(message.substitutions ?? [])];
  return options[pluralKey(message.key, message.count, 'en')]!.message.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1]!);
}

describe('the import preview', () => {
  test('the button counts the articles it will create, one or many', () => {
    expect(english(applyMessage({ new: 47, inList: 0, repeated: 1 }))).toBe('Import 47 articles');
    expect(english(applyMessage({ new: 1, inList: 0, repeated: 0 }))).toBe('Import 1 article');
  });

  test('the button also counts the articles already in the list it will update', () => {
    expect(english(applyMessage({ new: 2, inList: 3, repeated: 0 }))).toBe('Import 2 new articles and update 3 in your list');
  });

  test('when nothing is new, the preview says so and the button offers to update', () => {
    const preview = { new: 0, inList: 20000, repeated: 0 };
    expect(english(nothingNewMessage(preview))).toBe('Nothing new: all 20,000 articles in this file are already in your list.');
    expect(english(applyMessage(preview))).toBe('Update 20,000 articles already in your list');
    expect(english(nothingNewMessage({ new: 0, inList: 1, repeated: 4 }))).toBe('Nothing new: the article in this file is already in your list.');
  });

  test('a file without a row to import offers no button action, and new articles are counted as usual', () => {
    expect(applyMessage({ new: 0, inList: 0, repeated: 0 })).toBeNull();
    expect(nothingNewMessage({ new: 5, inList: 2, repeated: 0 })).toBeNull();
  });
});
