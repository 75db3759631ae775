/**
 * Text nodes joined in document order, as highlights' selectors and the spoken sentences
 * count them. Offsets into that text map to DOM ranges and back, so highlights and the
 * sentence being read are drawn over the DOM without changing it.
 */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
}

/** The map of these nodes' joined text. */
export function textMapOf(nodes: Text[]): TextMap {
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  return { text, nodes, starts };
}

/** The map of every text node under `root`. */
export function textMap(root: Node): TextMap {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return textMapOf(nodes);
}

/** The node holding `offset`, and the offset inside it; an end offset stays in the node it ends. */
function locate(map: TextMap, offset: number, isEnd: boolean): [Text, number] | null {
  let low = 0;
  let high = map.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (map.starts[mid]! < offset || (!isEnd && map.starts[mid] === offset)) low = mid;
    else high = mid - 1;
  }
  const node = map.nodes[low];
  return node ? [node, Math.min(node.data.length, offset - map.starts[low]!)] : null;
}

export function rangeAt(map: TextMap, start: number, end: number): Range | null {
  const from = locate(map, start, false);
  const to = locate(map, end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return range;
}

function offsetOf(map: TextMap, container: Node, offset: number, root: Node): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const index = map.nodes.indexOf(container as Text);
    return index === -1 ? null : map.starts[index]! + offset;
  }
  // A boundary between children: the text before it, counted from the nodes that precede it.
  const probe = document.createRange();
  probe.setStart(root, 0);
  probe.setEnd(container, offset);
  return probe.toString().length;
}

/** The offsets of a range inside the mapped root, or null when it is not inside. */
export function offsetsOf(map: TextMap, range: Range, root: Node): { start: number; end: number } | null {
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = offsetOf(map, range.startContainer, range.startOffset, root);
  const end = offsetOf(map, range.endContainer, range.endOffset, root);
  return start === null || end === null || end <= start ? null : { start, end };
}
