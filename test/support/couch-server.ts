/**
 * A real CouchDB-compatible server for tests and benchmarks: express-pouchdb over PouchDB's
 * memory adapter, on 127.0.0.1 at a free port, with HTTP basic authentication required on
 * every request (CouchDB's require_valid_user): a wrong password gets 401, as from CouchDB.
 * `stop()` closes it; its databases live in memory and go with it.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import expressPouchDB from 'express-pouchdb';

export interface CouchServer {
  /** The server's base URL, without credentials and without a trailing slash. */
  url: string;
  stop(): Promise<void>;
}

let servers = 0;

function credentials(request: IncomingMessage): { username: string; password: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function startCouchServer({ username, password }: { username: string; password: string }): Promise<CouchServer> {
  // Each server its own memory: a prefix no other server in this process uses.
  const Server = PouchDB.plugin(memoryAdapter).defaults({ adapter: 'memory', prefix: `couch-server-${process.pid}-${++servers}-` });
  const app = expressPouchDB(Server, { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const server = createServer((request, response) => {
    const given = credentials(request);
    if (!given || given.username !== username || given.password !== password) {
      response.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Basic realm="server"' });
      response.end(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
      return;
    }
    app(request, response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
