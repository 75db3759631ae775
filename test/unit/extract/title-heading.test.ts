import { describe, expect, it } from 'vitest';
import { clipOf, fixturePage } from './fixture-page';

describe('the title is shown once, whatever the script', () => {
  it.each([
    ['English', 'byline-first-en.html', 'The ferry returns to Westholm'],
    ['Arabic', 'byline-first-ar.html', 'عودة العبارة إلى الجزيرة'],
    ['Chinese', 'byline-first-zh.html', '渡轮重返西岛'],
  ])('%s: the heading that repeats the title leaves the body', (_script, page, title) => {
    const clip = clipOf(fixturePage(page));
    expect(clip.title).toBe(title);
    expect(clip.html).not.toContain(title);
  });

  it.each([
    ['Arabic with other punctuation and a tatweel', 'byline-first-ar.html', 'عودة العبارة إلى الجزيرة', 'عـودة العبارة إلى الجزيرة!'],
    ['Chinese in full-width punctuation', 'byline-first-zh.html', '渡轮重返西岛', '渡轮重返西岛！'],
  ])('%s: the heading still counts as the title', (_kind, page, title, heading) => {
    const clip = clipOf(fixturePage(page).replace(`<h1>${title}</h1>`, `<h1>${heading}</h1>`));
    expect(clip.html).not.toMatch(/<h[12]\b/i);
  });

  it('a heading that is not the title stays', () => {
    const html = fixturePage('byline-first-zh.html').replace('<h1>渡轮重返西岛</h1>', '<h2>港口新闻</h2>');
    expect(clipOf(html).html).toContain('港口新闻');
  });
});
