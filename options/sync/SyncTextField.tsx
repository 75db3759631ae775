import type { Ref } from 'preact';

export interface SyncTextFieldProps {
  id: string;
  label: string;
  hint?: string;
  type?: 'text' | 'url' | 'password';
  autocomplete?: string;
  value: string;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onInput: (value: string) => void;
}

/** A labelled text field of the server form, its hint read with it, marked invalid when the form's check fails on it. */
export function SyncTextField({ id, label, hint, type = 'text', autocomplete = 'off', value, invalid = false, inputRef, onInput }: SyncTextFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        autocomplete={autocomplete}
        spellcheck={false}
        autocapitalize="off"
        aria-invalid={invalid}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
