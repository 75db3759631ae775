import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchor, describeRange } from '../../../src/core/highlights';
import { applyEdits, caseArb, corpusTexts, isUnique, reanchored } from './corpus-edits';

const texts = corpusTexts();

describe('highlights over the Readability test pages', () => {
  // Two edits change at most 16 characters, within the quarter of an 80-character passage the
  // fuzzy step allows; shorter passages and more edits are measured by npm run bench:anchor.
  test('random passages of 80 characters or more the page does not repeat are found again after one or two random small edits of the text', () => {
    fc.assert(
      fc.property(caseArb(texts, { minLength: 80, maxEdits: 2 }).filter(isUnique), (sample) => {
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
