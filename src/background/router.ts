import type { ProtocolError, Reply, Request, RequestOf, RequestType, ResponseMap } from '../protocol';

/** One handler per request type; the compiler checks the map is complete. */
export type HandlerMap = {
  [K in RequestType]: (request: RequestOf<K>) => Promise<ResponseMap[K]>;
};

export function toProtocolError(error: unknown): ProtocolError {
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    return { code: String(error.code), message: String(error.message) };
  }
  return { code: 'unknown', message: error instanceof Error ? error.message : String(error) };
}

export async function route(handlers: HandlerMap, request: Request): Promise<Reply<unknown>> {
  const handler = handlers[request.type] as ((r: Request) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: { code: 'unknown-request', message: `Unknown request: ${request.type}` } };
  try {
    return { ok: true, data: await handler(request) };
  } catch (error) {
    return { ok: false, error: toProtocolError(error) };
  }
}
