import { browser, t } from '../platform/browser';
import type { Reply, RequestOf, RequestType, ResponseMap } from '../protocol';
import { errorMessageKey } from '../protocol-errors';

/**
 * A failed request: the background's code, and as its message the translation of that code,
 * which the pages show; `detail` keeps the background's English message for logs.
 */
export class RequestError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
  ) {
    super(t(errorMessageKey(code)));
  }
}

/** Send a typed request to the background and unwrap its reply. */
export function request<K extends RequestType>(req: RequestOf<K>): Promise<ResponseMap[K]> {
  return unwrapReply(browser.runtime.sendMessage(req) as Promise<Reply<ResponseMap[K]> | undefined>);
}

/** A sent request's data, or its failure as a RequestError. */
export async function unwrapReply<T>(sent: Promise<Reply<T> | undefined>): Promise<T> {
  let reply: Reply<T> | undefined;
  try {
    reply = await sent;
  } catch (error) {
    throw new RequestError('unreachable', (error as Error).message);
  }
  if (!reply) throw new RequestError('unreachable', 'no reply');
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
