/** Editing one article's tags in place: Enter or Save keeps them, Escape or Cancel leaves them as they were. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import { normalizeTags } from '../../src/core/tags';

export interface TagEditorProps {
  tags: string[];
  title: string;
  /** The new tags, or null when the edit was cancelled. */
  onDone: (tags: string[] | null) => void;
}

export function TagEditor({ tags, title, onDone }: TagEditorProps) {
  const [text, setText] = useState(tags.join(', '));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="tag-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onDone(normalizeTags(text.split(',')));
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') onDone(null);
      }}
    >
      <input
        ref={input}
        type="text"
        value={text}
        aria-label={t('listTagsEditLabel', title)}
        placeholder={t('listTagsPlaceholder')}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit" class="small-button">{t('listTagsSave')}</button>
      <button type="button" class="small-button" onClick={() => onDone(null)}>{t('listTagsCancel')}</button>
    </form>
  );
}
