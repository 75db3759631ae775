/**
 * A proxy on 127.0.0.1 that forwards nothing: Firefox is pointed at it for every
 * non-local request, so anything that reaches it is a leak the run must fail on.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Tripwire {
  port: number;
  /** What reached the proxy, as "METHOD target", in order. */
  hits: string[];
  close(): Promise<void>;
}

export async function startTripwire(): Promise<Tripwire> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test tripwire');
  });
  server.on('connect', (req, socket: Socket) => {
    hits.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
