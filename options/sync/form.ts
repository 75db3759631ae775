/** The Sync section's form: what the reader typed, checked before anything is sent. */
import type { SyncServer } from '../../src/protocol';

export interface ServerFields {
  url: string;
  database: string;
  username: string;
  password: string;
}

export type FieldProblem = 'url' | 'database';

/** CouchDB's rule for database names (its /{db} PUT documentation). */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

/** The server to send, trimmed, with its address without a trailing slash; or the first field that is wrong. */
export function serverOf(fields: ServerFields): { server: SyncServer } | { problem: FieldProblem } {
  const url = fields.url.trim().replace(/\/+$/, '');
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username || parsed.password) return { problem: 'url' };
  const database = fields.database.trim();
  if (!DATABASE_NAME.test(database)) return { problem: 'database' };
  return { server: { url, database, username: fields.username.trim(), password: fields.password } };
}

/**
 * The host permission for the server: its scheme and host, without the port, since Firefox's
 * match patterns take none (Mozilla bugs 1362809, 1468162) and Chrome's match any port when
 * none is given, so both browsers grant the same: that one host.
 */
export function serverPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
