import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILDING, noBrowserMessage } from '../../../scripts/start-messages';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIRS = { chromeDir: '/q/dist/chrome', firefoxManifest: '/q/dist/firefox/manifest.json' };

describe('npm start', () => {
  test('says it is building before the build starts', () => {
    expect(BUILDING).toMatch(/^Building Quire/);
    const start = readFileSync(path.join(ROOT, 'scripts/start.ts'), 'utf8');
    expect(start.indexOf('console.log(BUILDING)')).toBeGreaterThan(-1);
    expect(start.indexOf('console.log(BUILDING)')).toBeLessThan(start.indexOf('await buildAll()'));
  });

  test('without a display, suggests running it under xvfb-run, then loading the build by hand', () => {
    const message = noBrowserMessage({ hasDisplay: false, chromePath: '/usr/bin/chromium', ...DIRS });
    expect(message).toContain('xvfb-run -a npm start');
    expect(message).toContain('Load unpacked');
  });

  test('without Chromium, names the path and CHROME_PATH, and suggests no xvfb-run', () => {
    const message = noBrowserMessage({ hasDisplay: true, chromePath: '/opt/chromium', ...DIRS });
    expect(message).toContain('Chromium not found at /opt/chromium');
    expect(message).not.toContain('xvfb-run');
  });

  test('package.json asks for the Node and npm the README names', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: Record<string, string> };
    expect(pkg.engines).toEqual({ node: '>=20.19', npm: '>=11' });
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('Needs Node 20.19+ and npm 11');
  });
});
