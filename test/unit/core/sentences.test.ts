import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/core/sentences';

const split = (text: string, lang: string | null = null) => splitSentences(text, lang).map(({ start, end }) => text.slice(start, end));

describe('the sentences read aloud one at a time', () => {
  test('English sentences end at full stops, question and exclamation marks, with the spaces trimmed', () => {
    expect(split('The train left at nine. Did it arrive? It did!  ', 'en')).toEqual(['The train left at nine.', 'Did it arrive?', 'It did!']);
  });

  test('a title or an initial does not end a sentence', () => {
    expect(split('Dr. Smith met J. R. R. Tolkien at noon. Mr. Jones was late.', 'en')).toEqual([
      'Dr. Smith met J. R. R. Tolkien at noon.',
      'Mr. Jones was late.',
    ]);
  });

  test('Japanese and Chinese sentences end at their full stops and question marks, without spaces', () => {
    expect(split('今日は晴れです。明日は雨でしょうか？はい！', 'ja')).toEqual(['今日は晴れです。', '明日は雨でしょうか？', 'はい！']);
    expect(split('我们今天去公园。你呢？', 'zh')).toEqual(['我们今天去公园。', '你呢？']);
  });

  test('Arabic sentences end at the Arabic question mark too', () => {
    expect(split('مرحبا بكم في الموقع. كيف حالك اليوم؟ أنا بخير!', 'ar')).toEqual(['مرحبا بكم في الموقع.', 'كيف حالك اليوم؟', 'أنا بخير!']);
  });

  test('offsets point into the text, and nothing without a letter or digit is a sentence', () => {
    const text = '  First one.  Second one.\n';
    expect(splitSentences(text, 'en')).toEqual([{ start: 2, end: 12 }, { start: 14, end: 25 }]);
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences(' … — ', 'en')).toEqual([]);
  });

  test('an unknown language tag still splits, in the default locale', () => {
    expect(split('One. Two.', 'xx-invalid-tag-!!')).toEqual(['One.', 'Two.']);
  });
});
