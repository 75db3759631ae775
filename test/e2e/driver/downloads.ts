/** Downloads land in a folder of their own without a dialog; this waits for the one a step caused. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const IN_PROGRESS = /\.(part|crdownload)$/;

export async function awaitDownload(dir: string, start: () => Promise<unknown>, timeoutMs = 10_000): Promise<string> {
  const before = new Set(await readdir(dir));
  await start();
  const deadline = Date.now() + timeoutMs;
  let seen = '';
  for (;;) {
    // Firefox may create an empty "<name>" beside "<name>.part", and Chromium writes "<name>.crdownload",
    // renaming either when done: a new file with content, nothing in progress beside it, and the same
    // size on two looks in a row is finished.
    const files = await readdir(dir);
    const busy = files.some((file) => !before.has(file) && IN_PROGRESS.test(file));
    const name = files.find((file) => !before.has(file) && !IN_PROGRESS.test(file));
    const size = name && !busy ? ((await stat(path.join(dir, name)).catch(() => null))?.size ?? 0) : 0;
    const look = `${name}:${size}`;
    if (name && size > 0 && look === seen) return path.join(dir, name);
    seen = look;
    if (Date.now() > deadline) throw new Error(`No download finished within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
