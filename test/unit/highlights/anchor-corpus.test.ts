import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchor, describeRange } from '../../../src/core/highlights';
import { applyEdits, caseArb, corpusTexts, isUnique, reanchored } from './corpus-edits';

const texts = corpusTexts();

describe('highlights over the Readability test pages', () => {
  test('random passages the page does not repeat are found again after one to three random small edits of the text', () => {
    fc.assert(
      fc.property(caseArb(texts).filter(isUnique), (sample) => {
        const target = describeRange(sample.text, sample.start, sample.end);
        const edited = applyEdits(sample);
        expect(reanchored(anchor(edited.text, target), edited, target.quote.exact)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('an unchanged text gives every passage back exactly, at its position', () => {
    fc.assert(
      fc.property(caseArb(texts), ({ text, start, end }) => {
        expect(anchor(text, describeRange(text, start, end))).toEqual({ start, end, method: 'position' });
      }),
    );
  });
});
