import type { DeflatedFile } from '../../src/core/formats';

/** Messages between the options page and its deflate worker: one batch of files each way. */
export interface DeflateRequest {
  id: number;
  texts: string[];
}

export interface DeflateReply {
  id: number;
  files: DeflatedFile[];
}
