import { randomUUID } from 'node:crypto';
import { AuditService } from '#gw/audit';
import { DbClient, PrismaService } from '#gw/db';
import { bootMedium, MediumContext } from '../../../test/helpers/medium';
import { OutcomeRows, RequestRows } from './verification-hot-path';
import { VerificationModule } from './verification.module';
import { VerificationRepository } from './verification.repository';

// The hot path's own statements (prepared better-sqlite3 statements, named pg statements with
// data-modifying CTEs) against the real database: what they write is what Prisma reads back, a
// taken key writes nothing, a finished verification is finished once, and on SQLite they never
// land inside a Prisma transaction open on the shared connection.
describe('verification hot path (medium)', () => {
  let m: MediumContext;
  let repo: VerificationRepository;
  let audit: AuditService;
  let db: DbClient;

  beforeAll(async () => {
    m = await bootMedium([VerificationModule], { VERIFICATION_SWEEP_MS: '3600000' });
    repo = m.app.get(VerificationRepository);
    audit = m.app.get(AuditService);
    db = m.app.get(PrismaService).client;
  });
  afterAll(() => m.close());

  const actor = {
    user: { subject: 'clerk-hot', name: '窗口', departmentCode: 'dept-hot', regionCode: null, roles: ['WINDOW_STAFF'] },
  } as never;
  const at = (iso: string) => new Date(iso);

  const request = (key: string = randomUUID()): RequestRows => {
    const id = randomUUID();
    return {
      verification: {
        id,
        requesterDepartment: 'dept-hot',
        requesterSubject: 'clerk-hot',
        idempotencyKey: key,
        requestHash: 'request-hash',
        certificateCode: null,
        factTypeCode: 'MARITAL_STATUS',
        subjectHash: 'subject-hash',
        subjectMasked: '1101**********0011',
        claim: { status: 'MARRIED', spouseIdNumber: '1101**********0022', note: '引号"与\\反斜杠' },
        matter: '婚姻登记',
        purpose: '核实婚姻状况',
        communityCode: '621022100001',
        leaseUntil: at('2026-12-01T08:00:05.123Z'),
        createdAt: at('2026-12-01T08:00:00.456Z'),
      },
      attempts: [
        { id: randomUUID(), sourceId: null, sourceCode: 'A', outcome: 'PENDING', reason: null, finishedAt: null },
        {
          id: randomUUID(),
          sourceId: null,
          sourceCode: 'B',
          outcome: 'SUSPENDED',
          reason: '数据源已暂停',
          finishedAt: at('2026-12-01T08:00:00.456Z'),
        },
      ],
      parties: [{ field: 'spouseIdNumber', subjectHash: 'spouse-hash' }],
      audit: audit.newEvent(actor, {
        action: 'verification.request',
        targetType: 'Verification',
        targetId: id,
        detail: { factType: 'MARITAL_STATUS', sources: ['A', 'B'] },
      }),
    };
  };

  const outcome = (r: RequestRows, column: 'verifiedBySharedData' | null = 'verifiedBySharedData'): OutcomeRows => ({
    id: r.verification.id,
    finish: {
      outcome: 'CONFIRMED',
      route: 'DATA_SHARING',
      nextRoute: null,
      reason: null,
      sourceCode: 'A',
      recordAsOf: at('2026-10-01T00:00:00.000Z'),
      recordRef: 'ref-1',
      receipt: 'receipt-token',
      retryAfter: null,
      finishedAt: at('2026-12-01T08:00:01.789Z'),
    },
    attempts: [
      {
        id: r.attempts[0].id,
        outcome: 'CONFIRMED',
        latencyMs: 12,
        reason: null,
        recordAsOf: at('2026-10-01T00:00:00.000Z'),
        recordRef: 'ref-1',
        finishedAt: at('2026-12-01T08:00:01.700Z'),
      },
    ],
    burden: column ? { communityCode: '621022100001', day: '2026-12-01', column } : null,
    audit: audit.newEvent(actor, {
      action: 'verification.finish',
      targetType: 'Verification',
      targetId: r.verification.id,
      detail: { outcome: 'CONFIRMED', resumed: false },
    }),
  });

  it('stores the request in one group that Prisma reads back field for field', async () => {
    const r = request();
    const entry = await repo.storeRequest(r);
    expect(entry).toEqual(expect.any(Number));
    const row = await repo.findById(r.verification.id);
    expect(row).toMatchObject({
      ...r.verification,
      status: 'RUNNING',
      outcome: null,
      receipt: null,
      finishedAt: null,
    });
    expect(row!.attempts.map((a) => [a.id, a.sourceCode, a.outcome, a.reason, a.startedAt, a.finishedAt])).toEqual(
      r.attempts.map((a) => [a.id, a.sourceCode, a.outcome, a.reason, r.verification.createdAt, a.finishedAt]),
    );
    expect(await db.verificationParty.findMany({ where: { verificationId: r.verification.id } })).toEqual([
      expect.objectContaining({ field: 'spouseIdNumber', subjectHash: 'spouse-hash' }),
    ]);
    const event = await db.auditEvent.findUnique({ where: { id: r.audit.id } });
    expect(event).toMatchObject(r.audit); // (its seq: null, or already chained off the path)
    const status = await db.statusEntry.findUnique({ where: { id: entry! } });
    expect(status).toMatchObject({ kind: 'RECEIPT', targetId: r.verification.id, status: 'VALID' });
  });

  it('writes nothing and answers null when the department has used the key already', async () => {
    const first = request();
    await repo.storeRequest(first);
    const again = request(first.verification.idempotencyKey);
    await expect(repo.storeRequest(again)).resolves.toBeNull();
    expect(await repo.findById(again.verification.id)).toBeNull();
    expect(await db.auditEvent.findUnique({ where: { id: again.audit.id } })).toBeNull();
    expect(await db.verificationAttempt.count({ where: { id: { in: again.attempts.map((a) => a.id) } } })).toBe(0);
    expect(await db.statusEntry.count({ where: { targetId: again.verification.id } })).toBe(0);
  });

  it('stores the outcome once: attempts, counter and audit event with it; a second finish changes nothing', async () => {
    const r = request();
    await repo.storeRequest(r);
    const counted = async () =>
      (
        await db.burdenDaily.findUnique({
          where: { communityCode_day: { communityCode: '621022100001', day: '2026-12-01' } },
        })
      )?.verifiedBySharedData ?? 0;
    const before = await counted();
    const o = outcome(r);
    await expect(repo.storeOutcome(o)).resolves.toBe(true);
    const row = await repo.findById(r.verification.id);
    expect(row).toMatchObject({ ...o.finish, status: 'DONE', leaseUntil: null });
    expect(row!.attempts.find((a) => a.id === r.attempts[0].id)).toMatchObject(o.attempts[0]);
    expect(row!.attempts.find((a) => a.id === r.attempts[1].id)).toMatchObject({ outcome: 'SUSPENDED' });
    expect(await counted()).toBe(before + 1);
    expect(await db.auditEvent.findUnique({ where: { id: o.audit.id } })).toMatchObject({
      action: 'verification.finish',
    });

    const late = outcome(r);
    late.finish.outcome = 'REFUTED';
    await expect(repo.storeOutcome(late)).resolves.toBe(false);
    expect((await repo.findById(r.verification.id))!.outcome).toBe('CONFIRMED');
    expect(await counted()).toBe(before + 1);
    expect(await db.auditEvent.findUnique({ where: { id: late.audit.id } })).toBeNull();
  });

  it('stores an outcome that counts nothing without touching the counters', async () => {
    const r = request();
    await repo.storeRequest(r);
    await expect(repo.storeOutcome(outcome(r, null))).resolves.toBe(true);
    expect((await repo.findById(r.verification.id))!.status).toBe('DONE');
  });

  // On SQLite the hot path shares Prisma's one connection: a group issued while a Prisma
  // transaction is open waits for it, so a rollback of that transaction cannot take it along.
  it('keeps its group out of a Prisma transaction open at the same time', async () => {
    const r = request();
    let stored: Promise<number | null> | undefined;
    const rolledBack = m.app
      .get(PrismaService)
      .transaction(async (tx) => {
        await tx.auditEvent.create({
          data: { ...audit.newEvent(actor, { action: 'test.rollback', targetType: 'Test' }), detail: {} },
        });
        stored = repo.storeRequest(r);
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('roll back');
      })
      .catch((err: Error) => err.message);
    await expect(rolledBack).resolves.toBe('roll back');
    await expect(stored).resolves.toEqual(expect.any(Number));
    expect(await repo.findById(r.verification.id)).toMatchObject({ status: 'RUNNING' });
    expect(await db.auditEvent.count({ where: { action: 'test.rollback' } })).toBe(0);
  });

  // Requests that arrive together are stored together (on SQLite one commit for the turn's
  // groups): a taken key fails its own group only.
  it('stores groups issued at once independently: a taken key fails only its own', async () => {
    const taken = request();
    await repo.storeRequest(taken);
    const rows = [request(), request(taken.verification.idempotencyKey), request()];
    const results = await Promise.all(rows.map((r) => repo.storeRequest(r)));
    expect(results.map((r) => r === null)).toEqual([false, true, false]);
    expect(await repo.findById(rows[0].verification.id)).toMatchObject({ status: 'RUNNING' });
    expect(await repo.findById(rows[1].verification.id)).toBeNull();
    expect(await db.auditEvent.findUnique({ where: { id: rows[1].audit.id } })).toBeNull();
    expect(await repo.findById(rows[2].verification.id)).toMatchObject({ status: 'RUNNING' });
    const outcomes = await Promise.all([repo.storeOutcome(outcome(rows[0])), repo.storeOutcome(outcome(rows[2]))]);
    expect(outcomes).toEqual([true, true]);
    // and when the failing one comes first
    const next = [request(taken.verification.idempotencyKey), request()];
    expect(await Promise.all(next.map((r) => repo.storeRequest(r)))).toEqual([null, expect.any(Number)]);
    expect(await repo.findById(next[0].verification.id)).toBeNull();
    expect(await repo.findById(next[1].verification.id)).toMatchObject({ status: 'RUNNING' });
    expect(await db.auditEvent.findUnique({ where: { id: next[1].audit.id } })).not.toBeNull();
  });

  // What a verification's "statements" are, at the driver: on SQLite each execution of a prepared
  // statement, on PostgreSQL each query. Only the hot path's own (and its BEGIN/COMMIT) are kept,
  // as a background job's Prisma statement may run meanwhile.
  const statementsOf = async <T>(work: () => Promise<T>): Promise<{ value: T; statements: string[] }> => {
    const raw = await m.app.get(PrismaService).raw();
    const target = (raw.provider === 'sqlite' ? Object.getPrototypeOf(raw.db.prepare('SELECT 1')) : raw.pool) as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    const methods = raw.provider === 'sqlite' ? ['run', 'get', 'all', 'iterate'] : ['query'];
    const originals = methods.map((name) => [name, target[name]] as const);
    const seen: string[] = [];
    for (const [name, original] of originals)
      target[name] = function (this: { source?: string }, ...args: unknown[]) {
        const sql = raw.provider === 'sqlite' ? String(this.source) : String((args[0] as { name?: string }).name);
        if (/hot_|^BEGIN IMMEDIATE$|^COMMIT$|^ROLLBACK$/.test(sql)) seen.push(sql.split(' (')[0]);
        return original.apply(this, args);
      };
    try {
      return { value: await work(), statements: seen };
    } finally {
      for (const [name, original] of originals) target[name] = original;
    }
  };

  it('stores a request in one statement and its outcome in another', async () => {
    const sqlite = (await m.app.get(PrismaService).raw()).provider === 'sqlite';
    const r = request();
    await repo.storeRequest(request()); // (the connection's statements are prepared by then)
    const stored = await statementsOf(() => repo.storeRequest(r));
    expect(stored).toEqual({
      value: expect.any(Number),
      statements: [sqlite ? 'INSERT INTO "hot_request_v1"' : 'hot_store_request_v1'],
    });
    const finished = await statementsOf(() => repo.storeOutcome(outcome(r)));
    expect(finished).toEqual({
      value: true,
      statements: [sqlite ? 'INSERT INTO "hot_outcome_v1"' : 'hot_store_outcome_v1_verifiedBySharedData'],
    });
    expect((await statementsOf(() => repo.storeOutcome(outcome(r)))).value).toBe(false);
  });

  it('stores the writes of one turn with one commit on SQLite, each in one statement', async () => {
    const sqlite = (await m.app.get(PrismaService).raw()).provider === 'sqlite';
    const rows = [request(), request(), request()];
    const { value, statements } = await statementsOf(() => Promise.all(rows.map((r) => repo.storeRequest(r))));
    expect(new Set(value).size).toBe(3);
    const store = sqlite ? 'INSERT INTO "hot_request_v1"' : 'hot_store_request_v1';
    expect(statements).toEqual(sqlite ? ['BEGIN IMMEDIATE', store, store, store, 'COMMIT'] : [store, store, store]);
  });
});
