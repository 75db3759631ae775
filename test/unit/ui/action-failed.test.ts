import { readdir } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { mergedMessages } from '../../../scripts/build/locales';
import { ERROR_MESSAGE_KEYS } from '../../../src/protocol-errors';

const WRAPPERS = ['listActionFailed', 'readerActionFailed', 'highlightsActionFailed'];

test('a failed action shows the reason once, with the advice the reason gives and no second "try again" after it', async () => {
  const en = await mergedMessages('en');
  for (const wrapper of WRAPPERS) {
    for (const key of Object.values(ERROR_MESSAGE_KEYS)) {
      const shown = en[wrapper]!.message.replace('$1', en[key]!.message);
      expect(shown.match(/try again/gi)?.length ?? 0, `${wrapper} around ${key}: ${shown}`).toBeLessThanOrEqual(1);
    }
  }
});

test('in every language the action-failed messages end with the reason they wrap', async () => {
  for (const lang of await readdir('_locales')) {
    const messages = await mergedMessages(lang);
    for (const wrapper of WRAPPERS) expect(messages[wrapper]!.message.trimEnd(), `${lang} ${wrapper}`).toMatch(/\$1$/);
  }
});
