import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK } from 'jose';

// The JWKS the sandbox trusts for requests: the gateway's keys (fetched from its
// /.well-known/jwks.json on every request here; the sandbox caches the result) plus the
// baseline client's key. Loopback only.

export interface JwksMerger {
  url: string;
  setGateway(jwksUrl: string | null): void;
  close(): Promise<void>;
}

export async function startJwksMerger(extraKeys: JWK[]): Promise<JwksMerger> {
  let gatewayJwksUrl: string | null = null;
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    const answer = async (): Promise<JWK[]> => {
      if (!gatewayJwksUrl) return [];
      const r = await fetch(gatewayJwksUrl, { signal: AbortSignal.timeout(3000) });
      if (!r.ok) throw new Error(`gateway JWKS answered HTTP ${r.status}`);
      return ((await r.json()) as { keys: JWK[] }).keys;
    };
    answer().then(
      (gatewayKeys) => {
        const body = JSON.stringify({ keys: [...gatewayKeys, ...extraKeys] });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      },
      (err: Error) => {
        res.writeHead(502, { 'content-type': 'text/plain' }).end(err.message);
      },
    );
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks.json`,
    setGateway: (url) => {
      gatewayJwksUrl = url;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
