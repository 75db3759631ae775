import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../src/core/sanitize';

const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as { window: Window };
const clean = (html: string): string => sanitizeArticleHtml(html, window);

describe('sanitizing article HTML from a hostile page', () => {
  it('removes scripts, event handlers and style attributes', () => {
    const out = clean('<p onclick="steal()" style="position:fixed">Hi<script>alert(1)</script><img src="https://a.example/x.jpg" onerror="steal()"></p><style>p{}</style>');
    expect(out).toBe('<p>Hi<img src="https://a.example/x.jpg"></p>');
  });

  it('neutralizes javascript: links and data: URLs other than images', () => {
    const out = clean('<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="data:text/html,<script>x</script>">c</a><img src="data:image/png;base64,iVBORw0KGgo="><img src="data:image/svg+xml,<svg onload=alert(1)>">');
    expect(out).not.toMatch(/javascript:|data:text|data:image\/svg/i);
    expect(out).toContain('<img src="data:image/png;base64,iVBORw0KGgo=">');
  });

  it('drops forms and their controls', () => {
    expect(clean('<form action="https://evil.example"><input name="q"><button>Go</button><textarea></textarea></form><p>after</p>')).toBe('<p>after</p>');
  });

  it('keeps video embeds from known players and drops every other iframe', () => {
    const out = clean('<iframe src="https://www.youtube-nocookie.com/embed/abc" allowfullscreen></iframe><iframe src="https://player.vimeo.com/video/1"></iframe><iframe src="https://evil.example/frame"></iframe><iframe srcdoc="<script>x</script>"></iframe><iframe src="http://www.youtube.com/embed/abc"></iframe>');
    expect(out).toContain('src="https://www.youtube-nocookie.com/embed/abc"');
    expect(out).toContain('src="https://player.vimeo.com/video/1"');
    expect(out).not.toMatch(/evil\.example|srcdoc|http:\/\/www\.youtube/);
  });

  it('keeps the structure of an article', () => {
    const article = '<h2>Head</h2><figure><img src="https://a.example/p.jpg" alt="p"><figcaption>Caption</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quote</blockquote><pre><code>let x = 1;</code></pre>';
    expect(clean(article)).toBe(article);
  });

  it('survives mutation-XSS style markup without leaving an executable attribute', () => {
    const out = clean('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><svg><p><style><img src=x onerror=alert(1)></style></p></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/onerror|<script|<svg|<math/i);
  });
});
