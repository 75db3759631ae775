/** Runs in a browser page (bundled by url-parity.ts): both ways of canonicalizing, link by link. */
import { plainUrlAndKey } from '../../src/core/plain-url';
import { parsedUrlAndKey } from '../../src/core/url';
import type { Parity } from './url-parity';

export function check(links: string[]): Parity {
  let plain = 0;
  const mismatches: unknown[] = [];
  for (const raw of links) {
    const fast = plainUrlAndKey(raw.trim());
    if (!fast) continue;
    plain++;
    const parsed = parsedUrlAndKey(raw);
    if (fast.canonical !== parsed.canonical || fast.key !== parsed.key) mismatches.push({ raw, fast, parsed });
  }
  return { plain, mismatches: mismatches.slice(0, 5) };
}
