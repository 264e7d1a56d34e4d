import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Certificates } from './tls.ts';

// The replica's HTTPS server on 127.0.0.1. The browsers reach it under the real host names on port 443: Chromium
// maps the names to 127.0.0.1:port, Firefox goes through the harness's CONNECT proxy.

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpsServerOptions {
  handler: RequestHandler;
  /** 0 (the default) picks a free port. */
  port?: number;
  tls: Pick<Certificates, 'key' | 'cert'>;
}

export interface RunningServer {
  port: number;
  /** The URL a browser of the harness uses for `host` (default port 443, mapped to this server). */
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

export function startHttpsServer(options: HttpsServerOptions): Promise<RunningServer> {
  const server = createServer({ key: options.tls.key, cert: options.tls.cert }, options.handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        url: (host, path = '/') => new URL(path, `https://${host}`).href,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Browsers keep connections alive; close them so close() does not wait for their timeout.
            server.closeAllConnections();
          }),
      });
    });
  });
}
