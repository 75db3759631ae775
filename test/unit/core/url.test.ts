import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { plainUrlAndKey } from '../../../src/core/plain-url';
import { canonicalizeUrl, canonicalUrlAndKey, parsedUrlAndKey, urlKey } from '../../../src/core/url';
import { anyLink } from './link-arbitrary';

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

describe('plain links, canonicalized without the URL parser', () => {
  test('come out exactly as the parser makes them, canonical URL and key', () => {
    fc.assert(
      fc.property(anyLink, (raw) => {
        const plain = plainUrlAndKey(raw.trim());
        if (plain) expect(plain).toEqual(parsedUrlAndKey(raw));
      }),
      { numRuns: 20_000 },
    );
  });

  test('are the links people save; anything a parser would rewrite is left to it', () => {
    for (const link of ['https://www.news.example/2026/11/28/story-title.html', 'http://blog.example/p?id=7&utm_source=feed#comments', 'https://news.example']) {
      expect(plainUrlAndKey(link)).not.toBeNull();
    }
    for (const link of ['HTTPS://news.example/', 'https://news.example:8443/a', 'https://news.example/caf%C3%A9', 'https://news.example/a/../b', 'https://1.2.3.4/a', 'https://xn--bcher-kva.example/', "https://news.example/?q='a'"]) {
      expect(plainUrlAndKey(link)).toBeNull();
    }
  });
});
