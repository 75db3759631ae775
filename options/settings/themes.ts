import type { FontFamily, ThemeChoice } from '../../src/core/settings';
import { t } from '../../src/platform/browser';

export const themeOptions = (): { value: ThemeChoice; label: string }[] => [
  { value: 'system', label: t('optionsThemeSystem') },
  { value: 'light', label: t('optionsThemeLight') },
  { value: 'sepia', label: t('optionsThemeSepia') },
  { value: 'dark', label: t('optionsThemeDark') },
];

export const fontOptions = (): { value: FontFamily; label: string }[] => [
  { value: 'serif', label: t('optionsFontSerif') },
  { value: 'sans', label: t('optionsFontSans') },
];
