/**
 * The in-memory full-text index, in two MiniSearch parts: the metadata (title, byline,
 * site, tags), small and rewritten on every tag change, and the body text, large and
 * only touched when the content itself changes. A tag rename therefore never needs the
 * bodies of the articles it touches.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { processTerm, queryOccurrences, queryTerms, tokenize } from './tokenize';

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

/** Whether a query's term is a prefix, and how many typos it takes: each index's rule. */
interface TermRules {
  prefix: (term: string, i: number, terms: string[]) => boolean;
  fuzzy: (term: string) => number | false;
}

const META_RULES: TermRules = {
  // Prefix on the word being typed (the last), where it helps; on every word it only
  // widens the search, and costs most on long queries.
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
  // One typo, and only in words long enough for one typo to leave them recognizable.
  fuzzy: (term) => (term.length >= 4 ? 1 : false),
};

const SEARCH: SearchOptions = { combineWith: 'OR', ...META_RULES };

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
const CONTENT_RULES: TermRules = {
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 4,
  fuzzy: (term) => (term.length >= 5 ? 1 : false),
};

const CONTENT_SEARCH: SearchOptions = { combineWith: 'OR', ...CONTENT_RULES };

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

  /**
   * The same hits as a set, for a list sorted otherwise: found without scoring one. Each
   * required term is searched alone, with the prefix and typo it has in the whole query, in
   * both indexes; MiniSearch hands every document it finds to `boostDocument` before it
   * scores it, and a boost of 0 skips the score and the result, so what is left of the
   * search is its walk of the index. The hits are the documents every term found.
   */
  matching(query: string): Set<string> {
    const terms = queryOccurrences(query);
    const required = [...new Set(terms)].slice(0, MAX_REQUIRED_TERMS);
    if (required.length === 0) return new Set();
    const found = new Map(required.map((term) => [term, new Set<string>()]));
    terms.forEach((term, i) => {
      const ids = found.get(term);
      if (!ids) return;
      const collect = (id: unknown) => {
        ids.add(id as string);
        return 0;
      };
      const alone = (rules: TermRules): SearchOptions => ({
        tokenize: () => [term],
        processTerm: (t) => t,
        prefix: rules.prefix(term, i, terms),
        fuzzy: rules.fuzzy(term),
        boostDocument: collect,
      });
      this.meta.search(term, alone(META_RULES));
      this.content.search(term, alone(CONTENT_RULES));
    });
    const [fewest, ...others] = [...found.values()].sort((a, b) => a.size - b.size);
    if (others.length === 0) return fewest!;
    const hits = new Set<string>();
    for (const id of fewest!) if (others.every((ids) => ids.has(id))) hits.add(id);
    return hits;
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
