/** Pocket's older HTML export: <h1>Unread</h1> and <h1>Read Archive</h1>, each over a <ul> of <a href time_added tags>. */
import type { ArticleStatus } from '../article';
import { parseDateCell } from './dates';
import { linkItem, type RowResult } from './import-item';
import { tokenizeHtml, textUntilClose } from './html-tokens';
import { fatal } from './problems';

export function readPocketHtml(html: string, now: number): RowResult[] {
  const tokens = tokenizeHtml(html);
  const results: RowResult[] = [];
  let status: ArticleStatus = 'unread';
  const openLists: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'close' && token.name === 'ul') openLists.pop();
    if (token.kind !== 'open') continue;
    if (token.name === 'ul') openLists.push(token.line);
    if (token.name === 'h1') {
      const heading = textUntilClose(tokens, i + 1, 'h1');
      status = heading && /archive/i.test(heading.text) ? 'archived' : 'unread';
    }
    if (token.name !== 'a') continue;
    const label = textUntilClose(tokens, i + 1, 'a');
    if (!label) fatal(`the link on line ${token.line} is never closed: the file is cut off`, { line: token.line });
    results.push(
      linkItem(token.line, {
        url: token.attrs.get('href'),
        title: label.text,
        tags: (token.attrs.get('tags') ?? '').split(','),
        savedAt: parseDateCell(token.attrs.get('time_added'), now),
        dateField: 'time_added',
        status,
      }),
    );
    i = label.next - 1;
  }
  if (openLists.length > 0) fatal(`the list opened on line ${openLists.at(-1)} is never closed: the file is cut off`, { line: openLists.at(-1) });
  return results;
}
