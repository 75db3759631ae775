/**
 * Which version of the page Save keeps, on one line for every clip. When extraction was
 * unsure it says so and lists the other versions at once; otherwise they are one click away.
 */
import { t } from '../../src/platform/browser';
import { tCount } from '../../src/ui/count-message';
import type { VersionOption, VersionSource, Versions } from './useVersions';

/** What each version is, as the reader knows it. */
const LABEL_KEYS: Record<VersionSource, string> = {
  readability: 'clipVersion_readability',
  'main-block': 'clipVersion_main_block',
  'json-ld': 'clipVersion_json_ld',
  'article-element': 'clipVersion_article_element',
  selection: 'clipVersion_selection',
  'page-text': 'clipVersion_page_text',
  link: 'clipVersion_link',
};

const label = (source: VersionSource) => t(LABEL_KEYS[source]);
const words = (count: number | null) => (count === null ? null : tCount('clipVersionWords', count));

function Choice({ option, checked, onChoose }: { option: VersionOption; checked: boolean; onChoose: () => void }) {
  const id = `clip-version-${option.source}`;
  const count = words(option.words);
  return (
    <div class="clip__choice">
      <input
        type="radio"
        id={id}
        name="clip-version"
        value={option.source}
        checked={checked}
        disabled={option.unavailable !== null}
        aria-describedby={option.unavailable !== null ? `${id}-why` : undefined}
        onChange={onChoose}
      />
      <label for={id}>
        {label(option.source)}
        {count && <span class="clip__choice-words"> · {count}</span>}
      </label>
      {option.unavailable !== null && (
        <p id={`${id}-why`} class="clip__choice-why">
          {option.unavailable}
        </p>
      )}
    </div>
  );
}

export function VersionChoice({ versions }: { versions: Versions }) {
  const { source, clip, options, unsure, open, pending } = versions;
  const count = source === 'link' ? null : words(clip.wordCount);
  const kept = pending ? t('clipLoading') : [t('clipVersionKept', label(source)), count].filter(Boolean).join(' · ');
  return (
    <section class="clip__versions" aria-label={t('clipVersionsLabel')}>
      {unsure && <p class="clip__unsure">{t('clipUnsure')}</p>}
      <p class="clip__kept" role="status" aria-live="polite">
        {kept}
      </p>
      {!unsure && (
        <button type="button" class="link clip__versions-toggle" aria-expanded={open} aria-controls="clip-versions" onClick={() => versions.setOpen(!open)}>
          {t('clipVersionsOther')}
        </button>
      )}
      {open && (
        <fieldset id="clip-versions" class="clip__choices" aria-busy={pending !== null}>
          <legend>{t('clipVersionsLegend')}</legend>
          {options.map((option) => (
            <Choice key={option.source} option={option} checked={(pending ?? source) === option.source} onChoose={() => versions.choose(option.source)} />
          ))}
        </fieldset>
      )}
      {versions.error && (
        <p class="clip__error" role="alert">
          {versions.error}
        </p>
      )}
    </section>
  );
}
