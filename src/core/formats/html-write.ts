import type { Article } from '../article';
import { localDate } from './dates';
import { escapeHtml } from '../escape-html';

/** Scripts and remote loads are refused even if an escaped value were ever misread. */
const HEAD = `<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; background: #fff; }
li { margin: 0 0 1rem; } a { color: #0645ad; } .meta { color: #666; font-size: .875rem; } .tag { background: #eee; border-radius: 3px; padding: 0 .3em; margin-right: .3em; }
blockquote { margin: .25rem 0 0; color: #444; }
@media (prefers-color-scheme: dark) { body { color: #ddd; background: #181818; } a { color: #8ab4f8; } .meta { color: #aaa; } .tag { background: #333; } blockquote { color: #bbb; } }
</style>`;

function item(article: Article): string {
  const facts = [article.siteName, article.byline, `saved ${localDate(article.savedAt)}`, article.favorite ? '★' : null]
    .filter((fact): fact is string => Boolean(fact))
    .map(escapeHtml)
    .join(' · ');
  const tags = article.tags.map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`).join('');
  const excerpt = article.excerpt ? `<blockquote>${escapeHtml(article.excerpt)}</blockquote>` : '';
  return `<li><a href="${escapeHtml(article.url)}" rel="noopener noreferrer">${escapeHtml(article.title)}</a><div class="meta">${facts} ${tags}</div>${excerpt}</li>`;
}

function section(heading: string, articles: readonly Article[]): string {
  return articles.length === 0 ? '' : `<section><h2>${heading} (${articles.length})</h2><ol>\n${articles.map(item).join('\n')}\n</ol></section>`;
}

/** A reading list that opens in any browser: one file, inline style, every value escaped, no script. */
export function writeHtmlList(articles: readonly Article[], now: Date): string {
  return `<!DOCTYPE html>
<html lang="en"><head>${HEAD}
<title>Quire reading list ${localDate(now)}</title></head>
<body><h1>Quire reading list</h1>
<p class="meta">Exported ${localDate(now)}: ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}.</p>
${section('Unread', articles.filter((a) => a.status === 'unread'))}
${section('Archived', articles.filter((a) => a.status === 'archived'))}
</body></html>
`;
}
