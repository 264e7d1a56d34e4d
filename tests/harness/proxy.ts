import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';

// Firefox has no host-resolver switch: it is pointed (by PAC) at this tiny HTTP CONNECT proxy, which tunnels
// port 443 of the served hosts to the local HTTPS server and refuses everything else with 403, so Firefox's own
// background traffic never leaves the machine.

export interface ConnectProxy {
  port: number;
  /** Requests refused so far, as "METHOD target" (for diagnostics). */
  refused: string[];
  close(): Promise<void>;
}

export function startConnectProxy(hosts: readonly string[], targetPort: number): Promise<ConnectProxy> {
  const allowed = new Set(hosts.map((h) => `${h.toLowerCase()}:443`));
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = (req.url ?? '').toLowerCase();
    if (!allowed.has(target)) {
      refused.push(`CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        refused,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A PAC script, as a data: URL, that sends every request to the proxy. */
export function pacUrl(proxyPort: number): string {
  const pac = `function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:${proxyPort}"; }`;
  return `data:application/x-ns-proxy-autoconfig;base64,${Buffer.from(pac).toString('base64')}`;
}
