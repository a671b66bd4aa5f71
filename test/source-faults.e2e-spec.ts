import { Role } from '#gw/auth';
import { VerificationRecoveryService } from '#gw/verification';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id status outcome nextRoute reason attempts { source outcome reason latencyMs } } }`;
let seq = 0;

describe('slow, broken and lying sources (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let clerk: string;
  const { samples } = population();
  const lowIncome = () => ({
    factType: 'LOW_INCOME_ALLOWANCE',
    subject: { idNumber: samples.lowIncomeRecipient.idNumber },
    claim: { receiving: true },
    matter: '城乡居民医疗救助',
    purpose: '核实低保身份',
    idempotencyKey: `fault-${process.pid}-${++seq}`,
  });
  const verify = async () => {
    const res = await t.gql(VERIFY, { i: lowIncome() }, clerk);
    expect(res.errors).toBeUndefined();
    return res.data!.verifyFact;
  };

  beforeAll(async () => {
    t = await startTestApp({ SOURCE_BREAKER_FAILURES: '3', SOURCE_BREAKER_OPEN_MS: '60000' });
    // generous against a loaded CI machine: only the hanging case should ever reach it
    s = await startSources(t, { timeoutMs: 1500, only: ['MZ_DIBAO'] });
    clerk = await t.token(Role.WINDOW_STAFF);
  });
  afterEach(() => s.sandbox.setFault('MZ_DIBAO', null));
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('answers normally when the source is healthy', async () => {
    expect(await verify()).toMatchObject({ status: 'DONE', outcome: 'CONFIRMED' });
  });

  it('still confirms through added latency under the timeout', async () => {
    s.sandbox.setFault('MZ_DIBAO', { latencyMs: 100 });
    const v = await verify();
    expect(v.outcome).toBe('CONFIRMED');
    expect(v.attempts[0].latencyMs).toBeGreaterThanOrEqual(100);
  });

  it.each([
    ['hangs', { hang: true }, 'TIMEOUT', /超过 1500 毫秒/, 'UNAVAILABLE', null],
    ['answers 500', { errorRate: 1 }, 'ERROR', /HTTP 500/, 'UNRESOLVED', 'INTER_DEPARTMENT'],
    ['answers garbage', { malformed: true }, 'BAD_RESPONSE', /应答格式错误/, 'UNRESOLVED', 'INTER_DEPARTMENT'],
    ['signs with the wrong key', { badSignature: true }, 'BAD_SIGNATURE', /签名无效/, 'UNRESOLVED', 'INTER_DEPARTMENT'],
    ['drops the connection', { down: true }, 'UNREACHABLE', /无法连接/, 'UNAVAILABLE', null],
  ])('a source that %s leaves the fact open, not an error', async (_name, fault, outcome, reason, result, next) => {
    s.sandbox.setFault('MZ_DIBAO', fault);
    const v = await verify();
    // a source only temporarily out of reach is retried later; one that answered wrongly detours
    expect(v).toMatchObject({ status: 'DONE', outcome: result, nextRoute: next });
    expect(v.attempts).toEqual([expect.objectContaining({ source: 'MZ_DIBAO', outcome })]);
    expect(v.attempts[0].reason).toMatch(reason);
    s.sandbox.setFault('MZ_DIBAO', null);
    // a success closes the breaker again before the next case
    expect((await verify()).outcome).toBe('CONFIRMED');
  });

  it('caps concurrent calls per source: callers beyond the cap wait, then give up as OVERLOADED', async () => {
    const admin = await t.token(Role.SOURCE_ADMIN, { department: 'HX_MZ' });
    const set = (i: Record<string, number>) =>
      t.gql(
        `mutation($i: UpdateDataSourceInput!) { updateDataSource(input: $i) { maxConcurrency timeoutMs } }`,
        { i: { id: s.sourceIds.MZ_DIBAO, ...i } },
        admin,
      );
    // one slot, held by a call that hangs until the 4 s timeout; the others wait at most 2 s
    expect((await set({ maxConcurrency: 1, timeoutMs: 4000 })).data!.updateDataSource).toEqual({
      maxConcurrency: 1,
      timeoutMs: 4000,
    });
    s.sandbox.setFault('MZ_DIBAO', { hang: true });
    const calls = s.sandbox.requestCount('MZ_DIBAO');
    const results = await Promise.all([verify(), verify(), verify()]);
    expect(results.map((v) => v.attempts[0].outcome).sort()).toEqual(['OVERLOADED', 'OVERLOADED', 'TIMEOUT']);
    expect(results.every((v) => v.outcome === 'UNAVAILABLE' && v.nextRoute === null)).toBe(true);
    expect(s.sandbox.requestCount('MZ_DIBAO') - calls).toBe(1);
    s.sandbox.setFault('MZ_DIBAO', null);
    await set({ maxConcurrency: 16, timeoutMs: 1500 });
    expect((await verify()).outcome).toBe('CONFIRMED');
  });

  it('opens the breaker after repeated failures and stops calling the source', async () => {
    s.sandbox.setFault('MZ_DIBAO', { errorRate: 1 });
    for (let i = 0; i < 3; i++) expect((await verify()).attempts[0].outcome).toBe('ERROR');
    const calls = s.sandbox.requestCount('MZ_DIBAO');
    const v = await verify();
    expect(v.attempts[0]).toMatchObject({ outcome: 'CIRCUIT_OPEN' });
    expect(v).toMatchObject({ outcome: 'UNAVAILABLE', nextRoute: null });
    expect(s.sandbox.requestCount('MZ_DIBAO')).toBe(calls);
    const src = await t.gql(
      `query($id: ID!) { dataSource(id: $id) { stats { breaker calls failures } } }`,
      { id: s.sourceIds.MZ_DIBAO },
      clerk,
    );
    expect(src.data!.dataSource.stats).toMatchObject({ breaker: 'OPEN' });
    expect(src.data!.dataSource.stats.failures).toBeGreaterThanOrEqual(4);
    const metrics = (await t.http().get('/metrics')).text;
    expect(metrics).toMatch(/gateway_source_breaker_state\{source="MZ_DIBAO"\} 2/);
    expect(metrics).toMatch(/gateway_source_errors_total\{source="MZ_DIBAO",kind="ERROR"\} [1-9]/);
    expect(metrics).not.toContain(samples.lowIncomeRecipient.idNumber);
  });
});

describe('a suspended source (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  const { samples } = population();

  beforeAll(async () => {
    t = await startTestApp();
    s = await startSources(t, { only: ['MZ_HUNYIN'] });
  });
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('is not called, and the verification says why; reactivated, it answers again', async () => {
    const admin = await t.token(Role.SOURCE_ADMIN, { department: 'HX_MZ' });
    const clerk = await t.token(Role.WINDOW_STAFF);
    const susp = await t.gql(
      `mutation($id: ID!) { suspendDataSource(id: $id, reason: "系统升级") { status statusReason } }`,
      { id: s.sourceIds.MZ_HUNYIN },
      admin,
    );
    expect(susp.data!.suspendDataSource).toEqual({ status: 'SUSPENDED', statusReason: '系统升级' });
    const calls = s.sandbox.requestCount('MZ_HUNYIN');
    const i = (k: string) => ({
      factType: 'MARITAL_STATUS',
      subject: { idNumber: samples.married.idNumber },
      claim: { status: 'MARRIED' },
      matter: 'm',
      purpose: 'p',
      idempotencyKey: `susp-${k}-${process.pid}`,
    });
    const v = (await t.gql(VERIFY, { i: i('a') }, clerk)).data!.verifyFact;
    expect(v).toMatchObject({ outcome: 'UNRESOLVED', attempts: [{ source: 'MZ_HUNYIN', outcome: 'SUSPENDED' }] });
    expect(v.attempts[0].reason).toMatch(/系统升级/);
    expect(s.sandbox.requestCount('MZ_HUNYIN')).toBe(calls);
    await t.gql(
      `mutation($id: ID!) { reactivateDataSource(id: $id) { status } }`,
      { id: s.sourceIds.MZ_HUNYIN },
      admin,
    );
    expect((await t.gql(VERIFY, { i: i('b') }, clerk)).data!.verifyFact.outcome).toBe('CONFIRMED');
  });
});

describe('a gateway restart between storing a request and finishing it (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  const { samples } = population();

  beforeAll(async () => {
    t = await startTestApp();
    s = await startSources(t, { only: ['MZ_HUNYIN'] });
  });
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('is marked INTERRUPTED with the reason, and a retry with the same key completes it', async () => {
    const clerk = await t.token(Role.WINDOW_STAFF);
    const i = {
      factType: 'MARITAL_STATUS',
      subject: { idNumber: samples.married.idNumber },
      claim: { status: 'MARRIED' },
      matter: 'm',
      purpose: 'p',
      idempotencyKey: `crash-${process.pid}`,
    };
    const done = (await t.gql(VERIFY, { i }, clerk)).data!.verifyFact;
    // what a crash leaves behind: the stored request with its lease, a call in flight, no outcome
    await t.db.verification.update({
      where: { id: done.id },
      data: {
        status: 'RUNNING',
        outcome: null,
        route: null,
        sourceCode: null,
        receipt: null,
        finishedAt: null,
        leaseUntil: new Date(Date.now() - 1000),
      },
    });
    await t.db.verificationAttempt.updateMany({
      where: { verificationId: done.id },
      data: { outcome: 'PENDING', finishedAt: null, latencyMs: null },
    });

    const marked = await t.app.get(VerificationRecoveryService).sweep();
    expect(marked).toBe(1);
    const mid = await t.gql(
      `query($id: ID!) { verification(id: $id) { status outcome reason attempts { outcome } } }`,
      { id: done.id },
      clerk,
    );
    expect(mid.data!.verification).toMatchObject({
      status: 'INTERRUPTED',
      outcome: null,
      attempts: [{ outcome: 'INTERRUPTED' }],
    });
    expect(mid.data!.verification.reason).toMatch(/同一幂等键/);
    expect(await t.app.get(VerificationRecoveryService).sweep()).toBe(0);

    const retried = (await t.gql(VERIFY, { i }, clerk)).data!.verifyFact;
    expect(retried).toMatchObject({ id: done.id, status: 'DONE', outcome: 'CONFIRMED' });
    expect(retried.attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['INTERRUPTED', 'CONFIRMED']);
    const actions = (await t.db.auditEvent.findMany({ where: { targetId: done.id }, orderBy: { id: 'asc' } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual([
      'verification.request',
      'verification.finish',
      'verification.interrupted',
      'verification.finish',
    ]);
  });

  it('marks abandoned work when a new instance starts', async () => {
    const clerk = await t.token(Role.WINDOW_STAFF);
    const i = {
      factType: 'MARITAL_STATUS',
      subject: { idNumber: samples.spouse.idNumber },
      claim: { status: 'MARRIED' },
      matter: 'm',
      purpose: 'p',
      idempotencyKey: `restart-${process.pid}`,
    };
    const done = (await t.gql(VERIFY, { i }, clerk)).data!.verifyFact;
    await t.db.verification.update({
      where: { id: done.id },
      data: { status: 'RUNNING', outcome: null, leaseUntil: new Date(Date.now() - 1000) },
    });
    const second = await startTestApp({ DATABASE_URL: t.config.databaseUrl, DATA_DIR: t.config.dataDir });
    try {
      let status = 'RUNNING';
      for (let n = 0; n < 100 && status === 'RUNNING'; n++) {
        await new Promise((r) => setTimeout(r, 50));
        status = (await t.db.verification.findUniqueOrThrow({ where: { id: done.id } })).status;
      }
      expect(status).toBe('INTERRUPTED');
    } finally {
      await second.close();
    }
  });

  it('refuses a malformed verification id', async () => {
    const res = await t.gql(`query { verification(id: "nope") { id } }`, {}, await t.token(Role.WINDOW_STAFF));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('an overloaded gateway (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  const { samples } = population();

  beforeAll(async () => {
    t = await startTestApp({ VERIFICATION_MAX_IN_FLIGHT: '1' });
    // a slow source keeps the one slot busy long enough for the other calls to arrive, even on a loaded machine
    s = await startSources(t, { only: ['MZ_HUNYIN'], timeoutMs: 5000, faults: { MZ_HUNYIN: { latencyMs: 1500 } } });
  });
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('sheds work beyond its limit before storing anything, instead of timing out healthy sources', async () => {
    const clerk = await t.token(Role.WINDOW_STAFF);
    const i = (n: number) => ({
      factType: 'MARITAL_STATUS',
      subject: { idNumber: samples.married.idNumber },
      claim: { status: 'MARRIED' },
      matter: 'm',
      purpose: 'p',
      idempotencyKey: `shed-${process.pid}-${n}`,
    });
    const results = await Promise.all([0, 1, 2].map((n) => t.gql(VERIFY, { i: i(n) }, clerk)));
    const ok = results.filter((r) => !r.errors);
    const shed = results.filter((r) => r.errors);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(ok.every((r) => r.data!.verifyFact.outcome === 'CONFIRMED')).toBe(true);
    expect(shed.length).toBeGreaterThanOrEqual(1);
    expect(shed.every((r) => errorCodes(r)[0] === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(await t.db.verification.count()).toBe(ok.length);
    // the shed request can come back with its key once the gateway has room
    const retried = await t.gql(VERIFY, { i: i(results.indexOf(shed[0])) }, clerk);
    expect(retried.data!.verifyFact.outcome).toBe('CONFIRMED');
    expect((await t.http().get('/metrics')).text).toMatch(/gateway_verifications_shed_total [1-9]/);
  });
});
