/**
 * Netscape bookmark files (Chrome, Firefox, Pinboard, Raindrop): <DT><H3> folders over <DL>
 * lists of <DT><A HREF ADD_DATE TAGS TOREAD>, and Quire's own attributes (netscape-quire.ts). Folder names become tags;
 * a browser's root folders are offered as tags in the preview (root-folders.ts).
 */
import type { ArticleStatus } from '../article';
import { parseDateCell } from './dates';
import { linkItem, type RowResult } from './import-item';
import { tokenizeHtml, textUntilClose, type HtmlToken } from './html-tokens';
import { quireLinkDetails } from './netscape-quire';
import { fatal } from './problems';

/** Browsers mark some of their root folders ("Bookmarks bar", "Other bookmarks")... */
const ROOT_FOLDER_FLAGS = ['personal_toolbar_folder', 'unfiled_bookmarks_folder'];
/** ...and name the others, at the top of the file, or in its <H1> (Firefox's "Bookmarks Menu"). */
const ROOT_FOLDER_NAMES = new Set(['bookmarks bar', 'bookmarks toolbar', 'bookmarks menu', 'other bookmarks', 'mobile bookmarks', 'favorites bar', 'other favorites']);

interface Folder {
  name: string | null;
  /** A browser root folder: not a tag unless the user picks it in the preview (ImportItem.rootFolder). */
  root: boolean;
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
  let pending: Omit<Folder, 'line'> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'close' && token.name === 'dl') folders.pop();
    if (token.kind !== 'open') continue;
    if (token.name === 'h3' || token.name === 'h1') {
      const name = textUntilClose(tokens, i + 1, token.name)?.text || null;
      const named = !!name && ROOT_FOLDER_NAMES.has(name.toLowerCase()) && folders.length <= 1;
      const root = named || (token.name === 'h3' && ROOT_FOLDER_FLAGS.some((flag) => token.attrs.has(flag)));
      pending = token.name === 'h3' || root ? { name, root } : null;
    } else if (token.name === 'dl') {
      folders.push({ name: null, root: false, ...pending, line: token.line });
      pending = null;
    } else if (token.name === 'a') {
      const label = textUntilClose(tokens, i + 1, 'a');
      if (!label) fatal(`the link on line ${token.line} is never closed: the file is cut off`, { line: token.line });
      const folderTags = folders.flatMap((folder) => (folder.name && !folder.root ? [folder.name] : []));
      const rootFolder = folders.findLast((folder) => folder.root)?.name;
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
          more: { ...quire.more, ...(note ? { excerpt: note } : {}), ...(rootFolder ? { rootFolder } : {}) },
        }),
      );
      i = label.next - 1;
    }
  }
  const open = folders.at(-1);
  if (open) fatal(`the folder opened on line ${open.line} is never closed: the file is cut off`, { line: open.line });
  return results;
}
