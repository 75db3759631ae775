/**
 * Talking to the server outside replication: whether it is CouchDB, whether the database
 * is there and the credentials open it, and creating it. fetch is passed in, so Node
 * tests reach the real test server with their own.
 */
import type { ConnectionResult, SyncServer } from '../../protocol';
import { codeOfStatus, failure, toSyncError } from './failure';

/** The server's base URL without a trailing slash, and the database's URL under it. */
export function serverBase(server: Pick<SyncServer, 'url'>): string {
  return server.url.trim().replace(/\/+$/, '');
}

export function databaseUrl(server: Pick<SyncServer, 'url' | 'database'>): string {
  return `${serverBase(server)}/${encodeURIComponent(server.database.trim())}`;
}

export function authHeader(server: Pick<SyncServer, 'username' | 'password'>): string {
  const bytes = new TextEncoder().encode(`${server.username}:${server.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

type Fetch = typeof fetch;

async function send(fetcher: Fetch, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetcher(url, { ...init, credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    throw failure('unreachable', error instanceof Error ? error.message : undefined);
  }
}

/** The version the server's welcome names, after checking it answers as CouchDB (or PouchDB Server) does. */
async function welcome(fetcher: Fetch, server: SyncServer): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(`${serverBase(server)}/`);
  } catch {
    throw failure('unreachable', 'The server address is not a URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw failure('unreachable', 'The server address must start with http:// or https://.');
  const response = await send(fetcher, url.href, { headers: { Accept: 'application/json', Authorization: authHeader(server) } });
  const body: unknown = await response.json().catch(() => null);
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (!('couchdb' in fields) && !('express-pouchdb' in fields)) {
    if (response.status === 401 || response.status === 403) throw failure('unauthorized');
    throw failure('not-couchdb', `${url.origin} answered ${response.status}.`);
  }
  return typeof fields.version === 'string' ? fields.version : null;
}

function checkStatus(response: Response): void {
  if (response.ok) return;
  const code = codeOfStatus(response.status);
  throw failure(code && code !== 'conflict' ? code : 'error', `The server answered ${response.status}.`);
}

async function attempt(action: () => Promise<string | null>): Promise<ConnectionResult> {
  try {
    return { ok: true, couchVersion: await action() };
  } catch (error) {
    return { ok: false, ...toSyncError(error) };
  }
}

/** Reaches the server and opens the database with the credentials; writes nothing. */
export function testConnection(server: SyncServer, fetcher: Fetch = fetch): Promise<ConnectionResult> {
  return attempt(async () => {
    const version = await welcome(fetcher, server);
    checkStatus(await send(fetcher, databaseUrl(server), { headers: { Accept: 'application/json', Authorization: authHeader(server) } }));
    return version;
  });
}

/** Creates the database (one that is already there is fine), then tests it as testConnection does. */
export function createDatabase(server: SyncServer, fetcher: Fetch = fetch): Promise<ConnectionResult> {
  return attempt(async () => {
    const version = await welcome(fetcher, server);
    const response = await send(fetcher, databaseUrl(server), { method: 'PUT', headers: { Accept: 'application/json', Authorization: authHeader(server) } });
    if (response.status !== 412) checkStatus(response);
    checkStatus(await send(fetcher, databaseUrl(server), { headers: { Accept: 'application/json', Authorization: authHeader(server) } }));
    return version;
  });
}
