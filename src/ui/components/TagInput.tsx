/**
 * A tag field: chips for the chosen tags, a text field with autocomplete from the user's
 * tags, and suggested tags one click away. Enter, Tab or comma adds; Backspace on an
 * empty field removes the last tag; arrows choose a suggestion. Enter on an empty field
 * is left to the surrounding form, so it submits.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../platform/browser';
import { normalizeTag, normalizeTags } from '../../core/tags';
import { matchingTags } from './tag-matches';
import { SuggestedTags, TagChips, TagMatches } from './TagParts';
import './TagInput.css';

export interface TagInputProps {
  id: string;
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  /** The user's existing tags, offered as they type. */
  known?: string[];
  /** Tags offered as one-click buttons (e.g. the page's own keywords). */
  suggested?: string[];
  /** What is typed but not yet a tag, so a Save can keep it too. */
  onDraftChange?: (draft: string) => void;
  autoFocus?: boolean;
}

export function TagInput({ id, label, tags, onChange, known = [], suggested = [], onDraftChange, autoFocus }: TagInputProps) {
  const [draft, setDraftState] = useState('');
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // Focused here rather than with the autofocus attribute, which Firefox ignores on a field
  // added after the page has loaded (the list's tag editor, opened with T).
  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);
  const matches = matchingTags(known, draft, tags);
  const listId = `${id}-matches`;
  const setDraft = (value: string) => {
    setDraftState(value);
    setActive(-1);
    onDraftChange?.(value);
  };
  const add = (raw: string[]) => {
    const added = normalizeTags(raw).filter((tag) => !tags.includes(tag));
    if (added.length) {
      onChange([...tags, ...added]);
      setAnnouncement(t('tagInputAdded', added.join(', ')));
    }
    setDraft('');
  };
  const removeTag = (tag: string) => {
    onChange(tags.filter((x) => x !== tag));
    setAnnouncement(t('tagInputRemoved', tag));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const choice = active >= 0 ? matches[active] : undefined;
    const pending = choice ?? (normalizeTag(draft) ? draft : undefined);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!matches.length) return;
      event.preventDefault();
      // Cycles through the matches and back to the typed text (-1).
      const positions = matches.length + 1;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(((active + 1 + step + positions) % positions) - 1);
    } else if ((event.key === 'Enter' || event.key === 'Tab' || event.key === ',') && pending !== undefined) {
      event.preventDefault();
      add([pending]);
    } else if (event.key === ',') {
      event.preventDefault();
    } else if (event.key === 'Backspace' && draft === '' && tags.length) {
      event.preventDefault();
      removeTag(tags[tags.length - 1]!);
    } else if (event.key === 'Escape' && matches.length && active >= 0) {
      event.preventDefault();
      event.stopPropagation();
      setActive(-1);
    }
  };
  const onInput = (value: string) => {
    // A pasted "a, b, c" becomes tags at once, except the part still being typed.
    const parts = value.split(',');
    if (parts.length > 1) {
      add(parts.slice(0, -1));
      setDraft(parts[parts.length - 1]!.trimStart());
    } else setDraft(value);
  };
  return (
    <div class="tag-input">
      <label for={id}>{label}</label>
      <div class="tag-input__field">
        <TagChips label={label} tags={tags} onRemove={removeTag} />
        <input
          id={id}
          type="text"
          role="combobox"
          ref={field}
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={matches.length > 0}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={`${id}-hint`}
          value={draft}
          onInput={(event) => onInput(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => draft.trim() && add([draft])}
        />
      </div>
      <TagMatches id={listId} matches={matches} active={active} onChoose={(tag) => add([tag])} />
      <p id={`${id}-hint`} class="visually-hidden">
        {t('tagInputHint')}
      </p>
      <SuggestedTags tags={suggested.filter((tag) => !tags.includes(normalizeTag(tag)))} onAdd={(tag) => add([tag])} />
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
