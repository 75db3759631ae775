import { describe, expect, test } from 'vitest';
import { anchor, describeRange, quoteSelector } from '../../../src/core/highlights';

const text = 'The council voted on Tuesday. The plan adds bike lanes on Main Street. Construction starts in May. The plan costs little.';

function passage(quote: string) {
  const start = text.indexOf(quote);
  return describeRange(text, start, start + quote.length);
}

describe('a highlight is placed again', () => {
  test('where it was, when the text has not changed', () => {
    const target = passage('adds bike lanes');
    expect(anchor(text, target)).toEqual({ start: target.position!.start, end: target.position!.end, method: 'position' });
  });

  test('by its quote and context, after a paragraph was inserted before it', () => {
    const target = passage('The plan');
    const changed = `A new opening paragraph.\n${text}`;
    const found = anchor(changed, target)!;
    expect(changed.slice(found.start, found.end)).toBe('The plan');
    expect(found.start).toBe(text.indexOf('The plan') + 25);
    expect(found.method).toBe('quote');
  });

  test('the right one of two equal quotes, told apart by context', () => {
    const second = text.lastIndexOf('The plan');
    const target = describeRange(text, second, second + 8);
    const found = anchor(`Intro. ${text}`, { ...target, position: null })!;
    expect(found.start).toBe(second + 7);
  });

  test('approximately, after a word inside it was edited', () => {
    const target = passage('The plan adds bike lanes on Main Street.');
    const changed = text.replace('bike lanes', 'cycle lanes');
    const found = anchor(changed, target)!;
    expect(found.method).toBe('fuzzy');
    expect(changed.slice(found.start, found.end)).toContain('cycle lanes on Main Street');
  });

  test('to whole words, when the edit changed the first word of the quote', () => {
    const target = passage('bike lanes on Main Street');
    const changed = text.replace('bike lanes', 'cycle lanes');
    const found = anchor(changed, target)!;
    expect(changed.slice(found.start, found.end)).toBe('cycle lanes on Main Street');
  });

  test('without offsets, from its quote alone (an import)', () => {
    const found = anchor(text, { quote: quoteSelector('Construction starts in May.'), position: null })!;
    expect(text.slice(found.start, found.end)).toBe('Construction starts in May.');
  });

  test('not at all when its passage is gone, rather than somewhere wrong', () => {
    const target = passage('Construction starts in May.');
    expect(anchor(text.replace('Construction starts in May. ', ''), target)).toBeNull();
  });

  test('not at all from an empty quote', () => {
    expect(anchor(text, { quote: quoteSelector(''), position: null })).toBeNull();
  });
});
