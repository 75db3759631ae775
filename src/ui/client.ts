import { browser } from '../platform/browser';
import type { Reply, RequestOf, RequestType, ResponseMap } from '../protocol';

/** A failed request, carrying the background's code and user-facing message. */
export class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Send a typed request to the background and unwrap its reply. */
export async function request<K extends RequestType>(req: RequestOf<K>): Promise<ResponseMap[K]> {
  let reply: Reply<ResponseMap[K]> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(req)) as Reply<ResponseMap[K]> | undefined;
  } catch (error) {
    throw new RequestError('unreachable', `Quire's background did not answer: ${(error as Error).message}`);
  }
  if (!reply) throw new RequestError('unreachable', "Quire's background did not answer.");
  if (!reply.ok) throw new RequestError(reply.error.code, reply.error.message);
  return reply.data;
}

/**
 * Sends a request while a page's modules are still being evaluated, so the background
 * works while the page starts; the returned function hands the answer over once (null
 * afterwards, or when there was nothing to ask), and later loads ask afresh.
 */
export function requestEarly<K extends RequestType>(req: RequestOf<K> | null): () => Promise<ResponseMap[K]> | null {
  let early = req ? request(req) : null;
  // Handled where it is taken; this keeps a failure unseen until then from being reported as unhandled.
  early?.catch(() => undefined);
  return () => {
    const reply = early;
    early = null;
    return reply;
  };
}
