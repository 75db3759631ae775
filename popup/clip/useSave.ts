/** Sends a save to the background, which does the write even if the popup closes meanwhile. */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import { request } from '../../src/ui/client';
import type { ArticleMeta } from '../../src/core/article';
import type { Clip } from '../../src/core/clip';
import { withoutAlternatives } from '../../src/core/clip-choice';
import type { ImageOutcome, SaveMode } from '../../src/protocol';

export interface SaveInput {
  tabId: number;
  mode: SaveMode;
  tags: string[];
  clip: Clip | null;
  title?: string;
  /** The address previewed: a save that reads the tab again fails if it shows another page now. */
  url?: string;
}

export function useSave(onSaved: (article: ArticleMeta, created: boolean, images?: ImageOutcome) => void) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (input: SaveInput) => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const result = await request({ type: 'page.save', ...input, clip: input.clip && withoutAlternatives(input.clip) });
      onSaved(result.article, result.created, result.images);
    } catch (failure) {
      setError(t('clipSaveFailed', (failure as Error).message));
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, save };
}
