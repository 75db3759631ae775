/** Reading the performance marks the pages leave when a frame showing what they wait for was produced. */
import type { Page } from 'playwright-core';

/** Milliseconds from navigation start to the named mark, once the page has left it. */
export async function markTime(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, name, { polling: 5 });
  return (await handle.jsonValue()) as number;
}
