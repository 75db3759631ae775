/**
 * The typed message protocol between extension pages and the background, the only
 * writer to the database. One union of requests; each reply is `{ok: true, data}` or
 * `{ok: false, error}`. `ResponseMap` names the data each request type answers with.
 */

export interface ResponseMap {
  ping: { pong: true; version: string };
}

export type Request = { type: 'ping' };

export type RequestType = Request['type'];
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

export interface ProtocolError {
  code: string;
  message: string;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ProtocolError };

export function isRequest(value: unknown): value is Request {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
