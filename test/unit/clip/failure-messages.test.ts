import { expect, test, vi } from 'vitest';
import { mergedMessages } from '../../../scripts/build/locales';

vi.mock('../../../src/platform/browser', () => ({ browser: {}, t: (key: string) => key }));
import { ERROR_MESSAGE_KEYS, FAILURE_MESSAGE_KEYS } from '../../../src/protocol-errors';
const { failure } = await import('../../../src/background/tab-extract');

test('every reason a page cannot be clipped has an English message', async () => {
  const messages = await mergedMessages('en');
  for (const [reason, key] of Object.entries(FAILURE_MESSAGE_KEYS)) {
    expect(messages[key]?.message, reason).toMatch(/\w/);
    expect(failure(reason as keyof typeof FAILURE_MESSAGE_KEYS)).toEqual({ ok: false, reason, message: key });
  }
});

test('every code a failed request carries has an English message for the pages to show', async () => {
  const messages = await mergedMessages('en');
  for (const [code, key] of Object.entries(ERROR_MESSAGE_KEYS)) expect(messages[key]?.message, code).toMatch(/\w/);
});
