/**
 * The sentences of the shown article as DOM ranges: text nodes are grouped by the block
 * they sit in (a paragraph, a heading, a list item…), each block's text is split into
 * sentences, and each sentence's offsets are mapped back onto its text nodes.
 */
import { splitSentences } from '../../src/core/sentences';

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

/** The text node and offset within it at `offset` of the nodes' joined text. */
function locate(nodes: Text[], offset: number): [Text, number] {
  let rest = offset;
  for (const node of nodes) {
    if (rest <= node.data.length) return [node, rest];
    rest -= node.data.length;
  }
  const last = nodes.at(-1)!;
  return [last, last.data.length];
}

export function sentencesIn(roots: Element[], lang: string | null): SpokenSentence[] {
  const out: SpokenSentence[] = [];
  for (const { block, nodes } of roots.flatMap(textNodesByBlock)) {
    const text = nodes.map((node) => node.data).join('');
    for (const { start, end } of splitSentences(text, lang)) {
      const range = block.ownerDocument.createRange();
      range.setStart(...locate(nodes, start));
      range.setEnd(...locate(nodes, end));
      out.push({ text: text.slice(start, end).replace(/\s+/g, ' '), range, block });
    }
  }
  return out;
}
