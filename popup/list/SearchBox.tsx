/** As-you-type search; "/" anywhere in the popup brings the focus here. */
import type { Ref } from 'preact';
import { t } from '../../src/platform/browser';

export interface SearchBoxProps {
  value: string;
  inputRef: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
  /** ArrowDown from the field moves into the results. */
  onLeave: () => void;
}

export function SearchBox({ value, inputRef, onChange, onLeave }: SearchBoxProps) {
  return (
    <div class="search" role="search">
      <label class="visually-hidden" for="list-search">{t('listSearchLabel')}</label>
      <input
        ref={inputRef}
        id="list-search"
        type="search"
        value={value}
        placeholder={t('listSearchPlaceholder')}
        title={t('listSearchHint')}
        aria-keyshortcuts="/"
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onLeave();
          } else if (event.key === 'Escape' && value) {
            event.preventDefault();
            onChange('');
          }
        }}
      />
    </div>
  );
}
