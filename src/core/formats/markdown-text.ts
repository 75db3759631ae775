/** Markdown and YAML building blocks shared by the Markdown exports. */
import TurndownService from 'turndown';

/**
 * Turndown's own escapes (backslash before \ * ` [ ] _ anywhere, and before -, "+ ", =, "# ",
 * ~~~, > or "1. " at the start of a text), in one pass instead of its thirteen: the output is
 * the same, and a text node is escaped in a fraction of the time.
 */
const MARKDOWN_SPECIAL = /[\\*`[\]_]|^(?:-|\+ |=+|#{1,6} |~~~|>|\d+\. )/g;

export function escapeTextNode(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (match) => (/^\d/.test(match) ? `${match.slice(0, -2)}\\. ` : `\\${match}`));
}

let service: TurndownService | null = null;

/** The one converter, reused: building turndown's rule table for every article would be wasted work. */
export function markdownService(): TurndownService {
  if (!service) {
    service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
    service.escape = escapeTextNode;
  }
  return service;
}

/**
 * HTML body to Markdown. Turndown parses strings with DOMParser in a page and with its
 * bundled domino in Node, so this runs in the options page and in tests, not in a service worker.
 */
export function htmlToMarkdown(html: string): string {
  return markdownService().turndown(html);
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
