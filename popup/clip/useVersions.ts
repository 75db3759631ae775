/**
 * Which version of the page the form will save: the pipeline's pick, another of its
 * candidates, the tab's selection, the page text as it is, or the link alone. The selection
 * is looked for once the choices are shown; the page text is read when it is chosen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { asLink, candidateVersions, isUnsure, versionOf } from '../../src/core/clip-choice';
import type { Clip, ClipSource } from '../../src/core/clip';
import { t } from '../../src/platform/browser';
import { RequestError, request } from '../../src/ui/client';

export type VersionSource = ClipSource | 'link';

export interface VersionOption {
  source: VersionSource;
  /** Its word count, when known before it is chosen. */
  words: number | null;
  /** Why it cannot be chosen now; null when it can. */
  unavailable: string | null;
}

type Selection = { state: 'checking' } | { state: 'ready'; clip: Clip } | { state: 'none'; reason: string };

export interface Versions {
  /** The clip as it will be saved, and what it was taken from. */
  source: VersionSource;
  clip: Clip;
  options: VersionOption[];
  unsure: boolean;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The version being read from the tab, until it arrives. */
  pending: VersionSource | null;
  error: string | null;
  choose: (source: VersionSource) => void;
}

async function readTab(tabId: number, url: string, mode: 'selection' | 'page-text', article: Clip): Promise<Clip> {
  const read = await request({ type: 'page.read', tabId, url, mode });
  return versionOf(article, mode, { html: read.html, text: read.text, markdown: read.markdown });
}

/** Null for a page without an article (nothing to choose from) or a clip from before extraction said what it used. */
export function useVersions(tabId: number, url: string, article: Clip | null): Versions | null {
  const unsure = article !== null && isUnsure(article);
  const [open, setOpen] = useState(unsure);
  const [chosen, setChosen] = useState<{ source: VersionSource; clip: Clip } | null>(article?.extraction ? { source: article.extraction.used, clip: article } : null);
  const [selection, setSelection] = useState<Selection>({ state: 'checking' });
  const [pageText, setPageText] = useState<Clip | null>(null);
  const [pending, setPending] = useState<VersionSource | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Only the last choice made lands: a page text still being read is dropped when another version is chosen meanwhile.
  const latest = useRef(0);
  const candidates = article ? candidateVersions(article) : [];

  useEffect(() => {
    if (!article || !open || selection.state !== 'checking') return;
    readTab(tabId, url, 'selection', article).then(
      (clip) => setSelection({ state: 'ready', clip }),
      (failure: Error) =>
        setSelection({ state: 'none', reason: failure instanceof RequestError && failure.code === 'no-article' ? t('clipVersionNoSelection') : failure.message }),
    );
  }, [open]);

  const land = (source: VersionSource, clip: Clip) => {
    setChosen({ source, clip });
    setPending(null);
    setError(null);
  };

  if (!article || !chosen) return null;

  const choose = (source: VersionSource) => {
    const turn = ++latest.current;
    const candidate = candidates.find((version) => version.source === source);
    if (candidate) return land(source, candidate.clip);
    if (source === 'link') return land(source, asLink(article));
    if (source === 'selection' && selection.state === 'ready') return land(source, selection.clip);
    if (source !== 'page-text') return;
    if (pageText) return land(source, pageText);
    setPending(source);
    setError(null);
    readTab(tabId, url, 'page-text', article).then(
      (clip) => {
        setPageText(clip);
        if (turn === latest.current) land(source, clip);
      },
      (failure: Error) => {
        if (turn !== latest.current) return;
        setPending(null);
        setError(t('clipActionFailed', failure.message));
      },
    );
  };

  const options: VersionOption[] = [
    ...candidates.map((version) => ({ source: version.source, words: version.clip.wordCount, unavailable: null })),
    {
      source: 'selection',
      words: selection.state === 'ready' ? selection.clip.wordCount : null,
      unavailable: selection.state === 'none' ? selection.reason : selection.state === 'checking' ? t('clipVersionChecking') : null,
    },
    { source: 'page-text', words: pageText?.wordCount ?? null, unavailable: null },
    { source: 'link', words: null, unavailable: null },
  ];
  return { ...chosen, options, unsure, open, setOpen, pending, error, choose };
}
