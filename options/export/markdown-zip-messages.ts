import type { Article } from '../../src/core/article';
import type { DeflatedFile } from '../../src/core/formats';

/** Work for the Markdown zip worker: texts to compress, or articles to convert and compress. */
export type ZipJob = { texts: string[] } | { articles: Article[] };

export type ZipRequest = ZipJob & { id: number };

export interface ZipReply {
  id: number;
  files: DeflatedFile[];
}
