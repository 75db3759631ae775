import { describe, expect, test } from 'vitest';
import type { ExtractResult } from '../../../src/core/clip';
import { withMarkdown } from '../../../src/core/clip-markdown';
import { clip } from '../storage/helpers';

describe('a clip carries its Markdown to the background', () => {
  test("a clip with a body gets the body's Markdown", () => {
    const result = withMarkdown({ ok: true, clip: clip({ html: '<h2>Part</h2><p>Some <em>text</em> and <a href="https://m.example/a">a link</a>.</p>' }) });
    expect(result).toMatchObject({ ok: true, clip: { markdown: '## Part\n\nSome *text* and [a link](https://m.example/a).' } });
  });

  test('a clip without a body, or a failure, comes back as it was', () => {
    const failure: ExtractResult = { ok: false, reason: 'no-article', message: 'No article.' };
    expect(withMarkdown(failure)).toBe(failure);
    for (const html of [null, '', '  ']) expect(withMarkdown({ ok: true, clip: clip({ html }) })).toEqual({ ok: true, clip: clip({ html }) });
  });
});
