/**
 * The last lines of many articles are the site talking, not the story: "download our
 * apps", "follow us on Twitter", "subscribe", "did you like this article?", "Werbung".
 * Only the article's last few short blocks are judged, so a story about newsletters or
 * apps keeps its body.
 */
import type { ClutterRule } from './clutter';
import { hasDescendantTag, textOf } from './dom';

const CALL_TO_ACTION = new RegExp(
  [
    'subscribe', 'subscriber', 'subscription', 'newsletter', 'download (the|our)', 'follow (us|the)', 'on (twitter|facebook|instagram)',
    'telegram', 'whatsapp', 'youtube', 'sign up', 'log in', 'enjoyed (reading|this)', 'hear what you think', 'letter to the editor',
    'support (our|us)', 'abonn', 'folge(n sie)? uns', 'gefällt (dir|ihnen)', 'artikel gefallen', 'teilen sie', 'werbung', 'anzeige',
    'suscr[ií]b', 'suscripci', 'únete', 'síguenos', 'canal de', 'hazte miembro', 'subskrypc', 'zapraszamy',
  ].map((words) => `(?<!\\p{L})(${words})`).join('|'),
  'iu',
);
const LAST_BLOCKS = 5;
const MAX_CHARS = 300;
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ASIDE', 'DD']);

export const trailingPrompts: ClutterRule = {
  name: 'trailing-prompts',
  apply(root, scan) {
    let seen = 0;
    // The scan is in document order, so walking it backwards meets the last blocks first.
    for (let i = scan.elements.length - 1; i >= 0 && seen < LAST_BLOCKS; i--) {
      const el = scan.elements[i] as Element;
      if (!BLOCKS.has(el.tagName.toUpperCase()) || !root.contains(el) || hasDescendantTag(el, BLOCKS)) continue;
      const text = textOf(el);
      if (!text) continue;
      seen++;
      if (text.length <= MAX_CHARS && CALL_TO_ACTION.test(text)) el.remove();
    }
  },
};
