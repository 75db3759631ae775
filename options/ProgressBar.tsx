export interface ProgressBarProps {
  id: string;
  label: string;
  /** 0 to 1; null while the length of the work is unknown. */
  value: number | null;
}

/** A labelled <progress>: screen readers announce its name and value. */
export function ProgressBar({ id, label, value }: ProgressBarProps) {
  return (
    <div class="progress">
      <label for={id}>{label}</label>
      <progress id={id} max={1} value={value ?? undefined} />
    </div>
  );
}
