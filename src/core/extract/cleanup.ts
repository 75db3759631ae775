/**
 * Rules applied to Readability's output: what it still keeps on real news pages, in
 * the order the issue ranks them by lost precision. All generic: structure and text.
 */
import { PREPARE_RULES, type ClutterRule } from './clutter';
import { elementsByTag, linkDensity, textOf } from './dom';
import { isBylineOrDateline, isCreditLine } from './meta-lines';
import type { Scan } from './scan';
import { trailingPrompts } from './trailing-prompts';

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT', 'SECTION', 'FOOTER', 'HEADER', 'ASIDE', 'BLOCKQUOTE', 'SPAN', 'STRONG', 'B', 'EM', 'SMALL', 'TIME', 'ADDRESS', 'FIGURE', 'TABLE', 'UL', 'OL', 'CENTER', 'FONT']);

/** Blocks whose whole text is short: candidates for label and meta-line rules. */
function shortBlocks(scan: Scan, maxChars: number): Array<{ el: Element; text: string }> {
  const out: Array<{ el: Element; text: string }> = [];
  for (const [el, text] of scan.shortTexts()) {
    if (text.length <= maxChars && el.parentNode && BLOCK_TAGS.has(el.tagName.toUpperCase())) out.push({ el, text });
  }
  return out;
}

function removeShortBlocks(scan: Scan, maxChars: number, test: (text: string, el: Element) => boolean): void {
  for (const { el, text } of shortBlocks(scan, maxChars)) if (test(text, el)) el.remove();
}

const COMMENTS_CLASS = /(^|[\s_-])(comments?|comment-list|commentlist|respond|reply|disqus|kommentare)([\s_-]|$)/;
/** Teaser boxes, as a whole class word only: "article-teaser" is many a site's dek. */
const TEASER_CLASS = /(^|\s)(teasers?|teaser-?(list|box|container|wrapper|block))(\s|$)/;
const BIO_CLASS = /(^|[\s_-])(author-?bio|author-?box|about-?the-?author|author-?info|byline|post-?meta|entry-?meta|article-?meta|meta-?info|tags?|tag-?list|post-?tags|breadcrumbs?|related|related-?posts|yarpp|jp-relatedposts|pagination|nav-?links|post-?navigation|nextstory|next-?story|read-?next|more-?stories|post-?ratings?|ratings?|author-?card|saboxplugin-?wrap)([\s_-]|$)/;

/** Removes elements named like `pattern`, within a budget of the article's text. */
function removeNamedWithin(root: Element, scan: Scan, pattern: RegExp): void {
  // A budget, not a per-element cap: on a live blog the article itself is a list of "comments".
  let budget = textOf(root).length * 0.3;
  for (const [el, names] of scan.names) {
    if (el === root || !el.parentNode || !pattern.test(names)) continue;
    const size = textOf(el).length;
    if (size >= budget) continue;
    budget -= size;
    el.remove();
  }
}

/** Comment threads and forms. */
const comments: ClutterRule = {
  name: 'comments',
  apply(root, scan) {
    removeNamedWithin(root, scan, COMMENTS_CLASS);
  },
};

/** Author boxes, meta and tag rows, breadcrumbs, related lists and pagination, by name. */
const namedBlocks: ClutterRule = {
  name: 'named-blocks',
  apply(root, scan) {
    removeNamedWithin(root, scan, BIO_CLASS);
    removeNamedWithin(root, scan, TEASER_CLASS);
  },
};

const TRAILING_HEADING = /^(related|related (articles|posts|stories|coverage|content|links)|more (from|on|stories|articles|news)\b.*|you (might|may) (also )?like|recommended( for you| to you)?|read next|latest news|must read|popular|most (read|popular)|top stories|comments?|\d+ comments?|leave a (reply|comment)|post a comment|add comment|share this( article| story| post)?|share|tags|topics|ähnliche (beiträge|artikel)|verwandte (beiträge|artikel|themen)|weitere (beiträge|artikel|themen|nachrichten)|auch interessant|das könnte (sie|dich) auch interessieren|das (thema|könnte) .* interessieren|empfohlene (beiträge|artikel)|mehr zum thema|mehr (aus|zu|von) .*|kommentare?|\d+ kommentare?|schreibe einen kommentar|kommentar (verfassen|schreiben)|teilen|diesen (artikel|beitrag) teilen|schlagwörter|themen|à lire aussi|articles similaires|sur le même sujet|commentaires?|laisser un commentaire|artículos relacionados|comentarios|noticias relacionadas|podobne artykuły|komentarze|zobacz także|articoli correlati|commenti|you (might|may) also be interested in|further reading|recommended reading|about the author|schon gelesen|zum weiterlesen|lesen sie auch( die folgenden beiträge)?|weitere beiträge( .*)?|mehr themen|beiträge zum thema|noch mehr .*|entdecke weitere .*|über (den autor|die autorin)|zur person|weiterführende links?|weiterführender link|quellen|quellenangaben|meist(-| )?(gelesen|diskutiert|kommentiert)|le puede interesar|te puede interesar|también te puede interesar|lo más leído|más noticias|te recomendamos)\s*[:!?.…]*$/i;

/** Everything after the first node, up the tree to `root`. */
function removeFollowing(node: Element, root: Element): void {
  for (let el: Element | null = node; el && el !== root; el = el.parentElement) {
    while (el.nextSibling) el.nextSibling.remove();
  }
  node.remove();
}

/** A "Related", "Comments" or "You might also like" heading ends the article: it and all after it go. */
const trailingSections: ClutterRule = {
  name: 'trailing-sections',
  apply(root, scan) {
    const total = textOf(root).length;
    for (const { el, text } of shortBlocks(scan, 60)) {
      // A table cell is data ("Comment" as a column's name), never a section heading.
      if (!TRAILING_HEADING.test(text) || el.closest('td, th')) continue;
      const before = textBefore(el, root);
      if (before > total * 0.5) {
        removeFollowing(el, root);
        return;
      }
    }
  },
};

function textBefore(el: Element, root: Element): number {
  let count = 0;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) count += (sib.textContent ?? '').trim().length;
  }
  return count;
}

/**
 * Image captions and credits outside <figcaption>: "Photo: ...", "Bild via ...", "© Getty Images".
 * They are named a credit, which keeps them out of the text (text.ts leaves out what is named
 * so), like every caption; the html keeps them under their picture, as the page shows them.
 */
const credits: ClutterRule = {
  name: 'credits',
  apply(_root, scan) {
    for (const { el, text } of shortBlocks(scan, 150)) if (isCreditLine(text)) el.classList.add('credit');
  },
};

const INLINE_TAGS = new Set(['SPAN', 'STRONG', 'B', 'EM', 'SMALL', 'TIME', 'FONT']);

/** Whether an element stands as a line of its own: a block, or inline with nothing else in its block. */
function isOwnLine(el: Element, text: string, root: Element): boolean {
  let block: Element = el;
  while (INLINE_TAGS.has(block.tagName.toUpperCase()) && block !== root && block.parentElement) block = block.parentElement;
  return block === el || textOf(block) === text;
}

/** Bylines, dates and "updated" lines repeated in the body; a date inside a sentence or a reference stays. */
const metaLines: ClutterRule = {
  name: 'meta-lines',
  apply(root, scan) {
    removeShortBlocks(scan, 100, (text, el) => isBylineOrDateline(text) && isOwnLine(el, text, root));
  },
};

const PROMPT_LINE = /^(share( this)?( on)?|teilen|diesen (artikel|beitrag) teilen|artikel teilen|follow us|folge(n sie)? uns|like us|sign up|subscribe|newsletter|abonnieren|jetzt abonnieren|melden sie sich|never miss|get (our|the) newsletter)\b/i;
/**
 * Share and print buttons: only as a whole line of such names ("Facebook Twitter E-Mail",
 * "Print this article"), since a sentence may start with one ("Facebook believe that …").
 */
const SHARE_LABELS = /^((print|drucken|e-?mail|tweet|whatsapp|facebook|twitter|pinterest|linkedin|xing)( (this|it|us|the|article|story|page|post|on|via|per|artikel|seite))*[\s|,:·•/]*)+$/i;

/** Whole lines that are a button or link label of the page, never prose. */
const UI_LABEL = /^(zurück|zurück zu(r|m) .{1,30}|pinnen|rezept drucken|drucken|bilder? anzeigen|lade weitere inhalte|mehr laden|weitere laden|load more|show more|quellen (aus|ein)blenden|permalink|permalien|drukuj|imprimir|imprimer|nach oben|back to top|zum seitenanfang|ten tekst przeczytasz.{0,30}|opublikowano:?)[\s.!:»›>]*$/i;

/** Newsletter and share prompts left inside the article. */
const promptLines: ClutterRule = {
  name: 'prompt-lines',
  apply(_root, scan) {
    removeShortBlocks(scan, 120, (text) => PROMPT_LINE.test(text) || SHARE_LABELS.test(text) || UI_LABEL.test(text));
  },
};

const LEGAL_LINE = /^(©|\(c\)|copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|wszelkie prawa zastrzeżone|materiał chroniony prawem)|all rights reserved\.?$/i;
const TAGS_LINE = /^(tags?|schlagwörter|schlagworte|stichwörter|themen|kategorien?|categories|filed under|topics|étiquettes|etiquetas|tagi)\s*:/i;

/** Trailing legal lines and tag rows. */
const legalAndTags: ClutterRule = {
  name: 'legal-and-tags',
  apply(_root, scan) {
    removeShortBlocks(scan, 250, (text, el) => LEGAL_LINE.test(text) || (TAGS_LINE.test(text) && linkDensity(el) > 0.3));
  },
};

/** Prose outside links that makes a list item part of the article, not a link to elsewhere. */
const PROSE_ITEM_CHARS = 80;

/**
 * A list that is part of an outline: nested in an item of another list, or holding an
 * item of prose (a changelog's "In progress:" with its bug links, a list of notes).
 */
function isOutline(list: Element): boolean {
  if (list.parentElement?.closest('li')) return true;
  for (const item of list.children) {
    if (item.tagName.toUpperCase() === 'LI' && textOf(item).length * (1 - linkDensity(item)) >= PROSE_ITEM_CHARS) return true;
  }
  return false;
}

/** Lists and boxes that are mostly links: related reads, navigation, breadcrumbs. */
const linkLists: ClutterRule = {
  name: 'link-lists',
  apply(root, scan) {
    for (const el of scan.elements) {
      const tag = el.tagName.toUpperCase();
      if (el === root || !el.parentNode || !['UL', 'OL', 'DIV', 'NAV', 'SECTION', 'ASIDE', 'TABLE'].includes(tag)) continue;
      if ((tag === 'UL' || tag === 'OL') && isOutline(el)) continue;
      const links = elementsByTag(el, 'a').length;
      if (links >= 3 && linkDensity(el) > 0.7 && textOf(el).length < 1000) el.remove();
    }
  },
};

export const CLEANUP_RULES: readonly ClutterRule[] = [
  ...PREPARE_RULES, comments, namedBlocks, trailingSections, credits, metaLines, promptLines, legalAndTags, linkLists, trailingPrompts,
];
