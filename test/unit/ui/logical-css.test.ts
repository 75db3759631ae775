/**
 * Every stylesheet of the pages lays out with logical properties, so a right-to-left
 * UI or article mirrors: no margin-left, right:, text-align: left, nor a four-value
 * margin or padding whose left and right differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FOLDERS = ['popup', 'options', 'reader', 'src/ui'];

function stylesheets(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(rel);
    return entry.name.endsWith('.css') ? [rel] : [];
  });
}

const PHYSICAL = [
  /(?:^|[\s;{])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)\b[^:]*:/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
  /border-(?:top|bottom)-(?:left|right)-radius/,
];

/** `margin: 1px 2px 3px 4px`, where 2px (right) is not 4px (left). */
function lopsided(css: string): string[] {
  return [...css.matchAll(/(?:^|[\s;{])(?:margin|padding)\s*:\s*([^;}]+)/g)]
    .map((m) => m[1]!.trim().split(/\s+/))
    .filter((values) => values.length === 4 && values[1] !== values[3])
    .map((values) => values.join(' '));
}

describe('the pages’ stylesheets', () => {
  const files = FOLDERS.flatMap(stylesheets);

  test('are found', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  test('use logical properties only, so right-to-left layouts mirror', () => {
    const offending = files.flatMap((file) => {
      const css = readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const lines = css.split('\n').filter((line) => PHYSICAL.some((rule) => rule.test(line)));
      return [...lines, ...lopsided(css)].map((line) => `${file}: ${line.trim()}`);
    });
    expect(offending).toEqual([]);
  });
});
