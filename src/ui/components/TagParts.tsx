/** The pieces of the tag field around its text box: chips, completions, suggested tags. */
import { t } from '../../platform/browser';

export function TagChips({ label, tags, onRemove }: { label: string; tags: string[]; onRemove: (tag: string) => void }) {
  return (
    <ul class="tag-input__chips" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} class="tag-input__chip">
          <span>{tag}</span>
          <button type="button" aria-label={t('tagInputRemove', tag)} onClick={() => onRemove(tag)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

export interface TagMatchesProps {
  id: string;
  matches: string[];
  active: number;
  onChoose: (tag: string) => void;
}

/** The completions listbox; the text box keeps focus (aria-activedescendant points into it). */
export function TagMatches({ id, matches, active, onChoose }: TagMatchesProps) {
  return (
    <ul id={id} role="listbox" aria-label={t('tagInputSuggestions')} class="tag-input__matches" hidden={!matches.length}>
      {matches.map((tag, index) => (
        <li
          key={tag}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(tag)}
        >
          {tag}
        </li>
      ))}
    </ul>
  );
}

export function SuggestedTags({ tags, onAdd }: { tags: string[]; onAdd: (tag: string) => void }) {
  if (!tags.length) return null;
  return (
    <div class="tag-input__suggested">
      <span>{t('tagInputSuggested')}</span>
      {tags.map((tag) => (
        <button key={tag} type="button" aria-label={t('tagInputAddSuggested', tag)} onClick={() => onAdd(tag)}>
          + {tag}
        </button>
      ))}
    </div>
  );
}
