/**
 * Editing one article's tags in place with the shared tag field (autocomplete from the
 * user's tags): Save or Enter on an empty field keeps them, Escape or Cancel leaves them.
 */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import { mergeTags } from '../../src/core/tags';
import { TagInput } from '../../src/ui/components/TagInput';
import { useKnownTags } from '../../src/ui/components/useKnownTags';

export interface TagEditorProps {
  id: string;
  tags: string[];
  title: string;
  /** The new tags, or null when the edit was cancelled. */
  onDone: (tags: string[] | null) => void;
}

export function TagEditor({ id, tags, title, onDone }: TagEditorProps) {
  const [chosen, setChosen] = useState(tags);
  const [draft, setDraft] = useState('');
  const known = useKnownTags();
  return (
    <form
      class="tag-editor"
      onSubmit={(event) => {
        event.preventDefault();
        // Text typed but not yet turned into a tag is kept too.
        onDone(mergeTags(chosen, [draft]));
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') onDone(null);
      }}
    >
      <TagInput id={`tags-${id}`} label={t('listTagsEditLabel', title)} tags={chosen} onChange={setChosen} known={known} onDraftChange={setDraft} autoFocus />
      <div class="tag-editor-buttons">
        <button type="submit" class="small-button">{t('listTagsSave')}</button>
        <button type="button" class="small-button" onClick={() => onDone(null)}>{t('listTagsCancel')}</button>
      </div>
    </form>
  );
}
