/** Article metadata from JSON-LD: the most reliable source when a page has it. */

const ARTICLE_TYPE = /^(Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|TechArticle|ScholarlyArticle|SocialMediaPosting|LiveBlogPosting|Report|WebPage)$/;

export interface JsonLdMeta {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  modifiedTime?: string;
  excerpt?: string;
  imageUrl?: string;
  lang?: string;
  tags: string[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(value: unknown, into: Json[]): void {
  if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (isObject(value)) {
    into.push(value);
    if (value['@graph']) collect(value['@graph'], into);
  }
}

function types(item: Json): string[] {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (isObject(value)) return names(value.name);
  return [];
}

function imageUrl(value: unknown): string | undefined {
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (isObject(value)) return str(value.url) ?? str(value.contentUrl);
  return str(value);
}

function keywords(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keywords);
  return typeof value === 'string' ? value.split(',').map((k) => k.trim()).filter(Boolean) : [];
}

function parseScripts(doc: Document): Json[] {
  const items: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), items);
    } catch {
      // A broken block on the page is common and not ours to fix; the other sources remain.
    }
  }
  return items;
}

function pickArticle(items: Json[]): Json | undefined {
  const articles = items.filter((item) => types(item).some((t) => ARTICLE_TYPE.test(t)));
  return articles.find((item) => !types(item).includes('WebPage')) ?? articles[0];
}

export function readJsonLd(doc: Document): JsonLdMeta {
  const article = pickArticle(parseScripts(doc));
  if (!article) return { tags: [] };
  const authors = names(article.author);
  const publisher = article.publisher;
  return {
    title: str(article.headline) ?? str(article.name),
    byline: authors.length ? authors.join(', ') : undefined,
    siteName: isObject(publisher) ? str(publisher.name) : undefined,
    publishedTime: str(article.datePublished) ?? str(article.dateCreated),
    modifiedTime: str(article.dateModified),
    excerpt: str(article.description),
    imageUrl: imageUrl(article.image) ?? imageUrl(article.thumbnailUrl),
    lang: str(article.inLanguage),
    tags: [...keywords(article.keywords), ...keywords(article.articleSection)],
  };
}

/** The article's `articleBody` (or `text`), the full text some sites put in their JSON-LD, when it is there. */
export function readJsonLdBody(doc: Document): string | undefined {
  const article = pickArticle(parseScripts(doc));
  return article ? (str(article.articleBody) ?? str(article.text)) : undefined;
}
