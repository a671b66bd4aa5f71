import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import type { Logger } from 'pino';
import { AppConfig, MetricsService } from '#gw/common';
import { ConnectorRequest, SIGNATURE_HEADER, signDetached } from '#gw/protocol';
import type { SigningService } from '#gw/signing';
import { AttemptOutcome, BreakerState } from '../sources.enums';
import { ConnectorService, SourceTarget } from './connector.service';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

// A local source that counts what the gateway does to it: connections opened, sockets open at
// once, requests in flight at once.
async function startSource(handler: Handler) {
  const sockets = new Set<Socket>();
  const stats = { connections: 0, maxOpenSockets: 0, inFlight: 0, maxInFlight: 0, requests: 0, closed: 0 };
  const server: Server = createServer((req, res) => {
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    res.on('close', () => stats.inFlight--);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (socket: Socket) => {
    stats.connections++;
    sockets.add(socket);
    stats.maxOpenSockets = Math.max(stats.maxOpenSockets, sockets.size);
    socket.on('close', () => {
      sockets.delete(socket);
      stats.closed++;
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    stats,
    openSockets: () => sockets.size,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

const answer = (body: string, status = 200, headers: Record<string, string> = {}) => {
  const requestId = (JSON.parse(body) as ConnectorRequest).requestId;
  return {
    status,
    text: JSON.stringify({ requestId, result: 'CONFIRMED', asOf: '2026-10-01T00:00:00.000Z', recordRef: 'r-1' }),
    headers,
  };
};
const confirms: Handler = (_req, res, body) => {
  const a = answer(body);
  res.writeHead(a.status, { 'content-type': 'application/json' }).end(a.text);
};
const later =
  (ms: number, inner: Handler): Handler =>
  (req, res, body) =>
    void setTimeout(() => inner(req, res, body), ms);

let seq = 0;
const request = (): ConnectorRequest => ({
  protocol: '1',
  requestId: `req-${++seq}`,
  issuedAt: new Date().toISOString(),
  audience: 'SRC',
  factType: 'F',
  subject: { idNumber: '11010519491231002X' },
  claim: {},
  purpose: 'p',
  requester: { department: 'D', matter: 'm' },
});

function setup(config: { breakerFailures?: number; allowUnsigned?: boolean } = {}) {
  const metrics = new MetricsService();
  const signing = { signBody: async () => 'e30..c2ln' } as unknown as SigningService;
  const appConfig = {
    verification: {
      allowUnsignedSources: config.allowUnsigned ?? true,
      breakerFailures: config.breakerFailures ?? 5,
      breakerOpenMs: 60_000,
    },
  } as unknown as AppConfig;
  const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn() } as unknown as Logger;
  const sut = new ConnectorService(signing, metrics, appConfig, logger);
  return { sut, metrics };
}

const target = (origin: string, over: Partial<SourceTarget> = {}): SourceTarget => ({
  id: 'src-1',
  code: 'SRC',
  endpoint: `${origin}/sources/SRC/verify`,
  timeoutMs: 2000,
  maxConcurrency: 4,
  publicKeyJwk: null,
  jwksUrl: null,
  authSecret: null,
  updatedAt: new Date('2026-10-01T00:00:00Z'),
  ...over,
});

describe(ConnectorService.name, () => {
  let source: Awaited<ReturnType<typeof startSource>> | undefined;
  let connector: ConnectorService | undefined;
  const start = async (handler: Handler, config?: Parameters<typeof setup>[0]) => {
    source = await startSource(handler);
    const s = setup(config);
    connector = s.sut;
    return { ...s, source };
  };
  afterEach(async () => {
    await connector?.onModuleDestroy();
    await source?.close();
    connector = undefined;
    source = undefined;
  });

  describe('connections', () => {
    it('sends sequential calls to one source over one kept-alive connection', async () => {
      const { sut, source } = await start(confirms);
      const src = target(source.origin);
      for (let i = 0; i < 5; i++) {
        expect((await sut.ask(src, request())).outcome).toBe(AttemptOutcome.CONFIRMED);
        // undici reuses a socket one event-loop turn after its answer ended (a guard against
        // servers that close a kept-alive connection anyway); a verification does its database
        // work in between, here the test waits that turn
        await new Promise((r) => setImmediate(r));
      }
      expect(source.stats).toMatchObject({ requests: 5, connections: 1 });
      // back to back, the second call takes a second socket while the first waits for its turn
      for (let i = 0; i < 5; i++) await sut.ask(src, request());
      expect(source.stats.connections).toBeLessThanOrEqual(2);
    });

    it('never opens more sockets than maxConcurrency, however many calls come at once', async () => {
      const { sut, source } = await start(later(30, confirms));
      const src = target(source.origin, { maxConcurrency: 3 });
      const results = await Promise.all(Array.from({ length: 12 }, () => sut.ask(src, request())));
      expect(results.every((r) => r.outcome === AttemptOutcome.CONFIRMED)).toBe(true);
      expect(source.stats.requests).toBe(12);
      expect(source.stats.maxInFlight).toBeLessThanOrEqual(3);
      expect(source.stats.maxOpenSockets).toBeLessThanOrEqual(3);
      expect(source.stats.connections).toBeLessThanOrEqual(3);
      // and they stay open for the next calls
      await sut.ask(src, request());
      expect(source.stats.connections).toBeLessThanOrEqual(3);
    });

    it('closes the old connections when the registration changes, and calls through new ones', async () => {
      const { sut, source } = await start(confirms);
      await sut.ask(target(source.origin), request());
      expect(source.openSockets()).toBe(1);
      const changed = target(source.origin, { updatedAt: new Date('2026-10-02T00:00:00Z') });
      expect((await sut.ask(changed, request())).outcome).toBe(AttemptOutcome.CONFIRMED);
      await new Promise((r) => setTimeout(r, 50));
      expect(source.stats).toMatchObject({ connections: 2, closed: 1 });
    });

    it('lets calls still running on a replaced registration finish before closing its connections', async () => {
      const { sut, source } = await start(later(100, confirms));
      const old = target(source.origin, { maxConcurrency: 1 });
      const running = sut.ask(old, request());
      const waiting = sut.ask(old, request());
      await new Promise((r) => setTimeout(r, 20));
      const changed = target(source.origin, { updatedAt: new Date('2026-10-02T00:00:00Z') });
      expect((await sut.ask(changed, request())).outcome).toBe(AttemptOutcome.CONFIRMED);
      expect((await running).outcome).toBe(AttemptOutcome.CONFIRMED);
      expect((await waiting).outcome).toBe(AttemptOutcome.CONFIRMED);
      await new Promise((r) => setTimeout(r, 50));
      expect(source.openSockets()).toBe(1);
    });

    it('closes every connection on module destroy', async () => {
      const { sut, source } = await start(confirms);
      await sut.ask(target(source.origin), request());
      await sut.ask(target(source.origin, { id: 'src-2', code: 'SRC2' }), request());
      expect(source.openSockets()).toBe(2);
      await sut.onModuleDestroy();
      await new Promise((r) => setTimeout(r, 50));
      expect(source.openSockets()).toBe(0);
    });
  });

  describe('what the source does', () => {
    it('verifies a signed answer with the registered key', async () => {
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const publicKeyJwk = { ...(await exportJWK(publicKey)), alg: 'ES256', kid: 'src-k1' };
      const signed =
        (key: Awaited<ReturnType<typeof generateKeyPair>>['privateKey']): Handler =>
        (_req, res, body) => {
          const a = answer(body);
          void signDetached(a.text, key, 'src-k1', 'ES256').then((sig) =>
            res.writeHead(200, { 'content-type': 'application/json', [SIGNATURE_HEADER]: sig }).end(a.text),
          );
        };
      const { sut, source } = await start(signed(privateKey), { allowUnsigned: false });
      expect(await sut.ask(target(source.origin, { publicKeyJwk }), request())).toMatchObject({
        outcome: AttemptOutcome.CONFIRMED,
        response: { result: 'CONFIRMED', recordRef: 'r-1' },
      });
      const other = await generateKeyPair('ES256', { extractable: true });
      const rogue = await startSource(signed(other.privateKey));
      const bad = await sut.ask(target(rogue.origin, { id: 'rogue', publicKeyJwk }), request());
      await sut.onModuleDestroy();
      await rogue.close();
      expect(bad.outcome).toBe(AttemptOutcome.BAD_SIGNATURE);
      expect(bad.reason).toMatch(/^应答签名无效/);
    });

    it('does not follow a redirect: the request goes nowhere else', async () => {
      let elsewhere = 0;
      const { sut, source } = await start((req, res, body) => {
        if (req.url === '/elsewhere') {
          elsewhere++;
          return confirms(req, res, body);
        }
        res.writeHead(307, { location: '/elsewhere' }).end();
      });
      const r = await sut.ask(target(source.origin, { authSecret: 'secret' }), request());
      expect(r).toMatchObject({ outcome: AttemptOutcome.ERROR, reason: '数据源返回 HTTP 307' });
      expect(elsewhere).toBe(0);
    });

    it('stops reading an answer past 64 KiB', async () => {
      let written = 0;
      const { sut, source } = await start((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(16 * 1024, 'x');
        const pump = () => {
          // 16 MiB if nobody stopped reading
          while (written < 16 * 1024 * 1024 && !res.destroyed) {
            written += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      });
      const r = await sut.ask(target(source.origin), request());
      expect(r).toMatchObject({ outcome: AttemptOutcome.BAD_RESPONSE, reason: '应答过大' });
      expect(written).toBeLessThan(16 * 1024 * 1024);
    });

    it('reads the error code of a refusal', async () => {
      const { sut, source } = await start((_req, res) =>
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"code":"STALE","message":"m"}}'),
      );
      expect((await sut.ask(target(source.origin), request())).reason).toBe('数据源返回 HTTP 400（STALE）');
    });

    it('sends the request once more when the connection broke before any answer', async () => {
      let n = 0;
      const { sut, source } = await start((req, res, body) =>
        ++n === 1 ? req.socket.destroy() : confirms(req, res, body),
      );
      expect((await sut.ask(target(source.origin), request())).outcome).toBe(AttemptOutcome.CONFIRMED);
      expect(source.stats.requests).toBe(2);
    });

    it('is UNREACHABLE when the connection breaks twice, and when nothing listens', async () => {
      const { sut, source } = await start((req) => req.socket.destroy());
      const r = await sut.ask(target(source.origin), request());
      expect(r.outcome).toBe(AttemptOutcome.UNREACHABLE);
      expect(r.reason).toMatch(/^无法连接数据源：/);
      expect(source.stats.requests).toBe(2);
      const origin = source.origin;
      await source.close();
      const refused = await sut.ask(target(origin, { id: 'gone', code: 'GONE' }), request());
      expect(refused).toMatchObject({ outcome: AttemptOutcome.UNREACHABLE, reason: '无法连接数据源：ECONNREFUSED' });
    });

    it('times out a source that does not answer, within its timeout', async () => {
      const { sut, source } = await start(() => undefined);
      const started = Date.now();
      const r = await sut.ask(target(source.origin, { timeoutMs: 300 }), request());
      expect(r).toMatchObject({ outcome: AttemptOutcome.TIMEOUT, reason: '超过 300 毫秒未应答' });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(source.stats.requests).toBe(1);
    });
  });

  describe('policy and metrics', () => {
    it('opens the breaker after consecutive failures, stops calling, and says so in the gauge', async () => {
      const { sut, source, metrics } = await start((_req, res) => res.writeHead(500).end(), { breakerFailures: 2 });
      const src = target(source.origin);
      expect((await sut.ask(src, request())).outcome).toBe(AttemptOutcome.ERROR);
      expect((await sut.ask(src, request())).outcome).toBe(AttemptOutcome.ERROR);
      expect(sut.breakerState(src.id)).toBe(BreakerState.OPEN);
      expect(await sut.ask(src, request())).toMatchObject({
        outcome: AttemptOutcome.CIRCUIT_OPEN,
        latencyMs: null,
        reason: '熔断中：该数据源近期连续失败，暂不调用',
      });
      expect(source.stats.requests).toBe(2);
      const text = await metrics.registry.metrics();
      expect(text).toMatch(/gateway_source_breaker_state\{source="SRC"\} 2/);
      expect(text).toMatch(/gateway_source_errors_total\{source="SRC",kind="ERROR"\} 2/);
      expect(text).toMatch(/gateway_source_errors_total\{source="SRC",kind="CIRCUIT_OPEN"\} 1/);
      expect(text).toMatch(/gateway_source_request_duration_seconds_count\{source="SRC",outcome="ERROR"\} 2/);
      // a new version of the registration starts with a closed breaker
      expect(sut.breakerState('src-1')).toBe(BreakerState.OPEN);
      await sut.ask(target(source.origin, { updatedAt: new Date('2026-10-03T00:00:00Z') }), request());
      expect(source.stats.requests).toBe(3);
    });

    it('refuses callers beyond maxConcurrency after waiting half the timeout', async () => {
      const { sut, source } = await start(() => undefined);
      const src = target(source.origin, { maxConcurrency: 1, timeoutMs: 400 });
      const [first, second] = await Promise.all([sut.ask(src, request()), sut.ask(src, request())]);
      expect(first.outcome).toBe(AttemptOutcome.TIMEOUT);
      expect(second).toMatchObject({
        outcome: AttemptOutcome.OVERLOADED,
        latencyMs: null,
        reason: '该数据源并发调用已满（上限 1），等待超时',
      });
      expect(source.stats.requests).toBe(1);
    });

    it('does not call a source that signs nothing, unless development allows it', async () => {
      const { sut, source } = await start(confirms, { allowUnsigned: false });
      expect(await sut.ask(target(source.origin), request())).toMatchObject({
        outcome: AttemptOutcome.BAD_SIGNATURE,
        reason: '该数据源未登记应答签名公钥，其应答不予采信，未调用',
      });
      expect(source.stats.requests).toBe(0);
    });
  });
});
