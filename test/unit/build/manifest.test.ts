import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { manifestFor, TEST_HOST_PERMISSION } from '../../../scripts/build/manifest';
import { mergedMessages } from '../../../scripts/build/locales';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const source = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));

describe('the manifest each browser gets', () => {
  test('Chrome runs the background as a service worker and carries no Gecko settings', () => {
    const chrome = manifestFor(source, 'chrome');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  test('Firefox runs the background as scripts, with its id, minimum version and data collection statement', () => {
    const firefox = manifestFor(source, 'firefox') as { background: unknown; browser_specific_settings: { gecko: unknown } };
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({
      id: expect.any(String),
      strict_min_version: expect.any(String),
      data_collection_permissions: { required: ['none'] },
    });
  });

  test("sync's alarms in both; the offscreen document where Chrome sanitizes synced bodies in Chrome's only", () => {
    expect(manifestFor(source, 'chrome').permissions).toEqual(expect.arrayContaining(['alarms', 'offscreen']));
    const firefox = manifestFor(source, 'firefox').permissions;
    expect(firefox).toContain('alarms');
    expect(firefox).not.toContain('offscreen');
  });

  test('only the test build gains host permission, and only for the local test server', () => {
    expect(manifestFor(source, 'chrome').host_permissions).toBeUndefined();
    expect(manifestFor(source, 'firefox', { test: true }).host_permissions).toEqual([TEST_HOST_PERMISSION]);
  });

  test("the pages' inline styles are allowed by their hashes alone: style-src gains them, scripts stay 'self' only", () => {
    const csp = (manifest: Record<string, unknown>) => (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    const built = csp(manifestFor(source, 'firefox', { styles: ["'sha256-abc='"] }));
    expect(built).toContain("style-src 'self' 'sha256-abc=';");
    expect(built).toContain("script-src 'self';");
    expect(built).not.toContain('unsafe-inline');
    expect(csp(manifestFor(source, 'chrome'))).toBe(csp(source));
  });

  test('the source manifest asks for no host access at install', () => {
    expect(source.host_permissions).toBeUndefined();
    expect(source.permissions).not.toContain('<all_urls>');
  });
});

describe('translations', () => {
  test('every __MSG_ key in the manifest exists in the English strings', async () => {
    const messages = await mergedMessages('en');
    const keys = [...JSON.stringify(source).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(messages, key).toHaveProperty(key);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(ROOT, dir, f));
}

test('every string the code asks for with t() exists in the English strings', async () => {
  const messages = await mergedMessages('en');
  const used = ['src', 'popup', 'options', 'reader']
    .flatMap(sourceFiles)
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(\w+)'/g)].map((m) => m[1]!));
  expect(used.length).toBeGreaterThan(0);
  expect(used.filter((key) => !(key in messages))).toEqual([]);
});
