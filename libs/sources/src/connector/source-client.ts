import { Pool } from 'undici';
import type { Dispatcher } from 'undici';

export const MAX_RESPONSE_BYTES = 64 * 1024;

export interface SourceReply {
  status: number;
  // null when the body is larger than MAX_RESPONSE_BYTES: reading stopped there
  text: string | null;
  headers: Record<string, string | string[] | undefined>;
}

// The HTTP side of one version of a source's registration: a keep-alive pool on the endpoint's
// origin with at most `connections` sockets (the source's maxConcurrency, which its bulkhead
// enforces as well, so a call never waits for a socket). undici's request() instead of fetch:
// no WHATWG Request/Response objects and no stream adapters per call, which was a visible part
// of the gateway's CPU per verification. request() follows no redirect: a 3xx comes back as
// a status, so the request (ID numbers, the bearer secret) is never sent anywhere else.
export class SourceClient {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(endpoint: string, connections: number) {
    const url = new URL(endpoint);
    this.path = `${url.pathname}${url.search}`;
    this.pool = new Pool(url.origin, { connections, pipelining: 1 });
  }

  async post(headers: Record<string, string>, body: string, signal: AbortSignal): Promise<SourceReply> {
    return readCapped(await this.pool.request({ method: 'POST', path: this.path, headers, body, signal }));
  }

  // Lets calls in flight finish, then closes the sockets.
  close(): Promise<void> {
    return this.pool.close();
  }
}

// Reads at most MAX_RESPONSE_BYTES of the body: past that, the body is dropped (with its
// connection) rather than buffered.
export async function readCapped(res: Dispatcher.ResponseData): Promise<SourceReply> {
  const { statusCode: status, headers, body } = res;
  const declared = Number(headers['content-length']);
  if (declared > MAX_RESPONSE_BYTES) {
    body.destroy();
    return { status, text: null, headers };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_RESPONSE_BYTES) {
      body.destroy();
      return { status, text: null, headers };
    }
    chunks.push(chunk);
  }
  return {
    status,
    text: chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'),
    headers,
  };
}

export function headerOf(reply: SourceReply, name: string): string | null {
  const value = reply.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
