import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const seedPage = path.resolve(repoRoot, 'test/fixtures/extract/seed-page.html');
const CLIP_FIELDS = [
  'url', 'canonicalUrl', 'title', 'byline', 'siteName', 'excerpt', 'lang', 'dir', 'publishedTime', 'modifiedTime',
  'leadImageUrl', 'faviconUrl', 'wordCount', 'readingMinutes', 'suggestedTags', 'html', 'text', 'extraction',
];

function clip(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/clip.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the clip command', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'quire-clip-'));
  const emptyPage = path.join(dir, 'empty.html');
  writeFileSync(emptyPage, '<!doctype html><html><head><title>Nothing</title></head><body></body></html>');
  const latin1Page = path.join(dir, 'latin1.html');
  const paragraph = 'Die Straße führt über die Brücke zum Schloss, wo die Bürger jeden Sommer ein großes Fest feiern. ';
  writeFileSync(latin1Page, Buffer.from(`<html><head><meta charset="iso-8859-1"><title>Fest</title></head><body><article><p>${paragraph.repeat(8)}</p></article></body></html>`, 'latin1'));

  it('prints one JSON object with exactly the clip fields for one file', () => {
    const run = clip(seedPage, '--url', 'https://www.iranfocus.com/en/terrorism/iran-terror-threats-reach-albania/');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(CLIP_FIELDS);
    expect(output.title).toBe('Iran Terror Threats Reach Albania');
    expect(output.url).toBe('https://www.iranfocus.com/en/terrorism/iran-terror-threats-reach-albania/');
  });

  it('prints one JSON line per file, with "file", and decodes legacy charsets', () => {
    const run = clip(seedPage, latin1Page);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual([seedPage, latin1Page]);
    expect(Object.keys(lines[0])).toEqual(['file', ...CLIP_FIELDS]);
    expect(lines[1].text).toContain('Die Straße führt über die Brücke');
  });

  it('reports a missing file and a page without an article on stderr, goes on, and exits 2', () => {
    const missing = path.join(dir, 'missing.html');
    const run = clip(missing, emptyPage, seedPage);
    expect(run.status).toBe(2);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(new RegExp(`^clip: ${missing}: .*file not found`));
    expect(errors[1]).toMatch(new RegExp(`^clip: ${emptyPage}: no-article`));
    expect(JSON.parse(run.stdout.trim()).file).toBe(seedPage);
  });
});
