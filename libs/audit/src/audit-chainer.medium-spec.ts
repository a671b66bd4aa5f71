import type { INestApplicationContext } from '@nestjs/common';
import { bootMedium, MediumContext } from '../../../test/helpers/medium';
import { AuditChainer } from './audit-chainer.service';
import { AuditModule } from './audit.module';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

// The chain is built off the request path by whichever instance holds the lease. These run the
// real repository on the real database (SQLite, or PostgreSQL with TEST_DATABASE_URL).
describe('audit chaining across instances (medium)', () => {
  let m: MediumContext;
  let b: INestApplicationContext;

  beforeEach(async () => {
    // the timers stay off (a long interval); the tests drive each pass themselves
    m = await bootMedium([AuditModule], {
      AUDIT_CHAIN_MS: '600000',
      AUDIT_CHAIN_LEASE_MS: '800',
      AUDIT_CHECKPOINT_MS: '0',
    });
    b = await m.replica();
  });
  afterEach(() => m.close());

  const append = async (app: INestApplicationContext, n: number, tag: string) => {
    const audit = app.get(AuditService);
    const repo = app.get(AuditRepository);
    for (let i = 0; i < n; i++) {
      await repo['prisma'].transaction((tx) =>
        audit.record(
          tx,
          { requestId: `${tag}-${i}` },
          { action: 'test.append', targetType: 'Test', detail: { tag, i } },
        ),
      );
    }
  };

  // Two instances chaining at once: on PostgreSQL truly concurrently; on SQLite, whose replicas
  // are not a supported deployment (two connections in one process block each other's event
  // loop), the passes alternate.
  it('chains each event exactly once while two instances take turns or race for the lease', async () => {
    const [ca, cb] = [m.app.get(AuditChainer), b.get(AuditChainer)];
    const concurrent = m.config.databaseUrl.startsWith('postgres');
    const pass = async () =>
      concurrent
        ? (await Promise.all([ca.chainNow(), cb.chainNow()])).reduce((x, y) => x + y, 0)
        : (await ca.chainNow()) + (await cb.chainNow());
    let chained = 0;
    for (let round = 0; round < 4; round++) {
      await (concurrent
        ? Promise.all([append(m.app, 10, `a${round}`), append(b, 10, `b${round}`)])
        : append(m.app, 20, `r${round}`));
      chained += await pass();
    }
    // whoever holds the lease has chained everything; the other never chained anything twice
    await new Promise((r) => setTimeout(r, 900));
    chained += await pass();
    const rows = await m.db.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(rows).toHaveLength(80);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect(chained).toBe(80);
    expect(await b.get(AuditService).verifyChain()).toMatchObject({ valid: true, eventCount: 80, unchainedCount: 0 });
  });

  it('only the lease holder chains; when it dies mid-batch nothing of the batch stays, and the next holder finishes', async () => {
    await append(m.app, 25, 'x');
    const repo = m.app.get(AuditRepository);
    const dead = 'chainer-killed';
    // the instances chained once at start and hold the lease for a moment: hand it back first
    for (const app of [m.app, b]) await repo.releaseChainLease(app.get(AuditChainer).holder);
    // long enough to outlast the steps below on a loaded machine; the test waits for it to run out
    const deadUntil = new Date(Date.now() + 4000);
    expect(await repo.claimChainLease(dead, deadUntil, new Date())).toBe(true);
    // the holder chains every event of its batch, then dies before the commit
    await expect(
      repo.chainBatch(dead, 500, new Date(), deadUntil, async () => {
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect(await m.db.auditEvent.count({ where: { seq: { not: null } } })).toBe(0);
    expect(await m.db.auditHead.findFirstOrThrow()).toMatchObject({ seq: 0, holder: dead });

    const other = b.get(AuditChainer);
    expect(await other.chainNow()).toBe(0); // the lease is still the dead holder's
    await new Promise((r) => setTimeout(r, Math.max(0, deadUntil.getTime() - Date.now()) + 100));
    expect(await other.chainNow()).toBe(25);
    expect(await m.db.auditHead.findFirstOrThrow()).toMatchObject({ seq: 25, holder: other.holder });
    const report = await b.get(AuditService).verifyChain();
    expect(report).toMatchObject({ valid: true, eventCount: 25, unchainedCount: 0 });
    expect(report.latestCheckpoint).toMatchObject({ seq: 25 });
  });

  it('releases the lease on shutdown so another instance takes over at once', async () => {
    await append(m.app, 3, 'y');
    expect(await m.app.get(AuditChainer).chainNow()).toBe(3);
    await m.app.get(AuditChainer).onModuleDestroy();
    await append(b, 2, 'z');
    expect(await b.get(AuditChainer).chainNow()).toBe(2);
  });
});
