import { describe, expect, test } from 'vitest';
import { asLink, candidateVersions, isUnsure, keptExtraction, versionOf, withoutAlternatives } from '../../../src/core/clip-choice';
import { LOW_CONFIDENCE, type Clip, type Extraction } from '../../../src/core/clip';
import { clip as storyClip } from '../storage/helpers';
import { clipOf, fixturePage } from '../extract/fixture-page';

const extraction = (confidence: number): Extraction => ({
  confidence,
  used: 'readability',
  alternatives: [
    { kind: 'main-block', html: '<p>Longer body of the whole story, all of it.</p>', text: 'Longer body of the whole story, all of it.', wordCount: 9, score: 0.4 },
    { kind: 'json-ld', html: '<p>As the site tells it.</p>', text: 'As the site tells it.', wordCount: 5, score: 0.3 },
  ],
});

const unsure: Clip = { ...storyClip(), wordCount: 5, readingMinutes: 1, markdown: 'Body text of the story.', extraction: extraction(LOW_CONFIDENCE - 0.1) };

describe('how sure the popup says extraction was', () => {
  test('a clip below LOW_CONFIDENCE is unsure; one at it, or one from before extraction said, is not', () => {
    expect(isUnsure(unsure)).toBe(true);
    expect(isUnsure({ ...unsure, extraction: extraction(LOW_CONFIDENCE) })).toBe(false);
    expect(isUnsure(storyClip())).toBe(false);
  });
});

describe('the page the popup-unsure real-browser test clips', () => {
  test('two-stories.html, one story on the page and another as strong in its JSON-LD, is clipped unsure, with that story as the other version', () => {
    const clip = clipOf(fixturePage('two-stories.html'));
    expect(isUnsure(clip)).toBe(true);
    expect(clip.text).toMatch(/^The harbour festival came back/);
    expect(clip.extraction?.alternatives.map((alt) => [alt.kind, alt.text.slice(0, 30)])).toEqual([['json-ld', 'The town library opened its ne']]);
  });
});

describe('the versions the popup offers', () => {
  test("the pipeline's pick comes first, then each other candidate, best first, each with its own body and word count", () => {
    const versions = candidateVersions(unsure);
    expect(versions.map((v) => v.source)).toEqual(['readability', 'main-block', 'json-ld']);
    expect(versions[0]!.clip).toBe(unsure);
    expect(versions[1]!.clip).toMatchObject({ html: '<p>Longer body of the whole story, all of it.</p>', text: 'Longer body of the whole story, all of it.', wordCount: 9, readingMinutes: 1 });
    expect(versions[1]!.clip.extraction).toMatchObject({ confidence: unsure.extraction!.confidence, used: 'main-block' });
  });

  test('another body keeps the title, byline and the rest, and drops the Markdown made of the old body', () => {
    const other = candidateVersions(unsure)[2]!.clip;
    expect(other).toMatchObject({ title: unsure.title, byline: unsure.byline, url: unsure.url, excerpt: unsure.excerpt });
    expect(other.markdown).toBeUndefined();
  });

  test("the selection or the page text read from the tab replaces the body, with that body's own Markdown and counted words", () => {
    const selected = versionOf(unsure, 'selection', { html: '<p>Just these four words</p>', text: 'Just these four words', markdown: 'Just these four words' });
    expect(selected).toMatchObject({ html: '<p>Just these four words</p>', wordCount: 4, readingMinutes: 1, markdown: 'Just these four words', title: unsure.title });
    expect(selected.extraction?.used).toBe('selection');
  });

  test('"Link only" keeps what is known of the page and no body', () => {
    const link = asLink(unsure);
    expect(link).toMatchObject({ title: unsure.title, url: unsure.url, html: null, text: null, wordCount: null, readingMinutes: null });
    expect(link.markdown).toBeUndefined();
    expect(link.extraction).toBeUndefined();
  });
});

describe('what is stored of the extraction', () => {
  test('the confidence and the version kept, never the alternatives; nothing for a clip without a body', () => {
    expect(keptExtraction(candidateVersions(unsure)[1]!.clip)).toEqual({ confidence: unsure.extraction!.confidence, used: 'main-block' });
    expect(keptExtraction({ ...unsure, html: null })).toBeUndefined();
    expect(keptExtraction(storyClip())).toBeUndefined();
  });

  test('a save sends the clip without the alternatives, which storage would not keep', () => {
    const sent = withoutAlternatives(unsure);
    expect(sent.extraction).toEqual({ confidence: unsure.extraction!.confidence, used: 'readability', alternatives: [] });
    expect(sent.html).toBe(unsure.html);
    expect(withoutAlternatives(storyClip())).toEqual(storyClip());
  });
});
