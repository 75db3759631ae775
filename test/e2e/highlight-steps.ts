/** What the highlight scenarios do in the reader page, for either browser's driver to evaluate. */

/** Selects a passage of the article body as a reader's drag would, and lets go of the mouse. */
export function selectInBody(text: string): void {
  const walker = document.createTreeWalker(document.querySelector('.reader-body')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup'));
    return;
  }
  throw new Error(`not in the body: ${text}`);
}

/** What CSS.highlights draws: each registered highlight's ranges as text. */
export function drawnHighlights(): Record<string, string[]> {
  return Object.fromEntries([...CSS.highlights].map(([name, set]) => [name, [...set].map((range) => (range as Range).toString())]));
}

export const PASSAGES = ['The council voted on Tuesday to widen the bridge', 'bike lanes will run along Main Street', 'Construction starts in May and lasts two years'];

export const BODY = [
  '<p>The council voted on Tuesday to widen the bridge over the river, after a year of debate.</p>',
  '<p>Under the plan, new bike lanes will run along Main Street from the station to the harbour.</p>',
  '<p>Construction starts in May and lasts two years, the mayor said on the steps of the hall.</p>',
].join('');

/** The body after a paragraph was inserted before the passages, a word edited in the second, and the third gone. */
export const CHANGED_BODY = `<p>A paragraph added above everything else.</p>${BODY.replace('bike lanes', 'cycle lanes').replace(/<p>Construction[^<]*<\/p>/, '<p>The mayor spoke briefly.</p>')}`;
