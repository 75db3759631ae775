/** Reads the tab through the background, together with the settings the form starts from. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings } from '../../src/platform/settings';
import { request } from '../../src/ui/client';
import type { PagePreview } from '../../src/protocol';
import { takeEarlyPreview } from './earlyPreview';

export type PreviewState =
  | { phase: 'loading' }
  | { phase: 'ready'; preview: PagePreview; defaultTags: string[] }
  | { phase: 'failed'; message: string };

export function usePreview(tabId: number | null | undefined): [PreviewState, () => void] {
  const [state, setState] = useState<PreviewState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (typeof tabId !== 'number') return;
    let live = true;
    setState({ phase: 'loading' });
    Promise.all([takeEarlyPreview(tabId) ?? request({ type: 'page.preview', tabId }), loadSettings()]).then(
      ([preview, settings]) => live && setState({ phase: 'ready', preview, defaultTags: settings.defaultTags }),
      (error: Error) => live && setState({ phase: 'failed', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [tabId, attempt]);
  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}
