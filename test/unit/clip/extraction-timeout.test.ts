import { describe, expect, test } from 'vitest';
import { TimeoutError, withTimeout } from '../../../src/background/timeout';

describe('extraction that takes too long', () => {
  test('stops with a TimeoutError instead of hanging', async () => {
    const never = new Promise<string>(() => undefined);
    await expect(withTimeout(never, 20)).rejects.toBeInstanceOf(TimeoutError);
  });

  test('a quick result comes through untouched', async () => {
    await expect(withTimeout(Promise.resolve('clip'), 1000)).resolves.toBe('clip');
  });

  test('a failure inside stays that failure', async () => {
    await expect(withTimeout(Promise.reject(new Error('Cannot access contents of the page')), 1000)).rejects.toThrow('Cannot access');
  });
});
