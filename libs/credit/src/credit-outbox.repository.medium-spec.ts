import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { DbClient, PrismaService } from '#gw/db';
import { bootMedium, MediumContext } from '../../../test/helpers/medium';
import { CreditDeliveryService } from './credit-delivery.service';
import { CreditModule } from './credit.module';
import { CreditOutboxRepository, DELIVERED, PENDING } from './credit-outbox.repository';

// The credit outbox is drained by every instance: each event is claimed by one conditional
// update, so of two instances only one sends it at a time. Real repository, real database
// (SQLite, or PostgreSQL with TEST_DATABASE_URL), and a platform that counts what it receives.
describe('credit outbox claims (medium)', () => {
  let m: MediumContext;
  let b: INestApplicationContext;
  let db: DbClient;
  let concurrent: boolean;
  let platform: Server;
  const received: string[] = [];

  beforeAll(async () => {
    platform = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push(String(req.headers['idempotency-key'] ?? (JSON.parse(body) as { id?: string }).id));
        // answer a little later, so that both instances are mid-pass at once
        setTimeout(() => res.writeHead(204).end(), 5);
      });
    });
    await new Promise<void>((r) => platform.listen(0, '127.0.0.1', r));
    const env = {
      CREDIT_PLATFORM_URL: `http://127.0.0.1:${(platform.address() as AddressInfo).port}/events`,
      CREDIT_DELIVERY_MS: '3600000',
    };
    m = await bootMedium([CreditModule], env);
    concurrent = m.config.databaseUrl.startsWith('postgres');
    // on SQLite a second connection in one process would wait on the first: the instance races itself
    b = concurrent ? await m.replica(env) : m.app;
    db = m.app.get(PrismaService).client;
  });
  afterAll(async () => {
    await m.close();
    await new Promise((r) => platform.close(r));
  });

  let n = 0;
  const enqueue = async (count: number, nextAttemptAt = new Date(Date.now() - 1000)) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `co-medium-${String(++n).padStart(4, '0')}`;
      await db.creditOutbox.create({
        data: { id, type: 'CREDIT_RECORD_CREATED', payload: { id }, status: PENDING, nextAttemptAt },
      });
      ids.push(id);
    }
    return ids;
  };
  const repos = () => [m.app.get(CreditOutboxRepository), b.get(CreditOutboxRepository)];

  it('of several claims of one event at once exactly one gets the row', async () => {
    const [id] = await enqueue(1);
    const [ra, rb] = repos();
    const lease = new Date(Date.now() + 30_000);
    const got = await Promise.all([0, 1, 2, 3].map((i) => (i % 2 ? rb : ra).claim(id!, new Date(), lease)));
    const winners = got.filter((r) => r !== null);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ id, claimedUntil: lease, status: PENDING });
  });

  it('a lease that ran out can be claimed again; the old holder can no longer mark it failed', async () => {
    const [id] = await enqueue(1);
    const [ra, rb] = repos();
    const old = new Date(Date.now() - 1);
    expect(await ra.claim(id!, new Date(Date.now() - 10), old)).not.toBeNull();
    const fresh = new Date(Date.now() + 30_000);
    expect(await rb.claim(id!, new Date(), fresh)).not.toBeNull();
    expect(await ra.markFailed(id!, old, new Date(), 'late')).toBe(false);
    expect(await rb.markFailed(id!, fresh, new Date(Date.now() + 2000), 'HTTP 503')).toBe(true);
    expect(await db.creditOutbox.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({
      attempts: 1,
      lastError: 'HTTP 503',
      claimedUntil: null,
    });
  });

  it('an event not yet due, or delivered, is claimed by nobody; delivered is marked once', async () => {
    const [later] = await enqueue(1, new Date(Date.now() + 60_000));
    const [id] = await enqueue(1);
    const [ra, rb] = repos();
    expect(await ra.claim(later!, new Date(), new Date(Date.now() + 30_000))).toBeNull();
    expect(await ra.claim(id!, new Date(), new Date(Date.now() + 30_000))).not.toBeNull();
    const marked = await Promise.all([ra.markDelivered(id!, new Date()), rb.markDelivered(id!, new Date())]);
    expect(marked.filter(Boolean)).toHaveLength(1);
    expect(await rb.claim(id!, new Date(Date.now() + 3_600_000), new Date(Date.now() + 3_700_000))).toBeNull();
  });

  it('two instances delivering at once send each event once and mark each delivered', async () => {
    await db.creditOutbox.updateMany({ where: { status: PENDING }, data: { status: DELIVERED } });
    const ids = await enqueue(30);
    received.length = 0;
    const [da, dbs] = [m.app.get(CreditDeliveryService), b.get(CreditDeliveryService)];
    const results = concurrent
      ? await Promise.all([da.deliverDue(), dbs.deliverDue()])
      : [await da.deliverDue(), await dbs.deliverDue()];
    expect(results.reduce((x, r) => x + r.delivered, 0)).toBe(30);
    expect(results.reduce((x, r) => x + r.failed, 0)).toBe(0);
    expect([...received].sort()).toEqual(ids);
    expect(await db.creditOutbox.count({ where: { id: { in: ids }, status: DELIVERED } })).toBe(30);
  });
});
