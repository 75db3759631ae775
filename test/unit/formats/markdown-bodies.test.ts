import fc from 'fast-check';
import { DOMParser as LinkedomParser } from 'linkedom';
import TurndownService from 'turndown';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodiesToMarkdown } from '../../../src/core/formats/markdown-bodies';
import { htmlToMarkdown } from '../../../src/core/formats/markdown-text';
import { escapeHtml } from '../../../src/core/escape-html';

/** Stock turndown with the export's options: what every body must still convert to. */
const stock = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });

const BODIES = [
  '<h2>Section</h2><p>Some <strong>bold</strong> and <em>emphasis</em> with <a href="https://example.org/a_(b)">a link</a>.</p>',
  '<figure><img src="https://img.example/1.jpg" alt="A *photo*"><figcaption>Caption</figcaption></figure>',
  '<ul><li>one</li><li>two <code>x*y</code></li></ul><ol start="3"><li>three</li></ol>',
  '<blockquote><p>Quoted 1. not a list</p></blockquote><pre><code class="language-js">let a = 1;\n</code></pre>',
  '<p>   </p><p>After a blank paragraph</p>',
];

describe('article bodies to Markdown', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('text that looks like Markdown stays literal', () => {
    const html = '<p>1. not a list</p><p>*stars* and _under_ and `ticks` and [brackets](x)</p><p># not a heading</p><p>- not a bullet</p><p>&gt; not a quote</p>';
    expect(htmlToMarkdown(html)).toBe(
      ['1\\. not a list', '\\*stars\\* and \\_under\\_ and \\`ticks\\` and \\[brackets\\](x)', '\\# not a heading', '\\- not a bullet', '\\> not a quote'].join('\n\n'),
    );
  });

  it('any paragraph text converts exactly as stock turndown converts it', () => {
    const markdownish = fc.string({ unit: fc.constantFrom('\\', '*', '-', '+', ' ', '=', '#', '`', '~', '[', ']', '>', '_', '1', '.', 'a', '\n') });
    fc.assert(
      fc.property(markdownish, markdownish, (first, second) => {
        const html = `<p>${escapeHtml(first)}</p><p>x <em>${escapeHtml(second)}</em></p>`;
        expect(htmlToMarkdown(html)).toBe(stock.turndown(html));
      }),
      { numRuns: 300 },
    );
  });

  it('a batch parsed at once converts each body as it would alone', () => {
    const expected = BODIES.map((html) => stock.turndown(html));
    vi.stubGlobal('DOMParser', LinkedomParser);
    const convert = vi.spyOn(TurndownService.prototype, 'turndown');
    expect(bodiesToMarkdown(BODIES)).toEqual(expected);
    expect(convert.mock.calls.map(([input]) => typeof input)).toEqual(BODIES.map(() => 'object'));
  });

  it('a body that would spill into its neighbours is converted on its own', () => {
    vi.stubGlobal('DOMParser', LinkedomParser);
    const parse = vi.spyOn(LinkedomParser.prototype, 'parseFromString');
    const bodies = ['<p>first</template><p>spilled</p>', '<p>second</p>'];
    expect(bodiesToMarkdown(bodies)).toEqual(bodies.map((html) => stock.turndown(html)));
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
