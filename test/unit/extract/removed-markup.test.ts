import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/core/extract/pipeline';
import { parseDocument } from '../../../src/core/extract/node';
import { sanitizeArticleHtml } from '../../../src/core/sanitize';
import { fixturePage } from './fixture-page';

const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as { window: Window };
const clean = (html: string): string => sanitizeArticleHtml(html, window);

describe('what removed markup leaves behind', () => {
  it('a link whose address was unsafe or missing becomes its text, not a live-looking link', () => {
    expect(clean('<p>Read <a href="javascript:alert(1)">the statement</a>, <a>the report</a> or <a href="https://ok.example/">the map</a>.</p>'))
      .toBe('<p>Read the statement, the report or <a href="https://ok.example/">the map</a>.</p>');
  });

  it('an image left without a usable source is dropped, not shown broken', () => {
    expect(clean('<p>A<img onerror="alert(1)">B<img src="javascript:alert(1)" alt="x">C<img srcset="https://a.example/p.jpg 2x">D</p>'))
      .toBe('<p>ABC<img srcset="https://a.example/p.jpg 2x">D</p>');
  });

  it('a <noscript> closed early by a quote in its markup leaves neither its payload nor a "\\">" fragment as text', () => {
    const html = fixturePage('byline-first-en.html').replace('<p>By Pat Long</p>', '<p id="slot"></p>');
    const doc = parseDocument(html, 'https://news.example/story');
    // What a browser's parser builds from <noscript><p title="</noscript><img src=x onerror=alert(1)>">Enable JavaScript.</p></noscript>
    // with scripting on: raw text up to the first </noscript>, then real markup and the attribute's tail as text.
    const slot = doc.getElementById('slot')!;
    const noscript = doc.createElement('noscript');
    noscript.append(doc.createTextNode('<p title="'));
    const img = doc.createElement('img');
    img.setAttribute('src', 'x');
    img.setAttribute('onerror', 'alert(1)');
    slot.before(noscript, img, doc.createTextNode('">Enable JavaScript.'));
    const result = runPipeline(doc, 'https://news.example/story');
    if (!result.ok) throw new Error(result.message);
    expect(result.clip.text).not.toMatch(/">|Enable JavaScript/);
    expect(result.clip.html).not.toMatch(/">Enable|Enable JavaScript|<img/i);
  });
});
