/**
 * The sentences of the shown article as DOM ranges: text nodes are grouped by the block
 * they sit in (a paragraph, a heading, a list item…), each block's text is split into
 * sentences, and each sentence's offsets are mapped back onto its text nodes.
 */
import { splitSentences } from '../../src/core/sentences';
import { rangeAt, textMapOf } from '../textMap';

export interface SpokenSentence {
  text: string;
  range: Range;
  /** The block it is in, for the highlight where CSS Custom Highlights are missing. */
  block: Element;
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, th, td, caption, pre, summary';

function textNodesByBlock(root: Element): { block: Element; nodes: Text[] }[] {
  const groups: { block: Element; nodes: Text[] }[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = node.parentElement?.closest(BLOCKS) ?? root;
    const last = groups.at(-1);
    if (last?.block === block) last.nodes.push(node);
    else groups.push({ block, nodes: [node] });
  }
  return groups;
}

export function sentencesIn(roots: Element[], lang: string | null): SpokenSentence[] {
  const out: SpokenSentence[] = [];
  for (const { block, nodes } of roots.flatMap(textNodesByBlock)) {
    const map = textMapOf(nodes);
    for (const { start, end } of splitSentences(map.text, lang)) {
      const range = rangeAt(map, start, end);
      if (range) out.push({ text: map.text.slice(start, end).replace(/\s+/g, ' '), range, block });
    }
  }
  return out;
}
