import { deflateSync, Zip, ZipPassThrough } from 'fflate';

/**
 * Raw deflate of each file, in order, wherever it runs: the options page hands this to a
 * worker so compression overlaps the Markdown conversion, which needs the page's DOM.
 */
export type DeflateFiles = (files: Uint8Array[]) => Promise<Uint8Array[]>;

/** Level 6, zip's usual: on article Markdown, level 1 was no faster and a little larger. */
export function deflateFile(data: Uint8Array): Uint8Array {
  return deflateSync(data, { level: 6 });
}

/**
 * A zip entry whose bytes were deflated beforehand: fflate computes the CRC and size from the
 * file pushed, and this writes the given deflated bytes in place of the file's own.
 */
class DeflatedEntry extends ZipPassThrough {
  constructor(
    name: string,
    private readonly deflated: Uint8Array,
  ) {
    super(name);
    this.compression = 8;
  }

  protected override process(_chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, this.deflated as Uint8Array<ArrayBuffer>, final);
  }
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

  /** Adds a file under a reserved name, given its bytes and their deflate. */
  add(name: string, data: Uint8Array, deflated: Uint8Array): void {
    const entry = new DeflatedEntry(name, deflated);
    this.zip.add(entry);
    entry.push(data as Uint8Array<ArrayBuffer>, true);
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
