import { describe, expect, test } from 'vitest';
import { pickVoice, type VoiceInfo } from '../../../src/core/voices';

const voice = (name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({ name, lang, default: false, localService: false, ...extra });
const VOICES = [
  voice('English (US)', 'en-US', { default: true, localService: true }),
  voice('English (UK)', 'en-GB'),
  voice('Arabic online', 'ar-SA'),
  voice('Arabic Egypt', 'ar-EG', { localService: true }),
  voice('Japanese', 'ja_JP'),
];

describe('the voice an article is read in', () => {
  test('matches its language and region first', () => {
    expect(pickVoice(VOICES, 'en-GB')?.name).toBe('English (UK)');
    expect(pickVoice(VOICES, 'ar-SA')?.name).toBe('Arabic online');
  });

  test('else its language, preferring the system default, then a voice that works offline', () => {
    expect(pickVoice(VOICES, 'en')?.name).toBe('English (US)');
    expect(pickVoice(VOICES, 'ar')?.name).toBe('Arabic Egypt');
    expect(pickVoice(VOICES, 'ar-MA')?.name).toBe('Arabic Egypt');
    expect(pickVoice(VOICES, 'ja')?.name).toBe('Japanese');
  });

  test('is none for a language without a voice, rather than another language’s voice', () => {
    expect(pickVoice(VOICES, 'he')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });
});
