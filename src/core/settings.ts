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

/** Images saved with each clip: the page's own always; other sites' only with "Save images for offline reading". */
export interface ImageSettings {
  /** Fetch other sites' images too (asks for the optional host permission when turned on). */
  offline: boolean;
  maxImageMB: number;
  maxArticleMB: number;
  /** The popup has offered "Save images for offline reading" once. */
  offered: boolean;
}

export interface Settings {
  defaultTags: string[];
  theme: ThemeChoice;
  showBadge: boolean;
  reader: ReaderSettings;
  images: ImageSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  defaultTags: [],
  theme: 'system',
  showBadge: true,
  reader: { fontSize: 19, lineWidth: 68, lineHeight: 1.6, fontFamily: 'serif', theme: 'system', archiveAtEnd: true },
  images: { offline: false, maxImageMB: 5, maxArticleMB: 25, offered: false },
};

/** Stored settings over the defaults, so a new field never reads as undefined. */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    reader: { ...DEFAULT_SETTINGS.reader, ...stored?.reader },
    images: { ...DEFAULT_SETTINGS.images, ...stored?.images },
  };
}
