import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { loadConfig, MetricsService } from '#gw/common';
import type { SigningService, SubjectHasher } from '#gw/signing';
import { creditBackoffMs, CreditDeliveryService } from './credit-delivery.service';
import type { CreditOutboxRepository, CreditOutboxRow } from './credit-outbox.repository';

interface Received {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

// A stand-in credit platform that answers every POST with the status the test chose, or never.
async function platform(): Promise<{
  url: string;
  received: Received[];
  answer: (status: number | 'hang') => void;
  close: () => Promise<void>;
}> {
  let status: number | 'hang' = 200;
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      if (status === 'hang') return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/credit/events`,
    received,
    answer: (s) => (status = s),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const NOW = new Date('2026-11-02T08:00:00.000Z');

function row(overrides: Partial<CreditOutboxRow> = {}): CreditOutboxRow {
  return {
    id: '0195f3a0-0000-7000-8000-000000000001',
    destination: 'CREDIT_PLATFORM',
    type: 'CREDIT_RECORD_CREATED',
    payload: { recordId: 'r-1', subjectMasked: '621022********1234', factType: 'MARITAL_STATUS' },
    subjectSealed: null,
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: NOW,
    claimedUntil: null,
    lastError: null,
    deliveredAt: null,
    createdAt: new Date('2026-11-01T10:00:00.000Z'),
    ...overrides,
  };
}

function setup(env: Record<string, string>, rows: CreditOutboxRow[] = [row()]) {
  const repo = {
    listDue: jest.fn(async () => rows.map((r) => ({ id: r.id }))),
    claim: jest.fn(async (id: string) => rows.find((r) => r.id === id) ?? null),
    markDelivered: jest.fn(async () => true),
    markFailed: jest.fn(async () => true),
    countPending: jest.fn(async () => 0),
  };
  const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  const config = loadConfig({ NODE_ENV: 'test', CREDIT_MAX_BACKOFF_MS: '60000', ...env });
  const sut = new CreditDeliveryService(
    repo as unknown as CreditOutboxRepository,
    new MetricsService(),
    config,
    logger as unknown as Logger,
    // a stand-in key: the signature is whatever the body was, so a test can tell it covers the body
    { signBody: jest.fn(async (body: string) => `sig:${body.length}`) } as unknown as SigningService,
    { unseal: jest.fn((sealed: string) => sealed.replace(/^sealed:/, '')) } as unknown as SubjectHasher,
  );
  return { sut, repo, logger };
}

describe(CreditDeliveryService.name, () => {
  let p: Awaited<ReturnType<typeof platform>>;

  beforeEach(async () => {
    p = await platform();
    // a frozen clock and no jitter make the next attempt time exact
    jest.spyOn(Date, 'now').mockReturnValue(NOW.getTime());
    jest.spyOn(Math, 'random').mockReturnValue(0);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await p.close();
  });

  describe(creditBackoffMs.name, () => {
    it('doubles with each failure from two seconds', () => {
      expect([1, 2, 3, 4, 5].map((n) => creditBackoffMs(n, 600_000, () => 0))).toEqual([
        2000, 4000, 8000, 16000, 32000,
      ]);
    });

    it('stops growing at the configured maximum', () => {
      expect(creditBackoffMs(9, 60_000, () => 0)).toBe(60_000);
      expect(creditBackoffMs(1000, 60_000, () => 0)).toBe(60_000);
    });

    it('takes jitter off the wait, never adding to it', () => {
      expect(creditBackoffMs(3, 600_000, () => 0.999)).toBe(7201);
      expect(creditBackoffMs(50, 60_000, () => 0.5)).toBe(57_000);
    });
  });

  it('posts the event with its id as idempotency key and marks it delivered on 2xx', async () => {
    const { sut, repo } = setup({ CREDIT_PLATFORM_URL: p.url });
    const result = await sut.deliverDue(NOW);
    expect(result).toEqual({ delivered: 1, failed: 0 });
    expect(p.received).toHaveLength(1);
    expect(p.received[0].headers['idempotency-key']).toBe(row().id);
    expect(p.received[0].body).toEqual({
      id: row().id,
      type: 'CREDIT_RECORD_CREATED',
      occurredAt: '2026-11-01T10:00:00.000Z',
      payload: row().payload,
    });
    expect(repo.markDelivered).toHaveBeenCalledWith(row().id, NOW);
    expect(repo.markFailed).not.toHaveBeenCalled();
    // signed: the detached signature travels in x-jws-signature
    expect(p.received[0].headers['x-jws-signature']).toBe(`sig:${JSON.stringify(p.received[0].body).length}`);
  });

  it('unseals the ID number into subject.idNumber of the signed body, never into the payload', async () => {
    const sealed = row({ subjectSealed: 'sealed:110101199003070011' });
    const { sut } = setup({ CREDIT_PLATFORM_URL: p.url }, [sealed]);
    await sut.deliverDue(NOW);
    expect(p.received[0].body).toMatchObject({ id: sealed.id, subject: { idNumber: '110101199003070011' } });
    expect(JSON.stringify(p.received[0].body.payload)).not.toContain('110101199003070011');
  });

  it("sends a department notice to that department's webhook, and leaves destinations without one alone", async () => {
    const notice = row({ id: 'ASSIST_REQUESTED:HX_GA:a-1', destination: 'HX_GA', type: 'ASSIST_REQUESTED' });
    const { sut, repo } = setup({ DEPARTMENT_WEBHOOKS: `HX_GA=${p.url}` }, [notice]);
    expect(await sut.deliverDue(NOW)).toEqual({ delivered: 1, failed: 0 });
    expect(repo.listDue).toHaveBeenCalledWith(NOW, undefined, 100, ['HX_GA']);
    expect(p.received[0].body).toMatchObject({ id: notice.id, type: 'ASSIST_REQUESTED' });
  });

  it('claims with a lease of twice the timeout', async () => {
    const { sut, repo } = setup({ CREDIT_PLATFORM_URL: p.url, CREDIT_TIMEOUT_MS: '3000' });
    await sut.deliverDue(NOW);
    expect(repo.claim).toHaveBeenCalledWith(row().id, NOW, new Date(NOW.getTime() + 6000));
  });

  it.each([404, 500, 503, 302])(
    'keeps the event pending and backs off when the platform answers %s',
    async (status) => {
      p.answer(status);
      const { sut, repo } = setup({ CREDIT_PLATFORM_URL: p.url });
      const result = await sut.deliverDue(NOW);
      expect(result).toEqual({ delivered: 0, failed: 1 });
      expect(repo.markDelivered).not.toHaveBeenCalled();
      expect(repo.markFailed).toHaveBeenCalledWith(
        row().id,
        new Date(NOW.getTime() + 10_000),
        new Date(NOW.getTime() + 2000),
        `信用平台应答 HTTP ${status}`,
      );
    },
  );

  it('waits longer after each failure, up to the maximum', async () => {
    p.answer(503);
    const rows = [row({ id: 'a', attempts: 0 }), row({ id: 'b', attempts: 2 }), row({ id: 'c', attempts: 20 })];
    const { sut, repo } = setup({ CREDIT_PLATFORM_URL: p.url }, rows);
    await sut.deliverDue(NOW);
    const waits = repo.markFailed.mock.calls.map((call) => ((call as unknown[])[2] as Date).getTime() - NOW.getTime());
    expect(waits).toEqual([2000, 8000, 60_000]);
  });

  it('records a refused connection as a failure', async () => {
    await p.close();
    const { sut, repo } = setup({ CREDIT_PLATFORM_URL: p.url });
    const result = await sut.deliverDue(NOW);
    expect(result).toEqual({ delivered: 0, failed: 1 });
    expect(repo.markDelivered).not.toHaveBeenCalled();
    expect(repo.markFailed).toHaveBeenCalledWith(
      row().id,
      expect.any(Date),
      expect.any(Date),
      '无法连接信用平台：ECONNREFUSED',
    );
  });

  it('gives up on a platform that does not answer within the timeout and keeps the event pending', async () => {
    p.answer('hang');
    const { sut, repo } = setup({ CREDIT_PLATFORM_URL: p.url, CREDIT_TIMEOUT_MS: '200' });
    const result = await sut.deliverDue(NOW);
    expect(result).toEqual({ delivered: 0, failed: 1 });
    expect(p.received).toHaveLength(1);
    expect(repo.markDelivered).not.toHaveBeenCalled();
    expect(repo.markFailed).toHaveBeenCalledWith(
      row().id,
      expect.any(Date),
      expect.any(Date),
      '信用平台超过 200 毫秒未应答',
    );
  });

  it('does not send an event another instance claimed first', async () => {
    const { sut, repo } = setup({ CREDIT_PLATFORM_URL: p.url });
    repo.claim.mockResolvedValue(null);
    await expect(sut.deliverDue(NOW)).resolves.toEqual({ delivered: 0, failed: 0 });
    expect(p.received).toHaveLength(0);
  });

  it('runs one delivery pass at a time in an instance', async () => {
    const { sut, repo } = setup({ CREDIT_PLATFORM_URL: p.url });
    const [a, b] = await Promise.all([sut.deliverDue(NOW), sut.deliverDue(NOW)]);
    expect(a).toEqual({ delivered: 1, failed: 0 });
    expect(b).toEqual(a);
    expect(repo.listDue).toHaveBeenCalledTimes(1);
    expect(p.received).toHaveLength(1);
  });

  it('leaves events in the outbox when no credit platform is configured', async () => {
    const { sut, repo } = setup({});
    await expect(sut.deliverDue(NOW)).resolves.toEqual({ delivered: 0, failed: 0 });
    expect(repo.claim).not.toHaveBeenCalled();
  });

  it('never logs the payload', async () => {
    p.answer(503);
    const { sut, logger } = setup({ CREDIT_PLATFORM_URL: p.url }, [row({ id: 'a' }), row({ id: 'b' })]);
    await sut.deliverDue(NOW);
    p.answer(200);
    await sut.deliverDue(NOW);
    const logged = JSON.stringify([...logger.info.mock.calls, ...logger.warn.mock.calls]);
    expect(logged).toContain('"eventId":"a"');
    expect(logged).not.toContain('621022********1234');
    expect(logged).not.toContain('recordId');
  });
});
