/**
 * Netscape bookmark files (Chrome, Firefox, Pinboard, Raindrop): <DT><H3> folders over <DL>
 * lists of <DT><A HREF ADD_DATE TAGS TOREAD>, and Quire's own attributes (netscape-quire.ts). Folder names become tags.
 */
import type { ArticleStatus } from '../article';
import { parseDateCell } from './dates';
import { linkItem, type RowResult } from './import-item';
import { tokenizeHtml, textUntilClose, type HtmlToken } from './html-tokens';
import { quireLinkDetails } from './netscape-quire';
import { fatal } from './problems';

/** Browser root folders ("Bookmarks bar", "Other bookmarks") say nothing about a link. */
const ROOT_FOLDER_FLAGS = ['personal_toolbar_folder', 'unfiled_bookmarks_folder'];

interface Folder {
  name: string | null;
  line: number;
}

/**
 * TOREAD="1" marks unread. A file where no link carries TOREAD is plain browser bookmarks,
 * and those are all treated as unread; otherwise links without TOREAD="1" are archived.
 */
function statusRule(tokens: readonly HtmlToken[]): (attrs: Map<string, string>) => ArticleStatus {
  const tracksReading = tokens.some((t) => t.kind === 'open' && t.name === 'a' && t.attrs.has('toread'));
  return (attrs) => (!tracksReading || attrs.get('toread') === '1' ? 'unread' : 'archived');
}

/** The <DD> note that may follow a link (Pinboard, Raindrop and Quire write one), up to the next tag. */
function noteAfter(tokens: readonly HtmlToken[], from: number): string | undefined {
  let i = from;
  for (let t = tokens[i]; t?.kind === 'text' && !t.text.trim(); t = tokens[++i]);
  const dd = tokens[i];
  if (dd?.kind !== 'open' || dd.name !== 'dd') return undefined;
  let note = '';
  for (let t = tokens[++i]; t?.kind === 'text'; t = tokens[++i]) note += t.text;
  return note.replace(/\s+/g, ' ').trim() || undefined;
}

export function readNetscape(html: string, now: number): RowResult[] {
  const tokens = tokenizeHtml(html);
  const statusOf = statusRule(tokens);
  const results: RowResult[] = [];
  const folders: Folder[] = [];
  let pending: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'close' && token.name === 'dl') folders.pop();
    if (token.kind !== 'open') continue;
    if (token.name === 'h3') {
      const heading = textUntilClose(tokens, i + 1, 'h3');
      const isRoot = ROOT_FOLDER_FLAGS.some((flag) => token.attrs.has(flag));
      pending = heading && !isRoot ? heading.text : null;
    } else if (token.name === 'dl') {
      folders.push({ name: pending, line: token.line });
      pending = null;
    } else if (token.name === 'a') {
      const label = textUntilClose(tokens, i + 1, 'a');
      if (!label) fatal(`the link on line ${token.line} is never closed: the file is cut off`, { line: token.line });
      const folderTags = folders.flatMap((folder) => (folder.name ? [folder.name] : []));
      const note = noteAfter(tokens, label.next);
      const quire = quireLinkDetails(token.attrs);
      results.push(
        linkItem(token.line, {
          url: token.attrs.get('href'),
          title: label.text,
          tags: [...folderTags, ...(token.attrs.get('tags') ?? '').split(',')],
          savedAt: parseDateCell(token.attrs.get('add_date'), now),
          dateField: 'ADD_DATE',
          status: statusOf(token.attrs),
          favorite: quire.favorite,
          more: note ? { ...quire.more, excerpt: note } : quire.more,
        }),
      );
      i = label.next - 1;
    }
  }
  const open = folders.at(-1);
  if (open) fatal(`the folder opened on line ${open.line} is never closed: the file is cut off`, { line: open.line });
  return results;
}
