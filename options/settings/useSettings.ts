import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../src/core/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../../src/platform/settings';

export interface SettingsState {
  settings: Settings | null;
  /** Saves a change; resolves false when storage refused it, so the caller can say so. */
  update: (patch: Partial<Settings>) => Promise<boolean>;
}

/** The stored settings, kept current when another page changes them. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const update = async (patch: Partial<Settings>) => {
    try {
      setSettings(await saveSettings(patch));
      return true;
    } catch {
      return false;
    }
  };
  return { settings, update };
}
