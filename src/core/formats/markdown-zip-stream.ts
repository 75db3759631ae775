import { deflateSync, strToU8, Zip, type ZipInputFile } from 'fflate';
import { crc32 } from './crc32';

/** What a zip entry needs of a file: its size and CRC, and its deflated bytes. */
export interface DeflatedFile {
  size: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer>;
}

/** A zip entry's data: one deflate stream, whole or in pieces that follow each other. */
export interface ZipFile {
  size: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer> | readonly Uint8Array<ArrayBuffer>[];
}

/**
 * Compresses texts, in order, wherever it runs: the options page hands this to a worker, so
 * encoding, checksums and compression overlap the Markdown conversion, which needs the page's DOM.
 */
export type DeflateFiles = (texts: string[]) => Promise<DeflatedFile[]>;

/**
 * A text as UTF-8 bytes, deflated, with its CRC. Level 1: on the
 * Markdown of real articles (the Readability corpus) it deflates 2.5 times faster than level 6
 * for a file 5% larger.
 */
export function deflateText(text: string): DeflatedFile {
  const data = strToU8(text);
  return { size: data.length, crc: crc32(data), deflated: deflateSync(data, { level: 1 }) };
}

/** A zip of Markdown files built file by file: each is added compressed, so its text can be freed. */
export class MarkdownZip {
  private readonly chunks: Uint8Array[] = [];
  private readonly names = new Set<string>();
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.chunks.push(chunk);
  });

  /** `<stem>.md`, or `<stem>-2.md` and so on when the name is taken; the name is then taken. */
  reserve(stem: string): string {
    let name = `${stem}.md`;
    for (let n = 2; this.names.has(name); n++) name = `${stem}-${n}.md`;
    this.names.add(name);
    return name;
  }

  /** Adds a file, compressed beforehand, under a reserved name. */
  add(name: string, file: ZipFile): void {
    const entry: ZipInputFile = { filename: name, size: file.size, crc: file.crc, compression: 8 };
    this.zip.add(entry);
    const pieces = file.deflated instanceof Uint8Array ? [file.deflated] : file.deflated;
    pieces.forEach((piece, n) => entry.ondata!(null, piece, n === pieces.length - 1));
  }

  /** Adds a binary file (an image) as it is: stored in deflate's uncompressed blocks, since images are compressed already. */
  addBytes(name: string, bytes: Uint8Array): void {
    this.add(name, { size: bytes.length, crc: crc32(bytes), deflated: deflateSync(bytes, { level: 0 }) });
  }

  finish(): Uint8Array {
    this.zip.end();
    const data = new Uint8Array(this.chunks.reduce((size, chunk) => size + chunk.length, 0));
    let offset = 0;
    for (const chunk of this.chunks) {
      data.set(chunk, offset);
      offset += chunk.length;
    }
    return data;
  }
}
