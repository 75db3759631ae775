import { unzipSync } from 'fflate';
import { fatal } from './problems';

const decoder = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

/** The entries whose names pass `wanted`, decoded as text; a damaged or truncated zip is fatal. */
export function readZipText(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => wanted(file.name) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fatal(`the zip file is damaged or cut off (${reason})`, { field: 'zip' });
  }
  return new Map(Object.entries(entries).map(([name, data]) => [name, decodeText(data)]));
}

/** Entry names in numeric order of the first number in them: part_000002 before part_000010. */
export function byNumber(names: Iterable<string>): string[] {
  const number = (name: string) => Number(/(\d+)/.exec(name.slice(name.lastIndexOf('/') + 1))?.[1] ?? 0);
  return [...names].sort((a, b) => number(a) - number(b) || a.localeCompare(b));
}
