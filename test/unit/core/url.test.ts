import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalizeUrl, canonicalUrlAndKey, urlKey } from '../../../src/core/url';

describe('canonical URLs', () => {
  test('drop tracking parameters and the fragment, keep real parameters', () => {
    expect(
      canonicalizeUrl('https://news.example/a?id=7&utm_source=x&utm_medium=y&fbclid=z&gclid=1&mc_cid=2&mc_eid=3&igshid=4&ref_src=5#top'),
    ).toBe('https://news.example/a?id=7');
  });

  test('leave no dangling question mark when every parameter was tracking', () => {
    expect(canonicalizeUrl('https://news.example/a?utm_campaign=spring')).toBe('https://news.example/a');
  });

  test('resolve relative URLs against a base', () => {
    expect(canonicalizeUrl('/story', 'https://news.example/section/')).toBe('https://news.example/story');
  });

  test('refuse what is not an http(s) page', () => {
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalizeUrl('chrome://settings')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
  });
});

describe('the key that makes two saves one article', () => {
  test('ignores scheme, www., trailing slash, parameter order and tracking', () => {
    const key = urlKey('https://www.news.example/a/?b=2&a=1&utm_source=feed');
    expect(urlKey('http://news.example/a?a=1&b=2')).toBe(key);
  });

  test('still tells different articles apart', () => {
    expect(urlKey('https://news.example/a?id=1')).not.toBe(urlKey('https://news.example/a?id=2'));
    expect(urlKey('https://news.example/a')).not.toBe(urlKey('https://other.example/a'));
  });

  test('is the same from a link and from its canonical URL, which an import computes in one parse', () => {
    const part = fc.constantFrom('a', 'b', 'utm_source', 'fbclid', 'q', '%20x', 'é', '', '+', '=');
    const link = fc
      .record({
        scheme: fc.constantFrom('http', 'https', 'ftp'),
        host: fc.constantFrom('news.example', 'www.news.example', 'news.example:8080', 'NEWS.example'),
        path: fc.array(part, { maxLength: 3 }),
        slash: fc.boolean(),
        query: fc.array(fc.tuple(part, part), { maxLength: 4 }),
        hash: fc.option(part),
      })
      .map(({ scheme, host, path, slash, query, hash }) => {
        const search = query.length ? `?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
        return `${scheme}://${host}/${path.join('/')}${slash ? '/' : ''}${search}${hash === null ? '' : `#${hash}`}`;
      });
    fc.assert(
      fc.property(link, (raw) => {
        const { canonical, key } = canonicalUrlAndKey(raw);
        expect(canonical).toBe(canonicalizeUrl(raw));
        expect(urlKey(canonical ?? raw)).toBe(key);
      }),
    );
  });
});
