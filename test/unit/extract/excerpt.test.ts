import { describe, expect, it } from 'vitest';
import { clipOf, fixturePage } from './fixture-page';

describe('the excerpt of an article whose byline is its first paragraph', () => {
  it.each([
    ['English', 'byline-first-en.html', 'By Pat Long', /^The ferry to Westholm sailed again on Monday/],
    ['Arabic', 'byline-first-ar.html', 'بقلم سارة الأحمد', /^أبحرت العبارة إلى الجزيرة من جديد/],
    ['Chinese', 'byline-first-zh.html', '记者 王小明', /^周一早上，开往西岛的渡轮恢复航行/],
  ])('%s: the excerpt is the first paragraph of prose, and the byline line is not in the body', (_script, page, byline, prose) => {
    const clip = clipOf(fixturePage(page));
    expect(clip.excerpt).toMatch(prose);
    expect(clip.text).not.toContain(byline);
  });

  it.each([
    ['a dateline', '<p>March 3, 2026</p>'],
    ['a photo credit', '<p>Photo: Lee Marr</p>'],
    ['a Chinese credit', '<p>图/李明</p>'],
    ['an Arabic credit', '<p>تصوير: أحمد علي</p>'],
  ])('skips %s before the prose', (_kind, line) => {
    const html = fixturePage('byline-first-en.html').replace('<p>By Pat Long</p>', line);
    expect(clipOf(html).excerpt).toMatch(/^The ferry to Westholm sailed again on Monday/);
  });
});
