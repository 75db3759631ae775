/** The UI benchmark's reader with 200 highlights: adding them, and reading several marks of one page. */
import { markTime, until, type UiSession } from './ui-session';

/**
 * Adds `count` highlights spread over the article, from its reader page, with the selectors
 * the reader itself would store (offsets in the body's text nodes, 32 characters of context).
 */
export async function addHighlights(session: UiSession, id: string, count: number): Promise<void> {
  const tab = await session.open(`reader/index.html?id=${id}`);
  await until(tab, `document.querySelector('.reader-body') !== null`);
  await tab.evaluate(`(async (count) => {
    const text = document.querySelector('.reader-body').textContent;
    const colors = ['yellow', 'green', 'blue', 'pink'];
    for (let i = 0; i < count; i++) {
      const start = Math.floor((i * text.length) / count);
      const end = start + 40;
      const quote = { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
      const reply = await (globalThis.browser ?? chrome).runtime.sendMessage({ type: 'highlights.add', articleId: ${JSON.stringify(id)}, color: colors[i % 4], note: 'note ' + i,
        target: { quote, position: { type: 'TextPositionSelector', start, end } } });
      if (!reply.ok) throw new Error(reply.error.message);
    }
  })(${count})`);
  await tab.close();
}

export async function openAndMarks(session: UiSession, pagePath: string, marks: string[]): Promise<number[]> {
  const tab = await session.open(pagePath);
  const times: number[] = [];
  for (const mark of marks) times.push(await markTime(tab, mark));
  await tab.close();
  return times;
}
