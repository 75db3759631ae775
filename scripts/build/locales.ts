/**
 * Strings live in _locales/<lang>/<area>.json, one file per part of the extension, so
 * that work on one part never collides with another; the build joins each language's
 * files into the messages.json browsers read, and refuses a key defined twice.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './bundle';

type Messages = Record<string, { message: string; description?: string }>;

export async function mergedMessages(lang: string): Promise<Messages> {
  const dir = path.join(ROOT, '_locales', lang);
  const merged: Messages = {};
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
    const part = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Messages;
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`_locales/${lang}: "${key}" is defined twice (again in ${file})`);
      merged[key] = value;
    }
  }
  return merged;
}

export async function writeLocales(outDir: string): Promise<void> {
  for (const lang of await readdir(path.join(ROOT, '_locales'))) {
    const target = path.join(outDir, '_locales', lang);
    await mkdir(target, { recursive: true });
    await writeFile(path.join(target, 'messages.json'), JSON.stringify(await mergedMessages(lang), null, 2));
  }
}
