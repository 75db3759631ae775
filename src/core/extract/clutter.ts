/**
 * Generic clutter rules, judged by structure (class/id words, link density, size) and by
 * text (the labels every news site prints), never by a list of sites. Each rule is named
 * so the benchmark can measure what it is worth (see docs/extraction.md).
 */
import { linkDensity, textOf } from './dom';
import { formulas } from './formulas';
import { noscriptRemnants } from './noscript';
import { closestTag, type Scan } from './scan';

export interface ClutterRule {
  name: string;
  apply(root: Element, scan: Scan): void;
}

const AD_LABEL = /^[-–—|•\s]*(advertisement|advertising|anzeige|werbung|publicidad|publicité|pubblicità|reklama|sponsored|ad)[-–—|•\s]*$/i;
const AD_CLASS = /(^|[\s_-])(ad|ads|adv|advert|adverts|advertisement|adslot|ad-slot|dfp|gpt-ad|adsense|sponsor|sponsored|taboola|outbrain)([\s_-]|$)/;
const SHARE_CLASS = /(^|[\s_-])(share|sharing|shares|social|sociable|follow|share-?bar|social-?links)([\s_-]|$)/;
const PROMPT_CLASS = /(newsletter|subscribe|subscription|signup|sign-up|cookie|consent|gdpr|paywall|registration|optin|opt-in)/;
const READ_MORE_LABEL = /^\s*(read more|more|related|related articles?|also read|read also|see also|more on this|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|weiterlesen|à lire aussi|lire aussi|voir aussi|auch lesen|lies auch|schon gelesen|lee también|leer más|ver también|lea|lea también|lea más|mira|mire|vea también|puedes ver|le puede interesar|te puede interesar|también te puede interesar|czytaj też|czytaj także|czytaj więcej|zobacz też|zobacz także|leggi anche)\s*[:：»>–-]/i;
const CONTAINER_TAGS = new Set(['DIV', 'ASIDE', 'SECTION', 'UL', 'NAV', 'SPAN', 'FORM', 'DIALOG', 'FIGURE', 'INS', 'LI', 'P']);
const LINE_TAGS = new Set(['P', 'LI', 'DIV', 'H3', 'H4', 'H5', 'H6', 'DD']);

function isSmall(el: Element, maxChars: number): boolean {
  return textOf(el).length <= maxChars;
}

/** Elements named like `pattern` that hold at most `maxChars` of text. */
function removeNamed(scan: Scan, pattern: RegExp, maxChars: number, extra: (el: Element) => boolean = () => true): void {
  for (const [el, names] of scan.names) {
    if (!CONTAINER_TAGS.has(el.tagName.toUpperCase()) || !el.parentNode) continue;
    if (pattern.test(names) && extra(el) && isSmall(el, maxChars)) el.remove();
  }
}

/** "- Advertisement -" labels, with the slot around them, and elements named like ad containers. */
const adSlots: ClutterRule = {
  name: 'ad-slots',
  apply(root, scan) {
    for (const text of scan.texts) {
      if (!AD_LABEL.test(text.nodeValue ?? '')) continue;
      let slot: Element | null = text.parentElement;
      while (slot && slot !== root && slot.parentElement && slot.parentElement !== root && AD_LABEL.test(textOf(slot.parentElement))) {
        slot = slot.parentElement;
      }
      if (slot && slot !== root && AD_LABEL.test(textOf(slot))) slot.remove();
    }
    removeNamed(scan, AD_CLASS, 200);
  },
};

/** Share and follow bars: named so, short, no paragraphs inside. */
const shareBars: ClutterRule = {
  name: 'share-bars',
  apply(_root, scan) {
    removeNamed(scan, SHARE_CLASS, 160, (el) => el.querySelector('p') === null);
  },
};

/** Newsletter, cookie and consent boxes. */
const prompts: ClutterRule = {
  name: 'prompts',
  apply(_root, scan) {
    removeNamed(scan, PROMPT_CLASS, 600);
  },
};

/** A line such as "Read more: <link>" that is only a label and links. */
const readMoreLines: ClutterRule = {
  name: 'read-more-lines',
  apply(root, scan) {
    for (const text of scan.texts) {
      if (!READ_MORE_LABEL.test(text.nodeValue ?? '')) continue;
      const line = closestTag(text, LINE_TAGS, root);
      if (!line || line === root || !line.parentNode) continue;
      const content = textOf(line);
      if (content.length < 300 && READ_MORE_LABEL.test(content) && line.querySelector('a') && linkDensity(line) > 0.4) line.remove();
    }
  },
};

export const PREPARE_RULES: readonly ClutterRule[] = [noscriptRemnants, formulas, adSlots, shareBars, prompts, readMoreLines];
