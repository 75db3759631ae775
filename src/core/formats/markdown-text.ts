/** Markdown and YAML building blocks shared by the Markdown exports. */
import TurndownService from 'turndown';

let service: TurndownService | null = null;

/**
 * HTML body to Markdown. Turndown parses strings with DOMParser in a page and with its
 * bundled domino in Node, so this runs in the options page and in tests, not in a service worker.
 */
export function htmlToMarkdown(html: string): string {
  service ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  return service.turndown(html);
}

/** Text that Markdown shows as written, not as emphasis, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&').replace(/\s+/g, ' ').trim();
}

/** A link target Markdown cannot misread: inside <...>, with the characters that would end it encoded. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[\s<>]/g, encodeURIComponent)}>`;
}

/** A YAML scalar: JSON strings are valid YAML double-quoted scalars, and null stays null. */
export function yamlValue(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}
