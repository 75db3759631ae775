/**
 * The in-memory full-text index, in two MiniSearch parts: the metadata (title, byline,
 * site, tags), small and rewritten on every tag change, and the body text, large and
 * only touched when the content itself changes. A tag rename therefore never needs the
 * bodies of the articles it touches.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { processTerm, queryTerms, tokenize } from './tokenize';

export interface MetaDoc {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  tags: string[];
}

export interface ContentDoc {
  id: string;
  text: string;
}

/** Bump when tokenizing or fields change: older snapshots are then rebuilt. */
export const INDEX_FORMAT = 1;

const META_FIELDS = ['title', 'byline', 'siteName', 'tags'];
const BOOST = { title: 3, tags: 2, siteName: 1.5, byline: 1.5 };
/** Terms of a query that must all match; one bit each in a 31-bit mask. */
const MAX_REQUIRED_TERMS = 31;
/** Body matches weigh less than a match in the title or tags. */
const CONTENT_WEIGHT = 0.6;

const SEARCH: SearchOptions = {
  combineWith: 'OR',
  // Prefix on the word being typed (the last), where it helps; on every word it only
  // widens the search, and costs most on long queries.
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
  // One typo, and only in words long enough for one typo to leave them recognizable.
  fuzzy: (term) => (term.length >= 4 ? 1 : false),
};

const metaOptions = {
  fields: META_FIELDS,
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => processTerm(term),
  extractField: (doc: MetaDoc, field: string) => {
    const value = (doc as unknown as Record<string, unknown>)[field];
    return Array.isArray(value) ? value.join(' ') : value;
  },
  searchOptions: { ...SEARCH, boost: BOOST },
};

/**
 * In the bodies, a short beginning stands for thousands of words, each found in most
 * articles, and scoring them all took seconds at 10,000 articles: the body takes the word
 * being typed as a prefix from its fourth letter, and a typo from its fifth. Titles, tags,
 * sites and bylines take both from the second and the fourth.
 */
const CONTENT_SEARCH: SearchOptions = {
  combineWith: 'OR',
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 4,
  fuzzy: (term) => (term.length >= 5 ? 1 : false),
};

const contentOptions = {
  fields: ['text'],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => processTerm(term),
  searchOptions: CONTENT_SEARCH,
};

export class SearchEngine {
  private constructor(
    private readonly meta: MiniSearch<MetaDoc>,
    private readonly content: MiniSearch<ContentDoc>,
  ) {}

  static empty(): SearchEngine {
    return new SearchEngine(new MiniSearch(metaOptions), new MiniSearch(contentOptions));
  }

  static fromJSON(meta: string, content: string): SearchEngine {
    return new SearchEngine(MiniSearch.loadJSON(meta, metaOptions), MiniSearch.loadJSON(content, contentOptions));
  }

  toJSON(): { meta: string; content: string } {
    return { meta: JSON.stringify(this.meta), content: JSON.stringify(this.content) };
  }

  get size(): number {
    return this.meta.documentCount;
  }

  /** Indexes the metadata, and the body when given; a body left out keeps its old entry. */
  upsert(meta: MetaDoc, text?: string): void {
    if (this.meta.has(meta.id)) this.meta.discard(meta.id);
    this.meta.add(meta);
    if (text === undefined) return;
    if (this.content.has(meta.id)) this.content.discard(meta.id);
    if (text) this.content.add({ id: meta.id, text });
  }

  remove(id: string): void {
    if (this.meta.has(id)) this.meta.discard(id);
    if (this.content.has(id)) this.content.discard(id);
  }

  /** Ids of the articles matching every term of the query, best first. */
  search(query: string): string[] {
    return this.scored(query)
      .sort((a, b) => b[1].score - a[1].score)
      .map(([id]) => id);
  }

  /** The same ids in no particular order, for a list sorted otherwise: thousands of hits are not sorted for nothing. */
  matching(query: string): string[] {
    return this.scored(query).map(([id]) => id);
  }

  private scored(query: string): [string, { score: number; matched: number }][] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    // Which terms an article matched, as bits: a Set per hit cost more than the search itself at
    // 10,000 hits. Bits are 31 to a number: a longer query (a pasted sentence) requires its first 31.
    const required = terms.slice(0, MAX_REQUIRED_TERMS);
    const bit = new Map(required.map((term, i) => [term, 1 << i]));
    const all = required.length === MAX_REQUIRED_TERMS ? 0x7fffffff : (1 << required.length) - 1;
    const hits = new Map<string, { score: number; matched: number }>();
    const collect = (results: ReturnType<MiniSearch['search']>, weight: number) => {
      for (const result of results) {
        let matched = 0;
        for (const term of result.queryTerms) matched |= bit.get(term) ?? 0;
        const hit = hits.get(result.id);
        if (hit) {
          hit.score += result.score * weight;
          hit.matched |= matched;
        } else hits.set(result.id, { score: result.score * weight, matched });
      }
    };
    collect(this.meta.search(query), 1);
    collect(this.content.search(query), CONTENT_WEIGHT);
    return [...hits].filter(([, hit]) => hit.matched === all);
  }
}
