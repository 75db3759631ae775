/** What the page will be saved as: editable title, site, byline, date, reading time, excerpt, and the lead image when it is inline (isLocalImage). */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import type { Clip } from '../../src/core/clip';
import { factsLine } from './facts';
import { SiteLine } from './SiteLine';
import { isLocalImage } from '../../src/ui/local-image';

export interface PreviewCardProps {
  clip: Clip;
  favIconUrl: string | null;
  title: string;
  onTitle: (title: string) => void;
}

/** A title is one line: Enter saves, as everywhere else in the form. */
function submitOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  (event.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
}

export function PreviewCard({ clip, favIconUrl, title, onTitle }: PreviewCardProps) {
  const [leadBroken, setLeadBroken] = useState(false);
  const facts = factsLine(clip);
  return (
    <div class="clip__card">
      {isLocalImage(clip.leadImageUrl) && !leadBroken && <img class="clip__lead" src={clip.leadImageUrl} alt="" onError={() => setLeadBroken(true)} />}
      <SiteLine url={clip.url} siteName={clip.siteName} faviconUrl={clip.faviconUrl ?? favIconUrl} />
      <label class="clip__title-label" for="clip-title">
        {t('clipTitleLabel')}
      </label>
      <textarea
        id="clip-title"
        class="clip__title"
        dir="auto"
        rows={2}
        value={title}
        onInput={(e) => onTitle(e.currentTarget.value)}
        onKeyDown={submitOnEnter}
      />
      {facts && <p class="clip__facts">{facts}</p>}
      {clip.excerpt && <p class="clip__excerpt">{clip.excerpt}</p>}
    </div>
  );
}
