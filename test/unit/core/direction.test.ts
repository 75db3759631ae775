import { describe, expect, test } from 'vitest';
import { articleDirection, languageDirection, normalizeLang, textDirection } from '../../../src/core/direction';
import { articleLocale } from '../../../src/core/article-locale';
import { guessLanguage } from '../../../src/core/script-language';

describe('the direction of an article', () => {
  test('Arabic, Hebrew, Syriac, Thaana and N’Ko text reads right to left', () => {
    expect(textDirection('مرحبا بكم في قراءة هذا المقال')).toBe('rtl');
    expect(textDirection('שלום עולם, זהו מאמר')).toBe('rtl');
    expect(textDirection('ܫܠܡܐ ܥܠܡܐ')).toBe('rtl');
    expect(textDirection('ދިވެހި ބަސް')).toBe('rtl');
    expect(textDirection('ߒߞߏ ߞߊ߲')).toBe('rtl');
  });

  test('Latin, Cyrillic and CJK text reads left to right, and text without letters says nothing', () => {
    expect(textDirection('The quiet return of the night train')).toBe('ltr');
    expect(textDirection('Тихое возвращение ночного поезда')).toBe('ltr');
    expect(textDirection('夜行列車の静かな復活')).toBe('ltr');
    expect(textDirection('2026 — 42 % !')).toBeNull();
  });

  test('goes by most of the letters, so an Arabic article quoting English stays right to left', () => {
    expect(textDirection('قال الوزير إن مشروع القطار الجديد سيبدأ العام المقبل (BBC News)')).toBe('rtl');
    expect(textDirection('The minister said «مرحبا» to the crowd gathered at the station')).toBe('ltr');
  });

  test('the languages written right to left, and a script subtag over the language', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ar-EG', 'ar_SA', 'HE-il', 'iw']) expect(languageDirection(lang)).toBe('rtl');
    for (const lang of ['en', 'ja', 'zh-CN', 'pt_BR', 'tr']) expect(languageDirection(lang)).toBe('ltr');
    expect(languageDirection('az-Arab')).toBe('rtl');
    expect(languageDirection('pa-Arab-PK')).toBe('rtl');
    expect(languageDirection('uz-Latn')).toBe('ltr');
    expect(languageDirection(null)).toBeNull();
    expect(languageDirection('not a language')).toBeNull();
  });

  test('a declared direction wins, then a right-to-left language, then the script of the text', () => {
    const arabic = 'مرحبا بكم في قراءة هذا المقال';
    expect(articleDirection({ dir: 'ltr', lang: 'ar', text: arabic })).toBe('ltr');
    expect(articleDirection({ dir: null, lang: 'ar', text: 'Mostly English words' })).toBe('rtl');
    expect(articleDirection({ dir: null, lang: 'en', text: arabic })).toBe('rtl');
    expect(articleDirection({ dir: 'auto', lang: null, text: arabic })).toBe('rtl');
    expect(articleDirection({ dir: null, lang: null, text: '' })).toBe('ltr');
  });

  test('language tags come out as BCP 47, and what is not one as null', () => {
    expect(normalizeLang('ar_eg')).toBe('ar-EG');
    expect(normalizeLang(' pt_BR ')).toBe('pt-BR');
    expect(normalizeLang('zh-hans-cn')).toBe('zh-Hans-CN');
    expect(normalizeLang('')).toBeNull();
    expect(normalizeLang('localeTag')).toBeNull();
  });
});

describe('the language of an article that declares none', () => {
  test('is guessed from a script that points to one language', () => {
    expect(guessLanguage('今日は晴れです。明日は雨でしょう。')).toBe('ja');
    expect(guessLanguage('東京都は今日、新しい計画を発表した。')).toBe('ja');
    expect(guessLanguage('我们今天去公园散步。')).toBe('zh');
    expect(guessLanguage('오늘은 날씨가 좋습니다.')).toBe('ko');
    expect(guessLanguage('مرحبا بكم')).toBe('ar');
    expect(guessLanguage('שלום עולם')).toBe('he');
  });

  test('stays unknown for scripts many languages share', () => {
    expect(guessLanguage('The quiet return of the night train')).toBeNull();
    expect(guessLanguage('Тихое возвращение')).toBeNull();
  });

  test('the reader takes the page’s language first, normalized, and the script’s otherwise', () => {
    expect(articleLocale({ dir: null, lang: 'ar_EG', text: 'Hello' })).toEqual({ lang: 'ar-EG', dir: 'rtl' });
    expect(articleLocale({ dir: null, lang: null, text: 'مرحبا بكم في قراءة هذا المقال' })).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(articleLocale({ dir: 'ltr', lang: null, text: 'The night train' })).toEqual({ lang: null, dir: 'ltr' });
  });
});
