/** The user's settings: their shape and defaults. Kept in browser.storage.local, never in the reading list. */

export type ThemeChoice = 'system' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans';

export interface ReaderSettings {
  /** Pixels. */
  fontSize: number;
  /** Characters per line (max-width in ch). */
  lineWidth: number;
  lineHeight: number;
  fontFamily: FontFamily;
  theme: ThemeChoice;
  /** Reaching the end of an article archives it. */
  archiveAtEnd: boolean;
}

export interface Settings {
  defaultTags: string[];
  theme: ThemeChoice;
  showBadge: boolean;
  reader: ReaderSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  defaultTags: [],
  theme: 'system',
  showBadge: true,
  reader: { fontSize: 19, lineWidth: 68, lineHeight: 1.6, fontFamily: 'serif', theme: 'system', archiveAtEnd: true },
};

/** Stored settings over the defaults, so a new field never reads as undefined. */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    reader: { ...DEFAULT_SETTINGS.reader, ...stored?.reader },
  };
}
