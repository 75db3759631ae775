/**
 * The reader's look, kept in settings.reader so it carries over to every article and
 * every open reader tab; applied as CSS variables and a theme attribute on <html>.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../src/core/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../src/platform/settings';

export const FONT_SIZES = { min: 14, max: 28, step: 1 };
export const LINE_WIDTHS = { min: 45, max: 90, step: 5 };
export const LINE_HEIGHTS = { min: 1.3, max: 2, step: 0.1 };

export function clampStep(value: number, range: { min: number; max: number }): number {
  return Math.round(Math.min(range.max, Math.max(range.min, value)) * 100) / 100;
}

function apply(settings: ReaderSettings): void {
  const root = document.documentElement;
  root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--reader-line-width', `${settings.lineWidth}ch`);
  root.style.setProperty('--reader-line-height', String(settings.lineHeight));
  root.dataset.font = settings.fontFamily;
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
}

export function useReaderSettings() {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS.reader);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void loadSettings().then((all) => {
      setSettings(all.reader);
      setLoaded(true);
    });
    return onSettingsChanged((all) => setSettings(all.reader));
  }, []);
  useEffect(() => apply(settings), [settings]);

  const change = useCallback((patch: Partial<ReaderSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      void saveSettings({ reader: next });
      return next;
    });
  }, []);

  return { settings, loaded, change };
}
