import { deflateSync, strToU8, Zip, ZipPassThrough } from 'fflate';

/**
 * A zip entry deflated as a whole when pushed: fflate's documented way to plug compression
 * into its streaming Zip. Its own ZipDeflate streams in 64 KiB windows and was about 1.5 times
 * slower on article-sized files; this is zipSync's speed without holding every file until the end.
 */
class DeflatedEntry extends ZipPassThrough {
  constructor(name: string) {
    super(name);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, deflateSync(chunk, { level: 6 }), final);
  }
}

/** A zip of Markdown files built file by file: each is compressed as it comes, so its text can be freed. */
export class MarkdownZip {
  private readonly chunks: Uint8Array[] = [];
  private readonly names = new Set<string>();
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.chunks.push(chunk);
  });

  /** Adds `<stem>.md`, numbered `<stem>-2.md` and so on when the name is taken. */
  add(stem: string, markdown: string): void {
    let name = `${stem}.md`;
    for (let n = 2; this.names.has(name); n++) name = `${stem}-${n}.md`;
    this.names.add(name);
    const entry = new DeflatedEntry(name);
    this.zip.add(entry);
    entry.push(strToU8(markdown), true);
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
