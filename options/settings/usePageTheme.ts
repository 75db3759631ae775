import { useEffect } from 'preact/hooks';
import type { ThemeChoice } from '../../src/core/settings';

/** Shows the options page in the chosen theme at once; "system" leaves it to prefers-color-scheme. */
export function usePageTheme(theme: ThemeChoice | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    if (!theme || theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
