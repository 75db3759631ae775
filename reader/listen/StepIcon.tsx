/** Previous and next sentence, drawn (the media glyphs are missing from many fonts); mirrored in right-to-left by listen.css. */
const PATHS = { previous: 'M6 5v14M18 5l-9 7 9 7z', next: 'M18 5v14M6 5l9 7-9 7z' } as const;

export function StepIcon({ to }: { to: keyof typeof PATHS }) {
  return (
    <svg class="listen-flip" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={PATHS[to]} fill="currentColor" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    </svg>
  );
}
