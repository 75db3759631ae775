/** Downloads land in a folder of their own without a dialog; this waits for the one a step caused. */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const IN_PROGRESS = /\.(part|crdownload)$/;

/**
 * Empties the folder (Chromium would otherwise overwrite a file of the same name, and Firefox
 * add " (1)"), runs `start`, and returns the path of the file it downloaded, valid until the next download.
 */
export async function awaitDownload(dir: string, start: () => Promise<unknown>, timeoutMs = 10_000): Promise<string> {
  await Promise.all((await readdir(dir)).map((file) => rm(path.join(dir, file), { force: true })));
  await start();
  const deadline = Date.now() + timeoutMs;
  let seen = '';
  for (;;) {
    // Firefox may create an empty "<name>" beside "<name>.part", and Chromium writes "<name>.crdownload",
    // renaming either when done: a file with content, nothing in progress beside it, and the same size
    // on two looks in a row is finished.
    const files = await readdir(dir);
    const name = files.some((file) => IN_PROGRESS.test(file)) ? undefined : files[0];
    const size = name ? ((await stat(path.join(dir, name)).catch(() => null))?.size ?? 0) : 0;
    const look = `${name}:${size}`;
    if (name && size > 0 && look === seen) return path.join(dir, name);
    seen = look;
    if (Date.now() > deadline) throw new Error(`No download finished within ${timeoutMs} ms (in the folder: ${files.join(', ') || 'nothing'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
