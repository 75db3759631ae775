/** A setting changed in steps: a smaller and a larger button around the current value. */
import { useId } from 'preact/hooks';
import { t } from '../src/platform/browser';
import { clampStep } from './useReaderSettings';

export interface StepperProps {
  label: string;
  value: number;
  shown: string;
  range: { min: number; max: number; step: number };
  lessLabel: string;
  moreLabel: string;
  onChange: (value: number) => void;
}

export function Stepper({ label, value, shown, range, lessLabel, moreLabel, onChange }: StepperProps) {
  // From useId, not the label: labels in Arabic or Japanese have no letters \w keeps, and all became one id.
  const id = useId();
  return (
    <div class="stepper" role="group" aria-labelledby={id}>
      <span id={id} class="stepper-label">{label}</span>
      <button type="button" class="reader-button" aria-label={lessLabel} disabled={value <= range.min} onClick={() => onChange(clampStep(value - range.step, range))}>
        −
      </button>
      <output class="stepper-value" aria-live="polite" aria-label={t('readerCurrentValue', [label, shown])}>{shown}</output>
      <button type="button" class="reader-button" aria-label={moreLabel} disabled={value >= range.max} onClick={() => onChange(clampStep(value + range.step, range))}>
        +
      </button>
    </div>
  );
}
