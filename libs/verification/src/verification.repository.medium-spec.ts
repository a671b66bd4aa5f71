import type { INestApplicationContext } from '@nestjs/common';
import { DbClient, PrismaService } from '#gw/db';
import { bootMedium, MediumContext } from '../../../test/helpers/medium';
import { INTERRUPTED_REASON, VerificationRecoveryService } from './verification-recovery.service';
import { VerificationModule } from './verification.module';
import { VerificationRepository } from './verification.repository';

// The conditional updates a verification's life hangs on, run by the real repository on the real
// database (SQLite, or PostgreSQL with TEST_DATABASE_URL): whichever of several workers or
// replicas races for a row, exactly one wins it.
describe('verification leases (medium)', () => {
  let m: MediumContext;
  let b: INestApplicationContext;
  let concurrent: boolean;
  // the instance's own client: on SQLite a second connection in this process would wait on it
  let db: DbClient;

  beforeAll(async () => {
    // the recovery sweep's timer stays off (a long interval); the tests run each pass themselves
    m = await bootMedium([VerificationModule], { VERIFICATION_SWEEP_MS: '3600000' });
    concurrent = m.config.databaseUrl.startsWith('postgres');
    // a second replica on the same database: on PostgreSQL the races are real; on SQLite one
    // process with two connections blocks itself, so the same instance races with itself
    db = m.app.get(PrismaService).client;
    b = concurrent ? await m.replica({ VERIFICATION_SWEEP_MS: '3600000' }) : m.app;
  });
  afterAll(() => m.close());

  let n = 0;
  const seed = async (status: string, leaseUntil: Date | null, attempts: string[] = []) => {
    const id = `v-medium-${++n}`;
    await db.verification.create({
      data: {
        id,
        requesterDepartment: 'dept-medium',
        requesterSubject: 'clerk-medium',
        idempotencyKey: `key-${n}`,
        requestHash: 'h',
        factTypeCode: 'MARITAL_STATUS',
        subjectHash: 'subject-hash',
        subjectMasked: '1101**********0011',
        claim: {},
        matter: '测试事项',
        purpose: '测试用途',
        status,
        leaseUntil,
        reason: status === 'INTERRUPTED' ? INTERRUPTED_REASON : null,
      },
    });
    for (const [i, outcome] of attempts.entries())
      await db.verificationAttempt.create({
        data: {
          id: `${id}-a${i}`,
          verificationId: id,
          route: 'DATA_SHARING',
          outcome,
          finishedAt: outcome === 'PENDING' ? null : new Date(),
        },
      });
    return id;
  };
  const repos = () => [m.app.get(VerificationRepository), b.get(VerificationRepository)];
  const ago = (ms: number) => new Date(Date.now() - ms);
  const ahead = (ms: number) => new Date(Date.now() + ms);

  describe('claim', () => {
    it('of an interrupted run: of several workers claiming at once exactly one wins', async () => {
      const id = await seed('INTERRUPTED', null);
      const [ra, rb] = repos();
      const lease = ahead(30_000);
      const won = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => (i % 2 ? rb : ra).claim(id, lease, new Date())));
      expect(won.filter(Boolean)).toHaveLength(1);
      const row = await db.verification.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: 'RUNNING', reason: null, leaseUntil: lease });
    });

    it('of a run whose lease ran out: exactly one wins; a live lease is nobody else’s to take', async () => {
      const id = await seed('RUNNING', ago(1000));
      const [ra, rb] = repos();
      const won = await Promise.all([ra.claim(id, ahead(30_000), new Date()), rb.claim(id, ahead(30_000), new Date())]);
      expect(won.filter(Boolean)).toHaveLength(1);
      // the winner's lease is live now: a third worker cannot take it over
      expect(await ra.claim(id, ahead(60_000), new Date())).toBe(false);
    });

    it('never reopens a finished run', async () => {
      const id = await seed('DONE', null);
      expect(await repos()[0].claim(id, ahead(30_000), new Date())).toBe(false);
      expect(await db.verification.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DONE' });
    });
  });

  describe('finishRunning', () => {
    it('writes a result once: the worker that finishes second gets null and changes nothing', async () => {
      const id = await seed('RUNNING', ahead(30_000), ['CONFIRMED']);
      const [ra, rb] = repos();
      const finish = (repo: VerificationRepository, outcome: string) =>
        repo.transaction((tx) =>
          repo.finishRunning(tx, id, { status: 'DONE', outcome, finishedAt: new Date(), leaseUntil: null }),
        );
      // on PostgreSQL the second update waits for the first transaction, then matches nothing
      const results = concurrent
        ? await Promise.all([finish(ra, 'CONFIRMED'), finish(rb, 'REFUTED')])
        : [await finish(ra, 'CONFIRMED'), await finish(rb, 'REFUTED')];
      const winners = results.filter((r) => r !== null);
      expect(winners).toHaveLength(1);
      const stored = await db.verification.findUniqueOrThrow({ where: { id } });
      expect(stored).toMatchObject({ status: 'DONE', outcome: winners[0]!.outcome });
      // the row it hands back is the stored row, attempts included
      expect(winners[0]).toMatchObject({
        id,
        status: 'DONE',
        attempts: [expect.objectContaining({ outcome: 'CONFIRMED' })],
      });
    });

    it('also finishes a run another worker marked interrupted meanwhile, but never a finished one twice', async () => {
      const id = await seed('INTERRUPTED', null);
      const repo = repos()[0];
      const done = { status: 'DONE', outcome: 'CONFIRMED', finishedAt: new Date() };
      expect(await repo.transaction((tx) => repo.finishRunning(tx, id, done))).not.toBeNull();
      expect(await repo.transaction((tx) => repo.finishRunning(tx, id, done))).toBeNull();
    });

    it('writes nothing when the transaction it belongs to fails', async () => {
      const id = await seed('RUNNING', ahead(30_000));
      const repo = repos()[0];
      await expect(
        repo.transaction(async (tx) => {
          await repo.finishRunning(tx, id, { status: 'DONE', outcome: 'CONFIRMED' });
          throw new Error('signing failed');
        }),
      ).rejects.toThrow('signing failed');
      expect(await db.verification.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'RUNNING' });
    });
  });

  describe('markInterrupted', () => {
    it('marks an abandoned run and its pending attempts, once; finished attempts keep their outcome', async () => {
      const id = await seed('RUNNING', ago(1000), ['PENDING', 'TIMEOUT', 'PENDING']);
      const repo = repos()[0];
      const now = new Date();
      expect(await repo.transaction((tx) => repo.markInterrupted(tx, id, now, INTERRUPTED_REASON))).toBe(true);
      expect(await repo.transaction((tx) => repo.markInterrupted(tx, id, now, INTERRUPTED_REASON))).toBe(false);
      expect(await db.verification.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: 'INTERRUPTED',
        leaseUntil: null,
        reason: INTERRUPTED_REASON,
      });
      const attempts = await db.verificationAttempt.findMany({ where: { verificationId: id }, orderBy: { id: 'asc' } });
      expect(attempts.map((a) => a.outcome)).toEqual(['INTERRUPTED', 'TIMEOUT', 'INTERRUPTED']);
    });

    it('leaves a run alone that a worker claimed between the sweep’s listing and its update', async () => {
      const id = await seed('RUNNING', ago(1000), ['PENDING']);
      const repo = repos()[0];
      const sweptAt = new Date();
      expect((await repo.listExpiredRunning(sweptAt, 100)).map((r) => r.id)).toContain(id);
      expect(await repos()[1].claim(id, ahead(30_000), new Date())).toBe(true);
      expect(await repo.transaction((tx) => repo.markInterrupted(tx, id, sweptAt, INTERRUPTED_REASON))).toBe(false);
      expect(await db.verification.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'RUNNING' });
      expect(await db.verificationAttempt.findFirstOrThrow({ where: { verificationId: id } })).toMatchObject({
        outcome: 'PENDING',
      });
    });

    it('never marks a live run or a finished one', async () => {
      const live = await seed('RUNNING', ahead(30_000), ['PENDING']);
      const done = await seed('DONE', null);
      const repo = repos()[0];
      for (const id of [live, done])
        expect(await repo.transaction((tx) => repo.markInterrupted(tx, id, new Date(), INTERRUPTED_REASON))).toBe(
          false,
        );
    });
  });

  describe('recovery sweep', () => {
    it('two instances sweeping at once mark each abandoned run once, with one audit event each', async () => {
      await db.verification.updateMany({ where: { status: 'RUNNING' }, data: { status: 'DONE' } });
      const ids = [];
      for (let i = 0; i < 12; i++) ids.push(await seed('RUNNING', ago(1000), ['PENDING']));
      const [sa, sb] = [m.app.get(VerificationRecoveryService), b.get(VerificationRecoveryService)];
      const handled = concurrent
        ? (await Promise.all([sa.sweep(), sb.sweep()])).reduce((x, y) => x + y, 0)
        : (await sa.sweep()) + (await sb.sweep());
      expect(handled).toBe(12);
      expect(await db.verification.count({ where: { id: { in: ids }, status: 'INTERRUPTED' } })).toBe(12);
      const events = await db.auditEvent.findMany({
        where: { action: 'verification.interrupted', targetId: { in: ids } },
      });
      expect(events).toHaveLength(12);
      expect(new Set(events.map((e) => e.targetId)).size).toBe(12);
      // a later pass finds nothing left
      expect(await sa.sweep()).toBe(0);
    });
  });
});
