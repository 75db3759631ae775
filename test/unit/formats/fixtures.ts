/** Reads the import fixtures; export zips are built from their folders with fflate, entry names as the services write them. */
import { zipSync } from 'fflate';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseImportFile } from '../../../src/core/formats';
import type { ParsedImport } from '../../../src/core/formats';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/imports');

/** A fixed import time, so rows without a date get a known one. */
export const NOW = Date.UTC(2026, 10, 27, 12);

function filesUnder(dir: string, prefix = ''): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(files, filesUnder(full, `${prefix}${name}/`));
    else files[`${prefix}${name}`] = new Uint8Array(readFileSync(full));
  }
  return files;
}

export function zipFixture(folder: string): Uint8Array {
  return zipSync(filesUnder(path.join(FIXTURES, folder)));
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

/** A folder fixture is zipped and named <folder>.zip; a file fixture is read as it is. */
export function parseFixture(name: string): Promise<ParsedImport> {
  const full = path.join(FIXTURES, name);
  if (statSync(full).isDirectory()) return parseImportFile(`${name}.zip`, zipFixture(name), NOW);
  return parseImportFile(name, fixtureBytes(name), NOW);
}

/** The fields a reader sets, without the optional ones: what most expectations compare. */
export function basics(result: ParsedImport) {
  return result.items.map(({ line, url, title, tags, status, favorite, savedAt }) => ({ line, url, title, tags, status, favorite, savedAt }));
}
