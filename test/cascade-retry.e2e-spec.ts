import { Role } from '#gw/auth';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

// Issue 11 parts 4 and 6: a source that is only temporarily unavailable is retried (the same
// idempotency key asks again after the retry time), not sent on to a multi-day assist; a
// missing grant does not stop the cascade; and when no route remains the window department
// records its own check, which settles the verification by route MANUAL.

const V = `id status outcome route nextRoute fallbackRoutes reason retryAfter source recordRef receipt
  attempts { route source outcome reason }`;
const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { ${V} } }`;
const CERTIFY = `mutation($i: VerifyCertificateInput!) { verifyCertificate(input: $i) { outcome verifications { ${V} } } }`;
const MANUAL = `mutation($i: RecordManualCheckInput!) { recordManualCheck(input: $i) { ${V} } }`;
const REQUEST = `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`;
const ANSWER = `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id status } }`;
const RECEIPT = `query($t: String!) { verifyReceipt(token: $t) { valid outcome source payload } }`;
const DONGGUAN = '621022100001';
// 2026年12月2日 10:30 style, Beijing time
const BEIJING_TIME = /请于\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}后重试/;

let seq = 0;

describe('transient source failures retry, they do not detour (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let clerk: string;
  const { samples } = population();
  const lowIncome = (over: Record<string, unknown> = {}) => ({
    factType: 'LOW_INCOME_ALLOWANCE',
    subject: { idNumber: samples.lowIncomeRecipient.idNumber },
    claim: { receiving: true },
    matter: '城乡居民医疗救助',
    purpose: '核实低保身份',
    communityCode: DONGGUAN,
    idempotencyKey: `retry-${process.pid}-${++seq}`,
    ...over,
  });
  const verify = async (i: Record<string, unknown>, token = clerk) => {
    const res = await t.gql(VERIFY, { i }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.verifyFact;
  };
  // time passing, without waiting for it: the stored retry time moves into the past
  const retryTimeComes = (id: string) =>
    t.db.verification.update({ where: { id }, data: { retryAfter: new Date(Date.now() - 1000) } });

  beforeAll(async () => {
    t = await startTestApp({ VERIFICATION_RETRY_AFTER_MS: '600000', VERIFICATION_SWEEP_MS: '3600000' });
    s = await startSources(t, { timeoutMs: 1500, only: ['MZ_DIBAO'], consumers: ['HX_ZWFW', 'HX_RS'] });
    clerk = await t.token(Role.WINDOW_STAFF, { subject: 'window-retry' });
  });
  afterEach(() => s.sandbox.setFault('MZ_DIBAO', null));
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('an unreachable source makes the fact UNAVAILABLE with a retry time in Beijing time, and no next route', async () => {
    s.sandbox.setFault('MZ_DIBAO', { down: true });
    const before = Date.now();
    const v = await verify(lowIncome());
    expect(v).toMatchObject({
      status: 'DONE',
      outcome: 'UNAVAILABLE',
      route: null,
      nextRoute: null,
      fallbackRoutes: [],
      attempts: [{ source: 'MZ_DIBAO', outcome: 'UNREACHABLE' }],
    });
    expect(v.reason).toMatch(/^数据源暂时无法访问，/);
    expect(v.reason).toMatch(BEIJING_TIME);
    expect(v.reason).toContain('MZ_DIBAO：无法连接');
    const retryAfter = new Date(v.retryAfter as string);
    // ten minutes on, rounded up to the minute the message names
    expect(retryAfter.getTime()).toBeGreaterThanOrEqual(before + 600_000);
    expect(retryAfter.getUTCSeconds()).toBe(0);
    const beijing = new Date(retryAfter.getTime() + 8 * 3600_000);
    expect(v.reason).toContain(
      `${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${String(beijing.getUTCHours()).padStart(2, '0')}:${String(beijing.getUTCMinutes()).padStart(2, '0')}后重试`,
    );
    const receipt = (await t.gql(RECEIPT, { t: v.receipt })).data!.verifyReceipt;
    expect(receipt).toMatchObject({ valid: true, outcome: 'UNAVAILABLE' });
  });

  it('a retry before the retry time answers the stored result and calls nobody; after it, the sources are asked again', async () => {
    s.sandbox.setFault('MZ_DIBAO', { hang: true });
    const input = lowIncome();
    const first = await verify(input);
    expect(first).toMatchObject({ outcome: 'UNAVAILABLE', attempts: [{ outcome: 'TIMEOUT' }] });
    s.sandbox.setFault('MZ_DIBAO', null);

    const calls = s.sandbox.requestCount('MZ_DIBAO');
    const early = await verify(input);
    expect(early).toEqual(first);
    expect(s.sandbox.requestCount('MZ_DIBAO')).toBe(calls);

    const mark = await t.auditMark();
    await retryTimeComes(first.id);
    const later = await verify(input);
    expect(later).toMatchObject({
      id: first.id,
      status: 'DONE',
      outcome: 'CONFIRMED',
      route: 'DATA_SHARING',
      retryAfter: null,
      reason: null,
    });
    expect(later.attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['TIMEOUT', 'CONFIRMED']);
    expect(later.receipt).not.toBe(first.receipt);
    expect(s.sandbox.requestCount('MZ_DIBAO')).toBe(calls + 1);
    const events = await t.auditSince(mark, { targetId: first.id });
    expect(events.map((e) => e.action)).toEqual(['verification.finish']);
    // the settled answer now stands for every further retry
    expect(await verify(input)).toEqual(later);
    expect(s.sandbox.requestCount('MZ_DIBAO')).toBe(calls + 1);
    // counted once, when it settled
    const day = await t.db.burdenDaily.findFirst({ where: { communityCode: DONGGUAN } });
    expect(day?.verifiedBySharedData).toBeGreaterThanOrEqual(1);
  });

  it('a retry whose sources are still down stays UNAVAILABLE with a new retry time', async () => {
    s.sandbox.setFault('MZ_DIBAO', { down: true });
    const input = lowIncome();
    const first = await verify(input);
    await retryTimeComes(first.id);
    const again = await verify(input);
    expect(again).toMatchObject({ id: first.id, outcome: 'UNAVAILABLE', nextRoute: null });
    expect(new Date(again.retryAfter).getTime()).toBeGreaterThan(Date.now());
    expect(again.attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['UNREACHABLE', 'UNREACHABLE']);
  });

  it('the same key with another payload is still a CONFLICT, retry time or not', async () => {
    s.sandbox.setFault('MZ_DIBAO', { down: true });
    const input = lowIncome();
    const first = await verify(input);
    await retryTimeComes(first.id);
    const res = await t.gql(VERIFY, { i: { ...input, purpose: '另一目的' } }, clerk);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    const row = await t.db.verification.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ status: 'DONE', outcome: 'UNAVAILABLE' });
  });

  it('an UNAVAILABLE verification is not sent to assist: it is to be retried', async () => {
    s.sandbox.setFault('MZ_DIBAO', { down: true });
    const v = await verify(lowIncome());
    const before = await t.db.assistRequest.count();
    const res = await t.gql(
      REQUEST,
      { i: { verificationId: v.id, idNumber: samples.lowIncomeRecipient.idNumber } },
      clerk,
    );
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0].message).toMatch(/暂时无法访问.*重试/);
    expect(await t.db.assistRequest.count()).toBe(before);
  });

  it('a source that answers but cannot settle (NO_RECORD, a bad signature) still goes to the owner', async () => {
    const none = await verify(lowIncome({ subject: { idNumber: samples.unknownIdNumber } }));
    expect(none).toMatchObject({ outcome: 'UNRESOLVED', nextRoute: 'INTER_DEPARTMENT', retryAfter: null });
    s.sandbox.setFault('MZ_DIBAO', { badSignature: true });
    const bad = await verify(lowIncome());
    expect(bad).toMatchObject({
      outcome: 'UNRESOLVED',
      nextRoute: 'INTER_DEPARTMENT',
      retryAfter: null,
      attempts: [{ outcome: 'BAD_SIGNATURE' }],
    });
  });

  it('a certificate with a fact whose sources are unavailable is UNAVAILABLE as a whole', async () => {
    s.sandbox.setFault('MZ_DIBAO', { down: true });
    const res = await t.gql(
      CERTIFY,
      {
        i: {
          certificateCode: 'LOW_INCOME',
          subject: { idNumber: samples.lowIncomeRecipient.idNumber },
          facts: [{ factType: 'LOW_INCOME_ALLOWANCE', claim: { receiving: true } }],
          matter: '城乡居民医疗救助',
          purpose: '核实低保身份',
          idempotencyKey: `retry-cert-${process.pid}`,
        },
      },
      clerk,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.verifyCertificate.outcome).toBe('UNAVAILABLE');
  });

  describe('a department without a grant', () => {
    it('is not refused: the verification is UNRESOLVED with the reason and the routes that remain', async () => {
      const edu = await t.token(Role.WINDOW_STAFF, { department: 'HX_JY' });
      const calls = s.sandbox.requestCount('MZ_DIBAO');
      const v = await verify(lowIncome(), edu);
      expect(v).toMatchObject({
        status: 'DONE',
        outcome: 'UNRESOLVED',
        nextRoute: 'INTER_DEPARTMENT',
        fallbackRoutes: ['INTER_DEPARTMENT'],
        attempts: [],
        retryAfter: null,
      });
      expect(v.reason).toBe('本部门未获授权使用该数据源；下一步：向环县民政局发起部门间协查');
      expect(s.sandbox.requestCount('MZ_DIBAO')).toBe(calls);
    });

    it('whose grant was revoked goes on the same way', async () => {
      const hr = await t.token(Role.WINDOW_STAFF, { department: 'HX_RS' });
      expect((await verify(lowIncome(), hr)).outcome).toBe('CONFIRMED');
      const admin = await t.token(Role.SOURCE_ADMIN, { department: 'HX_MZ' });
      const revoked = await t.gql(
        `mutation($id: ID!) { revokeSourceAccess(sourceId: $id, consumerDepartmentCode: "HX_RS") { id } }`,
        { id: s.sourceIds.MZ_DIBAO },
        admin,
      );
      expect(revoked.errors).toBeUndefined();
      const v = await verify(lowIncome(), hr);
      expect(v).toMatchObject({ outcome: 'UNRESOLVED', nextRoute: 'INTER_DEPARTMENT', attempts: [] });
      expect(v.reason).toMatch(/^本部门未获授权使用该数据源/);
    });
  });
});

describe('a manual check when no route remains (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let clerk: string;
  let mzOfficer: string;
  const unknown = population().samples.unknownIdNumber;
  const check = (verificationId: string, over: Record<string, unknown> = {}) => ({
    verificationId,
    checkedBy: '窗口工作人员 王敏',
    observed: '当事人出示民政局出具的低保证原件，证号与姓名一致，有效期至2027年6月',
    evidenceRef: 'ZWFW-2026-1202-017',
    result: 'CONFIRMED',
    ...over,
  });

  // shared data had no record, and the owning department could not verify: nothing remains
  async function noRouteLeft(): Promise<string> {
    const v = await t.gql(
      VERIFY,
      {
        i: {
          factType: 'LOW_INCOME_ALLOWANCE',
          subject: { idNumber: unknown },
          claim: { receiving: true },
          matter: '城乡居民医疗救助',
          purpose: '核实低保身份',
          communityCode: DONGGUAN,
          idempotencyKey: `manual-${process.pid}-${++seq}`,
        },
      },
      clerk,
    );
    expect(v.data!.verifyFact).toMatchObject({ outcome: 'UNRESOLVED', nextRoute: 'INTER_DEPARTMENT' });
    const id = v.data!.verifyFact.id as string;
    const a = await t.gql(REQUEST, { i: { verificationId: id, idNumber: unknown } }, clerk);
    expect(a.errors).toBeUndefined();
    const answered = await t.gql(
      ANSWER,
      { i: { id: a.data!.requestAssist.id, answer: 'UNABLE', note: '本部门系统无该人登记' } },
      mzOfficer,
    );
    expect(answered.errors).toBeUndefined();
    return id;
  }
  const written = async (id: string) => [
    await t.db.verification.findUniqueOrThrow({ where: { id } }),
    await t.db.verificationAttempt.count({ where: { verificationId: id } }),
    await t.db.auditEvent.count({ where: { targetId: id } }),
    await t.db.burdenDaily.findMany({ where: { communityCode: DONGGUAN } }),
  ];

  beforeAll(async () => {
    t = await startTestApp({ VERIFICATION_SWEEP_MS: '3600000' });
    s = await startSources(t, { only: ['MZ_DIBAO'] });
    clerk = await t.token(Role.WINDOW_STAFF, { subject: 'window-manual' });
    mzOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_MZ', subject: 'mz-officer' });
  });
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('settles the verification by route MANUAL with a receipt, audited and counted as other routes', async () => {
    const id = await noRouteLeft();
    const open = await t.gql(`query($id: ID!) { verification(id: $id) { ${V} } }`, { id }, clerk);
    expect(open.data!.verification).toMatchObject({ outcome: 'UNRESOLVED', nextRoute: null });
    expect(open.data!.verification.reason).toMatch(/已无其他核验途径，可由办理部门人工核实/);
    const counted = async () =>
      (await t.db.burdenDaily.findMany({ where: { communityCode: DONGGUAN } })).reduce(
        (n, d) => n + d.verifiedByOtherRoutes,
        0,
      );
    const before = await counted();
    const mark = await t.auditMark();

    const res = await t.gql(MANUAL, { i: check(id) }, clerk);
    expect(res.errors).toBeUndefined();
    const v = res.data!.recordManualCheck;
    expect(v).toMatchObject({
      id,
      status: 'DONE',
      outcome: 'CONFIRMED',
      route: 'MANUAL',
      nextRoute: null,
      source: 'HX_ZWFW',
      recordRef: 'ZWFW-2026-1202-017',
      reason: null,
    });
    expect(v.attempts.at(-1)).toMatchObject({ route: 'MANUAL', source: 'HX_ZWFW', outcome: 'CONFIRMED' });
    expect(v.attempts.at(-1).reason).toContain('王敏');
    expect(v.attempts.at(-1).reason).toContain('低保证原件');
    const receipt = (await t.gql(RECEIPT, { t: v.receipt })).data!.verifyReceipt;
    expect(receipt).toMatchObject({ valid: true, outcome: 'CONFIRMED', source: 'HX_ZWFW' });
    expect(receipt.payload).toMatchObject({ route: 'MANUAL', vid: id });
    const actions = (await t.auditSince(mark, { targetId: id })).map((e) => e.action);
    expect(actions).toEqual(['verification.routeResult', 'verification.manualCheck']);
    expect(await counted()).toBe(before + 1);

    // settled: a second check is refused, and changes nothing
    const state = await written(id);
    const again = await t.gql(MANUAL, { i: check(id, { result: 'REFUTED' }) }, clerk);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].message).toMatch(/已有结论/);
    expect(await written(id)).toEqual(state);
  });

  it('records a REFUTED check as REFUTED', async () => {
    const id = await noRouteLeft();
    const res = await t.gql(MANUAL, { i: check(id, { result: 'REFUTED', observed: '当事人未能出示低保证' }) }, clerk);
    expect(res.data!.recordManualCheck).toMatchObject({ outcome: 'REFUTED', route: 'MANUAL' });
  });

  describe('refuses, writing nothing', () => {
    it('a manual check by another department’s window: FORBIDDEN', async () => {
      const id = await noRouteLeft();
      const state = await written(id);
      const other = await t.token(Role.WINDOW_STAFF, { department: 'HX_RS' });
      const res = await t.gql(MANUAL, { i: check(id) }, other);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data).toBeNull();
      expect(await written(id)).toEqual(state);
    });

    it('a manual check by a role other than window staff: FORBIDDEN', async () => {
      const id = await noRouteLeft();
      const state = await written(id);
      expect(errorCodes(await t.gql(MANUAL, { i: check(id) }, mzOfficer))).toEqual(['FORBIDDEN']);
      expect(await written(id)).toEqual(state);
    });

    it('a manual check while routes remain: CONFLICT naming the next route', async () => {
      const v = await t.gql(
        VERIFY,
        {
          i: {
            factType: 'LOW_INCOME_ALLOWANCE',
            subject: { idNumber: unknown },
            claim: { receiving: true },
            matter: '城乡居民医疗救助',
            purpose: '核实低保身份',
            idempotencyKey: `manual-open-${process.pid}`,
          },
        },
        clerk,
      );
      const id = v.data!.verifyFact.id as string;
      const state = await written(id);
      const res = await t.gql(MANUAL, { i: check(id) }, clerk);
      expect(errorCodes(res)).toEqual(['CONFLICT']);
      expect(res.errors![0].message).toMatch(/尚有其他核验途径.*部门间协查/);
      expect(await written(id)).toEqual(state);
    });

    it.each([
      ['an ID number in what was seen', { observed: `当事人出示身份证 ${unknown}` }, 'observed'],
      ['an ID number in the evidence reference', { evidenceRef: unknown }, 'evidenceRef'],
      ['a blank checker', { checkedBy: '   ' }, 'checkedBy'],
      ['a malformed verification id', { verificationId: 'not-a-uuid' }, 'verificationId'],
      ['an unknown result', { result: 'MAYBE' }, null],
    ])('%s: BAD_USER_INPUT', async (_name, over, field) => {
      const id = await noRouteLeft();
      const state = await written(id);
      const res = await t.gql(MANUAL, { i: check(id, over) }, clerk);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      if (field) expect(res.errors![0].extensions!.details).toMatchObject({ field });
      expect(JSON.stringify(res.body)).not.toContain(unknown);
      expect(await written(id)).toEqual(state);
    });

    it('an unknown verification: NOT_FOUND', async () => {
      const res = await t.gql(MANUAL, { i: check('01930000-0000-7000-8000-000000000000') }, clerk);
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    });
  });
});
