/** Turning plain text into a body the reader can show: one paragraph per line. */
import type { Clip } from '../core/clip';
import { escapeHtml } from '../core/escape-html';

/** Lines as they appear, blank lines dropped, each one an escaped paragraph. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
}

export function tidyText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** A clip's body replaced: the counts follow the new text (storage derives them from it); the extraction was of another body. */
export function withBody(clip: Clip, html: string, text: string): Clip {
  const { extraction: _extraction, ...rest } = clip;
  return { ...rest, html, text, wordCount: null, readingMinutes: null };
}
