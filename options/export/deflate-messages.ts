/** Messages between the options page and its deflate worker: one batch of files each way. */
export interface DeflateRequest {
  id: number;
  files: Uint8Array[];
}

export interface DeflateReply {
  id: number;
  deflated: Uint8Array[];
}
