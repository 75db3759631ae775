import { describe, expect, test } from 'vitest';
import { isRestrictedUrl } from '../../../src/background/restricted';

describe('pages Quire may not read', () => {
  test.each([
    'chrome://extensions/',
    'chrome://newtab/',
    'edge://settings',
    'about:blank',
    'about:addons',
    'view-source:https://example.com/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup/index.html',
    'moz-extension://1234/page.html',
    'https://chrome.google.com/webstore/detail/abc',
    'https://chromewebstore.google.com/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
    'https://example.com/report.pdf',
    'data:text/html,<p>hi</p>',
    'not a url',
    '',
  ])('%s is restricted', (url) => {
    expect(isRestrictedUrl(url, true)).toBe(true);
  });

  test.each(['https://example.com/news/story', 'http://127.0.0.1:8080/pages/plain.html', 'https://addons.example.org/x'])('%s may be read', (url) => {
    expect(isRestrictedUrl(url, false)).toBe(false);
  });

  test('local files are readable only once the user allowed file access', () => {
    expect(isRestrictedUrl('file:///home/me/page.html', false)).toBe(true);
    expect(isRestrictedUrl('file:///home/me/page.html', true)).toBe(false);
    expect(isRestrictedUrl('file:///home/me/paper.pdf', true)).toBe(true);
  });
});
