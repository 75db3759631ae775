/** One of a few named options, as a group of radio buttons. */
export interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: { id: T; label: string }[];
  onChange: (value: T) => void;
}

export function Choice<T extends string>({ name, legend, value, options, onChange }: ChoiceProps<T>) {
  return (
    <fieldset class="choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} class="choice-option">
          <input type="radio" name={name} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
