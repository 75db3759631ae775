import { useEffect, useState } from 'preact/hooks';
import { normalizeTags } from '../../src/core/tags';
import { t } from '../../src/platform/browser';

export interface DefaultTagsFieldProps {
  tags: string[];
  onChange: (tags: string[]) => void;
}

/** Comma-separated tags, saved when the field loses focus or on Enter, so typing is never interrupted. */
export function DefaultTagsField({ tags, onChange }: DefaultTagsFieldProps) {
  const [draft, setDraft] = useState(tags.join(', '));
  useEffect(() => setDraft(tags.join(', ')), [tags.join(',')]);
  const commit = () => {
    const next = normalizeTags(draft.split(','));
    setDraft(next.join(', '));
    if (next.join(',') !== tags.join(',')) onChange(next);
  };
  return (
    <div class="field">
      <label for="default-tags">{t('optionsDefaultTags')}</label>
      <input
        id="default-tags"
        type="text"
        value={draft}
        aria-describedby="default-tags-hint"
        onInput={(event) => setDraft(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <p id="default-tags-hint" class="hint">
        {t('optionsDefaultTagsHint')}
      </p>
    </div>
  );
}
