import { Agent, request } from 'node:http';

// A minimal keep-alive HTTP/1.1 client on node:http. The gateway load and the baseline load both
// go through it, so the client-side cost is the same for both.

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export class HttpClient {
  private readonly agent: Agent;

  constructor(
    maxSockets: number,
    private readonly timeoutMs: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' });
  }

  post(url: URL, body: string, headers: Record<string, string>): Promise<HttpResponse> {
    return this.send(url, 'POST', body, headers);
  }

  get(url: URL, headers: Record<string, string> = {}): Promise<HttpResponse> {
    return this.send(url, 'GET', undefined, headers);
  }

  close(): void {
    this.agent.destroy();
  }

  private send(
    url: URL,
    method: string,
    body: string | undefined,
    headers: Record<string, string>,
  ): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
      const req = request(
        {
          agent: this.agent,
          protocol: url.protocol,
          hostname: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method,
          headers: payload ? { ...headers, 'content-length': String(payload.length) } : headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      req.on('error', reject);
      req.end(payload);
    });
  }
}

export function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
