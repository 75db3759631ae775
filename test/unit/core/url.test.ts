import { describe, expect, test } from 'vitest';
import { canonicalizeUrl, urlKey } from '../../../src/core/url';

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
});
