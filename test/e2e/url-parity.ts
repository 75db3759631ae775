/**
 * plainUrlAndKey holds to the browser's own URL parser: the link code bundled for a web
 * page, and links to check there, the same every run. Chromium's and Firefox's parsers
 * differ from Node's and from each other, so each browser's tests run it.
 */
import path from 'node:path';
import fc from 'fast-check';
import { build, type Rollup } from 'vite';
import { anyLink } from '../unit/core/link-arbitrary';
import { ROOT } from './paths';

export const PARITY_LINKS = fc.sample(anyLink, { numRuns: 20_000, seed: 2026 });

export interface Parity {
  /** How many of the links were plain, so that the check cannot pass on none. */
  plain: number;
  /** The first links where the two ways disagree, with both answers. */
  mismatches: unknown[];
}

/** A script whose value, evaluated in a page, is the Parity of PARITY_LINKS. */
export async function parityScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: path.join(ROOT, 'test/e2e/url-parity-page.ts'), formats: ['iife'], name: 'quireUrlParity' } },
  })) as Rollup.RollupOutput[];
  return `${output[0]!.output[0].code}\nquireUrlParity.check(${JSON.stringify(PARITY_LINKS)})`;
}
