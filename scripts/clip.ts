/**
 * Clip saved HTML pages the way the extension does.
 *
 *   npm run --silent clip -- <file.html>... [--url URL]
 *
 * One file: the clip as one JSON object. Several: one JSON line per file, with "file".
 * A file that cannot be read or clipped gives one line on stderr ("clip: FILE: REASON:
 * message"), the others go on, and the exit status is 2.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractResult } from '../src/core/clip';
import { decodeHtmlBytes } from '../src/core/extract/decode';
import { extractFromHtml } from '../src/core/extract/node';

interface Args {
  files: string[];
  url: string | null;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--url') url = argv[++i] ?? null;
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else files.push(arg);
  }
  return { files, url };
}

function clipFile(file: string, url: string | null): ExtractResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: 'error', message: code === 'ENOENT' ? 'file not found' : String((error as Error).message) };
  }
  return extractFromHtml(decodeHtmlBytes(bytes), url ?? pathToFileURL(path.resolve(file)).href);
}

function main(): number {
  const { files, url } = parseArgs(process.argv.slice(2));
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent clip -- <file.html>... [--url URL]\n');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    const result = clipFile(file, url);
    if (!result.ok) {
      process.stderr.write(`clip: ${file}: ${result.reason}: ${result.message.replace(/\s+/g, ' ')}\n`);
      status = 2;
      continue;
    }
    const output = files.length === 1 ? JSON.stringify(result.clip, null, 2) : JSON.stringify({ file, ...result.clip });
    process.stdout.write(`${output}\n`);
  }
  return status;
}

process.exitCode = main();
