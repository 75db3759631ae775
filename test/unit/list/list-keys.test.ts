import { describe, expect, test } from 'vitest';
import { actionForKey, nextIndex } from '../../../popup/list/keys';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods }) as KeyboardEvent;

describe('keyboard in the reading list', () => {
  test('each row action has its key, in either case', () => {
    expect(actionForKey(key('Enter'))).toBe('open');
    expect(actionForKey(key('o'))).toBe('original');
    expect(actionForKey(key('E'))).toBe('archive');
    expect(actionForKey(key('s'))).toBe('favorite');
    expect(actionForKey(key('t'))).toBe('tags');
    expect(actionForKey(key('Delete'))).toBe('remove');
    expect(actionForKey(key('Backspace'))).toBe('remove');
  });

  test('browser shortcuts and other keys are left alone', () => {
    expect(actionForKey(key('s', { ctrlKey: true }))).toBeNull();
    expect(actionForKey(key('e', { metaKey: true }))).toBeNull();
    expect(actionForKey(key('x'))).toBeNull();
  });

  test('arrows, j/k, Home and End move within the rows and stop at the ends', () => {
    expect(nextIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextIndex('k', 0, 3)).toBe(0);
    expect(nextIndex('j', 1, 3)).toBe(2);
    expect(nextIndex('End', 0, 3)).toBe(2);
    expect(nextIndex('Home', 2, 3)).toBe(0);
    expect(nextIndex('ArrowDown', 0, 0)).toBeNull();
    expect(nextIndex('a', 0, 3)).toBeNull();
  });
});
