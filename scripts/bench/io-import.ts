/**
 * bench:io's import rounds, in the two states a list can be in when a 10,000-row file comes:
 * - first: a fresh browser profile, as for someone's first import (the usual case for a list
 *   leaving Pocket);
 * - again: one profile, the list emptied by "Delete all data" before each round. IndexedDB has
 *   just deleted 10,000 rows then, and writes more slowly: its floor rises from round to round.
 * Each round also times the floor, bare IndexedDB writing the same rows (bench-io-floor.ts).
 */
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from '../browser/chromium';
import { median } from './median';

export interface ImportFigures {
  /** Milliseconds for parse, preview, apply and total. */
  steps: Record<string, number>;
  rawWriteMs: number;
}

export async function openBenchPage(session: ExtensionSession): Promise<Page> {
  const page = await session.openExtensionPage('test/pages/bench-io.html');
  await page.waitForFunction(() => window.quireIoBench !== undefined);
  return page;
}

async function importRound(page: Page, rows: number): Promise<ImportFigures> {
  const steps = await page.evaluate((n) => window.quireIoBench!.importOnce(n), rows);
  const rawWriteMs = await page.evaluate(() => window.quireIoBench!.rawWriteOnce());
  return { steps, rawWriteMs };
}

/** A first import: a fresh profile for the round, closed after it. */
async function firstImportRound(dir: string, rows: number): Promise<ImportFigures> {
  const session = await launchChromium({ dir });
  try {
    return await importRound(await openBenchPage(session), rows);
  } finally {
    await session.close();
  }
}

function medians(runs: ImportFigures[]): ImportFigures {
  const steps = Object.fromEntries(Object.keys(runs[0]!.steps).map((step) => [step, median(runs.map((run) => run.steps[step]!))]));
  return { steps, rawWriteMs: median(runs.map((run) => run.rawWriteMs)) };
}

/** Rounds of both kinds in turn, so that a machine slowing part way slows both alike. */
export async function importRounds(dir: string, page: Page, rounds: number, rows: number): Promise<{ first: ImportFigures; again: ImportFigures }> {
  const first: ImportFigures[] = [];
  const again: ImportFigures[] = [];
  for (let r = 0; r < rounds; r++) {
    first.push(await firstImportRound(dir, rows));
    again.push(await importRound(page, rows));
  }
  return { first: medians(first), again: medians(again) };
}
