import { exportJWK, generateKeyPair, JWK } from 'jose';
import { Sandbox, startSandbox } from '../apps/sandbox-sources/src';
import { Role } from '#gw/auth';
import { CreditDeliveryService, CreditOutboxService } from '#gw/credit';
import { PrismaService } from '#gw/db';
import { signDetached } from '#gw/protocol';
import { population } from './helpers/sandbox';
import { errorCodes, GqlResponse, startTestApp, TestApp } from './helpers/test-app';

const DELIVERIES = `query($status: CreditDeliveryStatus, $first: Int, $after: String) {
  creditDeliveries(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id type status attempts lastError nextAttemptAt deliveredAt createdAt payload }
  }
}`;
const SUMMARY = `query { creditDeliverySummary { pending delivered oldestPendingAt } }`;
// the delivery loop is driven by the tests through deliverDue()
const NO_TIMER = { CREDIT_DELIVERY_MS: '3600000', CREDIT_TIMEOUT_MS: '500' };

let seq = 0;

describe('credit platform export (e2e)', () => {
  let sandbox: Sandbox;
  let t: TestApp;
  let outbox: CreditOutboxService;
  let delivery: CreditDeliveryService;
  let prisma: PrismaService;

  function enqueue(
    n: number,
    type: 'CREDIT_RECORD_CREATED' | 'CREDIT_RECORD_REPAIRED' = 'CREDIT_RECORD_CREATED',
  ): Promise<string[]> {
    return prisma.transaction(async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const recordId = `credit-record-${process.pid}-${++seq}`;
        ids.push(
          await outbox.enqueue(tx, {
            type,
            payload: {
              recordId,
              subjectMasked: '621022********0012',
              subjectHash: 'ab'.repeat(32),
              factType: 'MARITAL_STATUS',
            },
          }),
        );
      }
      return ids;
    });
  }
  const rows = (ids: string[]) => t.db.creditOutbox.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
  const receivedIds = (ids: string[]) =>
    sandbox
      .creditEvents()
      .filter((e) => ids.includes(e.id))
      .map((e) => e.id);
  const makeDue = (ids: string[]) =>
    t.db.creditOutbox.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: new Date() } });

  // the gateway's signing key, given to it in configuration, so that the credit platform (started
  // first) knows the public key it checks every event's signature with
  let gatewayKey: { privateJwk: JWK; sign: (body: string) => Promise<string> };

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = 'gw-credit-e2e';
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'ES256' };
    gatewayKey = { privateJwk, sign: (body) => signDetached(body, privateKey, kid, 'ES256') };
    sandbox = await startSandbox({
      port: 0,
      population: population().population,
      gatewayJwks: { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256' }] },
    });
    t = await startTestApp({
      CREDIT_PLATFORM_URL: `${sandbox.url}/credit/events`,
      GATEWAY_SIGNING_KEY: JSON.stringify(privateJwk),
      ...NO_TIMER,
    });
    outbox = t.app.get(CreditOutboxService);
    delivery = t.app.get(CreditDeliveryService);
    prisma = t.app.get(PrismaService);
  });
  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });
  afterEach(() => sandbox.setCreditFault(null));

  it('delivers committed events to the credit platform, each once', async () => {
    const ids = await enqueue(3);
    await expect(delivery.deliverDue()).resolves.toEqual({ delivered: 3, failed: 0 });
    const stored = await rows(ids);
    expect(stored.map((r) => r.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED']);
    for (const r of stored) {
      expect(r.deliveredAt).toBeInstanceOf(Date);
      const received = sandbox.creditEvents().find((e) => e.id === r.id);
      expect(received).toMatchObject({
        type: 'CREDIT_RECORD_CREATED',
        occurredAt: r.createdAt.toISOString(),
        payload: r.payload,
      });
    }
    await expect(delivery.deliverDue()).resolves.toEqual({ delivered: 0, failed: 0 });
    expect(ids.map((id) => sandbox.creditPostCount(id))).toEqual([1, 1, 1]);
  });

  it('exports nothing for a business change that rolled back', async () => {
    let id = '';
    await expect(
      prisma.transaction(async (tx) => {
        id = await outbox.enqueue(tx, { type: 'CREDIT_RECORD_REPAIRED', payload: { recordId: 'rolled-back' } });
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(await t.db.creditOutbox.count({ where: { id } })).toBe(0);
    await delivery.deliverDue();
    expect(sandbox.creditPostCount(id)).toBe(0);
  });

  it('refuses a payload that carries a raw ID number', async () => {
    const idNumber = population().samples.unknownIdNumber;
    await expect(
      prisma.transaction((tx) =>
        outbox.enqueue(tx, { type: 'CREDIT_RECORD_CREATED', payload: { subject: { idNumber } } }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await t.db.creditOutbox.count({ where: { payload: { equals: { subject: { idNumber } } } } })).toBe(0);
  });

  it('keeps events pending while the platform is down and delivers each once when it is back', async () => {
    const ids = await enqueue(3, 'CREDIT_RECORD_REPAIRED');

    sandbox.setCreditFault({ down: true });
    const firstRound = new Date();
    await expect(delivery.deliverDue(firstRound)).resolves.toEqual({ delivered: 0, failed: 3 });
    const afterFirst = await rows(ids);
    for (const r of afterFirst) {
      expect(r).toMatchObject({ status: 'PENDING', attempts: 1, claimedUntil: null, deliveredAt: null });
      expect(r.lastError).toMatch(/^无法连接信用平台/);
      expect(r.nextAttemptAt.getTime() - firstRound.getTime()).toBeGreaterThanOrEqual(1800);
    }
    // not due yet: nothing is sent
    await expect(delivery.deliverDue()).resolves.toEqual({ delivered: 0, failed: 0 });

    sandbox.setCreditFault({ errorRate: 1 });
    await makeDue(ids);
    const secondRound = new Date();
    await expect(delivery.deliverDue(secondRound)).resolves.toEqual({ delivered: 0, failed: 3 });
    const afterSecond = await rows(ids);
    afterSecond.forEach((r, i) => {
      expect(r).toMatchObject({ status: 'PENDING', attempts: 2, lastError: '信用平台应答 HTTP 503' });
      expect(r.nextAttemptAt.getTime() - secondRound.getTime()).toBeGreaterThanOrEqual(3600);
      expect(r.nextAttemptAt.getTime()).toBeGreaterThan(afterFirst[i].nextAttemptAt.getTime());
    });
    expect(receivedIds(ids)).toEqual([]);

    sandbox.setCreditFault(null);
    await makeDue(ids);
    await expect(delivery.deliverDue()).resolves.toEqual({ delivered: 3, failed: 0 });
    expect((await rows(ids)).map((r) => r.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED']);
    expect(receivedIds(ids).sort()).toEqual([...ids].sort());
  });

  it('resends an event whose acknowledgement was lost, and the platform keeps it once', async () => {
    const [id] = await enqueue(1);
    // the platform stores the event but answers after the gateway has given up
    sandbox.setCreditFault({ latencyMs: 1500 });
    await expect(delivery.deliverDue()).resolves.toEqual({ delivered: 0, failed: 1 });
    expect((await rows([id]))[0]).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: '信用平台超过 500 毫秒未应答',
    });
    await waitFor(() => receivedIds([id]).length === 1);

    sandbox.setCreditFault(null);
    await makeDue([id]);
    await expect(delivery.deliverDue()).resolves.toEqual({ delivered: 1, failed: 0 });
    expect(sandbox.creditPostCount(id)).toBe(2);
    expect(receivedIds([id])).toEqual([id]);
    expect((await rows([id]))[0].status).toBe('DELIVERED');
  });

  describe('with two gateway instances on one database', () => {
    let b: TestApp;

    beforeAll(async () => {
      b = await startTestApp({
        DATABASE_URL: t.config.databaseUrl,
        DATA_DIR: t.config.dataDir,
        CREDIT_PLATFORM_URL: `${sandbox.url}/credit/events`,
        GATEWAY_SIGNING_KEY: JSON.stringify(gatewayKey.privateJwk),
        ...NO_TIMER,
      });
    });
    afterAll(async () => {
      await b.close();
    });

    it('sends each event exactly once when both deliver at the same time', async () => {
      const ids = await enqueue(24);
      const results = await Promise.all([delivery.deliverDue(), b.app.get(CreditDeliveryService).deliverDue()]);
      expect(results.reduce((sum, r) => sum + r.delivered, 0)).toBe(24);
      expect(results.every((r) => r.failed === 0)).toBe(true);
      expect(ids.map((id) => sandbox.creditPostCount(id))).toEqual(ids.map(() => 1));
      expect(receivedIds(ids)).toHaveLength(24);
      expect(await t.db.creditOutbox.count({ where: { id: { in: ids }, status: 'DELIVERED' } })).toBe(24);
    });

    it('delivers an event that a crashed instance had claimed, once its lease ran out', async () => {
      const [id] = await enqueue(1);
      // the other instance claimed it and is (as far as anyone knows) still sending
      await t.db.creditOutbox.update({ where: { id }, data: { claimedUntil: new Date(Date.now() + 60_000) } });
      await expect(b.app.get(CreditDeliveryService).deliverDue()).resolves.toEqual({ delivered: 0, failed: 0 });
      expect(sandbox.creditPostCount(id)).toBe(0);

      // it crashed: its lease ran out with the event still pending
      await t.db.creditOutbox.update({ where: { id }, data: { claimedUntil: new Date(Date.now() - 1000) } });
      await expect(b.app.get(CreditDeliveryService).deliverDue()).resolves.toEqual({ delivered: 1, failed: 0 });
      expect(sandbox.creditPostCount(id)).toBe(1);
      expect((await rows([id]))[0]).toMatchObject({ status: 'DELIVERED', claimedUntil: null });
    });
  });

  describe('delivery status over GraphQL', () => {
    let pendingIds: string[];

    beforeAll(async () => {
      // left pending: the platform refused them once
      pendingIds = await enqueue(2);
      sandbox.setCreditFault({ errorRate: 1 });
      await delivery.deliverDue();
      sandbox.setCreditFault(null);
    });

    it('lists deliveries newest first, page by page, for the list administrator', async () => {
      const admin = await t.token(Role.LIST_ADMIN);
      const expected = (await t.db.creditOutbox.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] })).map(
        (r) => r.id,
      );
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: GqlResponse = await t.gql(DELIVERIES, { first: 7, after }, admin);
        expect(res.errors).toBeUndefined();
        const page: {
          totalCount: number;
          nodes: { id: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        } = res.data!.creditDeliveries;
        expect(page.totalCount).toBe(expected.length);
        seen.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    });

    it('filters by status and shows why an event is still pending', async () => {
      const res = await t.gql(DELIVERIES, { status: 'PENDING' }, await t.token(Role.AUDITOR));
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.creditDeliveries.nodes as Record<string, unknown>[];
      expect(nodes.map((n) => n.id).sort()).toEqual([...pendingIds].sort());
      expect(nodes[0]).toMatchObject({
        type: 'CREDIT_RECORD_CREATED',
        status: 'PENDING',
        attempts: 1,
        lastError: '信用平台应答 HTTP 503',
        deliveredAt: null,
      });
      expect(nodes[0].payload).toMatchObject({ subjectMasked: '621022********0012' });

      const delivered = await t.gql(DELIVERIES, { status: 'DELIVERED', first: 50 }, await t.token(Role.AUDITOR));
      expect(delivered.errors).toBeUndefined();
      expect(delivered.data!.creditDeliveries.totalCount).toBe(
        await t.db.creditOutbox.count({ where: { status: 'DELIVERED' } }),
      );
      expect(
        (delivered.data!.creditDeliveries.nodes as { deliveredAt: string | null }[]).every(
          (n) => n.deliveredAt !== null,
        ),
      ).toBe(true);
    });

    it('summarises pending and delivered events', async () => {
      const res = await t.gql(SUMMARY, {}, await t.token(Role.LIST_ADMIN));
      expect(res.errors).toBeUndefined();
      const oldest = await t.db.creditOutbox.findFirst({ where: { status: 'PENDING' }, orderBy: { createdAt: 'asc' } });
      expect(res.data!.creditDeliverySummary).toEqual({
        pending: 2,
        delivered: await t.db.creditOutbox.count({ where: { status: 'DELIVERED' } }),
        oldestPendingAt: oldest!.createdAt.toISOString(),
      });
    });

    it('refuses a bad page size and a bad cursor', async () => {
      const admin = await t.token(Role.LIST_ADMIN);
      expect(errorCodes(await t.gql(DELIVERIES, { first: 0 }, admin))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await t.gql(DELIVERIES, { after: 'bm90LWEtY3Vyc29y' }, admin))).toEqual(['BAD_USER_INPUT']);
    });

    it('is not for window staff', async () => {
      const clerk = await t.token(Role.WINDOW_STAFF);
      expect(errorCodes(await t.gql(DELIVERIES, {}, clerk))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(SUMMARY, {}, clerk))).toEqual(['FORBIDDEN']);
    });
  });

  describe('the sandbox credit-platform receiver', () => {
    // signed as the gateway signs, unless a test gives its own signature header
    const post = async (body: unknown, headers: Record<string, string> = {}) => {
      const text = JSON.stringify(body);
      return fetch(`${sandbox.url}/credit/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-jws-signature': await gatewayKey.sign(text), ...headers },
        body: text,
      });
    };

    it('refuses an event that the gateway did not sign, storing nothing', async () => {
      const event = { id: `unsigned-${process.pid}`, type: 'T', occurredAt: new Date().toISOString(), payload: {} };
      const unsigned = await fetch(`${sandbox.url}/credit/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
      });
      expect(unsigned.status).toBe(401);
      const { privateKey } = await generateKeyPair('ES256');
      const forged = await post(event, {
        'x-jws-signature': await signDetached(JSON.stringify(event), privateKey, 'gw-credit-e2e', 'ES256'),
      });
      expect(forged.status).toBe(401);
      // a signature over another body does not carry over
      const moved = await post(event, {
        'x-jws-signature': await gatewayKey.sign(JSON.stringify({ ...event, id: 'y' })),
      });
      expect(moved.status).toBe(401);
      expect(receivedIds([event.id])).toEqual([]);
      expect(sandbox.creditPostCount(event.id)).toBe(0);
    });

    it('acknowledges a repeated id without storing it twice', async () => {
      const event = {
        id: `direct-${process.pid}`,
        type: 'CREDIT_RECORD_CREATED',
        occurredAt: new Date().toISOString(),
        payload: { recordId: 'r' },
      };
      const first = await post(event, { 'idempotency-key': event.id });
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ id: event.id, duplicate: false });
      const again = await post(event);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ id: event.id, duplicate: true });
      expect(receivedIds([event.id])).toEqual([event.id]);
      const listed = (await (await fetch(`${sandbox.url}/credit/events`)).json()) as { id: string }[];
      expect(listed.filter((e) => e.id === event.id)).toHaveLength(1);
    });

    it('refuses a malformed event and a key that differs from the id', async () => {
      expect((await post({ id: 'x', type: 'T', occurredAt: 'yesterday', payload: {} })).status).toBe(400);
      expect(
        (
          await post(
            { id: 'x', type: 'T', occurredAt: new Date().toISOString(), payload: {} },
            { 'idempotency-key': 'y' },
          )
        ).status,
      ).toBe(400);
      expect(receivedIds(['x'])).toEqual([]);
    });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}
