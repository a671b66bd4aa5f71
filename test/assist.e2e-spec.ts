import { Role } from '#gw/auth';
import { AssistService, AssistSweepService } from '#gw/assist';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id outcome nextRoute } }`;
const REQUEST = `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id kind status toDepartment fromDepartment dueAt subjectMasked question } }`;
const ANSWER = `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id status answer note } }`;
const VERIFICATION = `query($id: ID!) { verification(id: $id) { outcome route nextRoute source reason receipt attempts { route source outcome } } }`;
const RECEIPT = `query($t: String!) { verifyReceipt(token: $t) { valid outcome } }`;

let seq = 0;

describe('inter-department assist and third-party checks (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let clerk: string;
  let mzOfficer: string;
  let gaOfficer: string;
  const unknown = population().samples.unknownIdNumber;

  // a verification the shared data cannot settle: the person is in no source
  async function unresolved(factType: string, claim: Record<string, unknown>, token = clerk): Promise<string> {
    const res = await t.gql(
      VERIFY,
      {
        i: {
          factType,
          subject: { idNumber: unknown },
          claim,
          matter: '低保申请',
          purpose: '核实',
          idempotencyKey: `assist-${process.pid}-${++seq}`,
        },
      },
      token,
    );
    expect(res.data!.verifyFact).toMatchObject({ outcome: 'UNRESOLVED', nextRoute: 'INTER_DEPARTMENT' });
    return res.data!.verifyFact.id;
  }
  const request = (verificationId: string, idNumber = unknown, token = clerk) =>
    t.gql(REQUEST, { i: { verificationId, idNumber } }, token);
  const answer = (id: string, ans: string, token: string, note = '经查询本部门档案核实') =>
    t.gql(ANSWER, { i: { id, answer: ans, note } }, token);
  const verification = async (id: string) => (await t.gql(VERIFICATION, { id }, clerk)).data!.verification;

  beforeAll(async () => {
    t = await startTestApp({ VERIFICATION_SWEEP_MS: '3600000' });
    s = await startSources(t, { only: ['MZ_HUNYIN', 'GA_HUJI'] });
    clerk = await t.token(Role.WINDOW_STAFF, { subject: 'window-1' });
    mzOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_MZ', subject: 'mz-officer' });
    gaOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_GA', subject: 'ga-officer' });
  });
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('sends an assist request to the department that owns the fact, and the answer settles the verification with a new receipt', async () => {
    const vid = await unresolved('MARITAL_STATUS', { status: 'UNMARRIED' });
    const req = (await request(vid)).data!.requestAssist;
    expect(req).toMatchObject({
      kind: 'ASSIST',
      status: 'OPEN',
      toDepartment: 'HX_MZ',
      fromDepartment: 'HX_ZWFW',
      subjectMasked: expect.stringMatching(/\*{8}/),
    });
    expect(new Date(req.dueAt).getTime()).toBeGreaterThan(Date.now() + 47 * 3600_000);
    // a Chinese sentence about the person concerned, not the claim's JSON
    expect(req.question).toMatch(/所称内容：当事人婚姻状况为未婚。$/);
    expect(req.question).not.toMatch(/[{}"]|status|UNMARRIED|本人/);

    const inbox = await t.gql(`query { assistRequests(filter: { status: OPEN }) { nodes { id } } }`, {}, mzOfficer);
    expect(inbox.data!.assistRequests.nodes.map((n: { id: string }) => n.id)).toContain(req.id);
    const elsewhere = await t.gql(`query { assistRequests { nodes { id } } }`, {}, gaOfficer);
    expect(elsewhere.data!.assistRequests.nodes.map((n: { id: string }) => n.id)).not.toContain(req.id);

    const revealed = await t.gql(`mutation($id: ID!) { revealAssistSubject(id: $id) }`, { id: req.id }, mzOfficer);
    expect(revealed.data!.revealAssistSubject).toBe(unknown);
    expect(
      errorCodes(await t.gql(`mutation($id: ID!) { revealAssistSubject(id: $id) }`, { id: req.id }, gaOfficer)),
    ).toEqual(['FORBIDDEN']);

    const ans = await answer(req.id, 'CONFIRMED', mzOfficer);
    expect(ans.data!.answerAssistRequest).toMatchObject({ status: 'ANSWERED', answer: 'CONFIRMED' });
    const v = await verification(vid);
    expect(v).toMatchObject({ outcome: 'CONFIRMED', route: 'INTER_DEPARTMENT', source: 'HX_MZ', nextRoute: null });
    expect(v.attempts.map((a: { route: string; outcome: string }) => `${a.route}:${a.outcome}`)).toEqual([
      'DATA_SHARING:NO_RECORD',
      'INTER_DEPARTMENT:CONFIRMED',
    ]);
    expect((await t.gql(RECEIPT, { t: v.receipt })).data!.verifyReceipt).toEqual({ valid: true, outcome: 'CONFIRMED' });
    const stored = await t.db.assistRequest.findUniqueOrThrow({ where: { id: req.id } });
    expect(stored.subjectSealed).toBeNull();
    expect(JSON.stringify(await t.db.auditEvent.findMany())).not.toContain(unknown);
  });

  it('treats a repeated identical answer as done and refuses a different one', async () => {
    const vid = await unresolved('MARITAL_STATUS', { status: 'MARRIED' });
    const req = (await request(vid)).data!.requestAssist;
    await answer(req.id, 'REFUTED', mzOfficer, '无登记');
    const again = await answer(req.id, 'REFUTED', mzOfficer, '无登记');
    expect(again.data!.answerAssistRequest).toMatchObject({ status: 'ANSWERED', answer: 'REFUTED' });
    expect(await t.db.auditEvent.count({ where: { targetId: req.id, action: 'assist.answer' } })).toBe(1);
    expect(errorCodes(await answer(req.id, 'CONFIRMED', mzOfficer))).toEqual(['CONFLICT']);
    expect((await verification(vid)).outcome).toBe('REFUTED');
  });

  it('moves an UNABLE answer on to commitment where no third party may check the fact', async () => {
    const vid = await unresolved('MARITAL_STATUS', { status: 'DIVORCED' });
    const req = (await request(vid)).data!.requestAssist;
    await answer(req.id, 'UNABLE', mzOfficer, '档案缺失');
    expect(await verification(vid)).toMatchObject({
      outcome: 'UNRESOLVED',
      nextRoute: 'COMMITMENT',
      reason: expect.stringMatching(/档案缺失[\s\S]*告知承诺/),
    });
  });

  it('expires an unanswered request, moves on to a third-party check, and refuses the late answer', async () => {
    const vid = await unresolved('RESIDENCE', { regionCode: '621022100001' });
    const req = (await request(vid)).data!.requestAssist;
    expect(req.toDepartment).toBe('HX_GA');
    expect(req.question).toMatch(/所称内容：当事人实际居住在环城镇东关社区（区划代码 621022100001）。$/);
    await t.db.assistRequest.update({ where: { id: req.id }, data: { dueAt: new Date(Date.now() - 1000) } });
    expect(await t.app.get(AssistSweepService).sweep()).toBe(1);

    const late = await answer(req.id, 'CONFIRMED', gaOfficer);
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    // Beijing time in Chinese, never a UTC ISO string
    expect(late.errors![0].message).toMatch(/^该协查已于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 逾期/);
    expect(late.errors![0].message).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const v = await verification(vid);
    expect(v).toMatchObject({
      outcome: 'UNRESOLVED',
      nextRoute: 'THIRD_PARTY',
      reason: expect.stringMatching(/逾期未答复（期限 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}）/),
    });
    expect(v.attempts.map((a: { route: string; outcome: string }) => `${a.route}:${a.outcome}`)).toEqual([
      'DATA_SHARING:NO_RECORD',
      'INTER_DEPARTMENT:EXPIRED',
    ]);

    const checker = await t.token(Role.THIRD_PARTY, { department: 'HX_TP_SOCIAL_WORK' });
    const inbox = await t.gql(
      `query { assistRequests(filter: { kind: THIRD_PARTY, status: OPEN }) { nodes { id verificationId toDepartment } } }`,
      {},
      checker,
    );
    const tp = inbox.data!.assistRequests.nodes.find((n: { verificationId: string }) => n.verificationId === vid);
    expect(tp).toMatchObject({ toDepartment: 'HX_TP_SOCIAL_WORK' });
    expect(
      (await t.gql(`mutation($id: ID!) { revealAssistSubject(id: $id) }`, { id: tp.id }, checker)).data!
        .revealAssistSubject,
    ).toBe(unknown);
    expect(errorCodes(await answer(tp.id, 'CONFIRMED', mzOfficer))).toEqual(['FORBIDDEN']);
    await answer(tp.id, 'REFUTED', checker, '上门核查，未在该社区居住');
    expect(await verification(vid)).toMatchObject({
      outcome: 'REFUTED',
      route: 'THIRD_PARTY',
      source: 'HX_TP_SOCIAL_WORK',
    });
  });

  it('lets the requesting department cancel and ask again', async () => {
    const vid = await unresolved('MARITAL_STATUS', { status: 'WIDOWED' });
    const req = (await request(vid)).data!.requestAssist;
    const cancelled = await t.gql(
      `mutation($id: ID!) { cancelAssistRequest(id: $id, reason: "当事人补充了材料") { status } }`,
      { id: req.id },
      clerk,
    );
    expect(cancelled.data!.cancelAssistRequest.status).toBe('CANCELLED');
    expect((await verification(vid)).nextRoute).toBe('INTER_DEPARTMENT');
    expect(errorCodes(await answer(req.id, 'CONFIRMED', mzOfficer))).toEqual(['CONFLICT']);
    expect((await request(vid)).data!.requestAssist.status).toBe('OPEN');
  });

  describe('bad input changes nothing', () => {
    it.each([
      ['a second open request for one verification', 'second'],
      ['an ID number that is not the verification’s subject', 'wrongId'],
      ['another department’s verification', 'otherDept'],
      ['a verification that is already settled', 'settled'],
    ])('%s', async (_name, kind) => {
      let vid: string;
      let res;
      if (kind === 'settled') {
        const ok = await t.gql(
          VERIFY,
          {
            i: {
              factType: 'MARITAL_STATUS',
              subject: { idNumber: population().samples.married.idNumber },
              claim: { status: 'MARRIED' },
              matter: 'm',
              purpose: 'p',
              idempotencyKey: `assist-${process.pid}-${++seq}`,
            },
          },
          clerk,
        );
        vid = ok.data!.verifyFact.id;
      } else {
        vid = await unresolved('MARITAL_STATUS', { status: 'UNMARRIED' });
      }
      if (kind === 'second') await request(vid);
      const before = await t.db.assistRequest.count();
      if (kind === 'wrongId') res = await request(vid, population().samples.married.idNumber);
      else if (kind === 'otherDept')
        res = await request(vid, unknown, await t.token(Role.WINDOW_STAFF, { department: 'HX_RS' }));
      else if (kind === 'settled') res = await request(vid, population().samples.married.idNumber);
      else res = await request(vid);
      const expected = { second: 'CONFLICT', wrongId: 'BAD_USER_INPUT', otherDept: 'NOT_FOUND', settled: 'CONFLICT' }[
        kind
      ];
      expect(errorCodes(res)).toEqual([expected]);
      expect(await t.db.assistRequest.count()).toBe(before);
    });

    it('an answer from someone else’s department or role', async () => {
      const vid = await unresolved('MARITAL_STATUS', { status: 'UNMARRIED' });
      const req = (await request(vid)).data!.requestAssist;
      expect(errorCodes(await answer(req.id, 'CONFIRMED', gaOfficer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await answer(req.id, 'CONFIRMED', clerk))).toEqual(['FORBIDDEN']);
      expect((await t.db.assistRequest.findUniqueOrThrow({ where: { id: req.id } })).status).toBe('OPEN');
    });
  });

  describe('the other persons of a claim (spouse, relative, household head)', () => {
    const spouse = population().samples.spouse.idNumber;
    const PERSONS = `query($id: ID!) { assistRequest(id: $id) { persons { field label masked revealable } } }`;
    const REVEAL = `mutation($id: ID!, $f: String) { revealAssistSubject(id: $id, field: $f) }`;
    const married = () => unresolved('MARITAL_STATUS', { status: 'MARRIED', spouseIdNumber: spouse });
    const requestWith = (verificationId: string, claimIdNumbers: unknown) =>
      t.gql(REQUEST, { i: { verificationId, idNumber: unknown, claimIdNumbers } }, clerk);

    it('requires every ID number the claim names, matching what was claimed, and writes nothing otherwise', async () => {
      const vid = await married();
      const before = await t.db.assistRequest.count();
      const missing = await request(vid);
      expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
      expect(missing.errors![0].message).toMatch(/spouseIdNumber.*完整公民身份号码/);
      const other = population().samples.married.idNumber;
      const wrong = await requestWith(vid, [{ field: 'spouseIdNumber', idNumber: other }]);
      expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
      expect(wrong.errors![0].message).toBe('spouseIdNumber 与核验时所称的号码不一致');
      const unknownField = await requestWith(vid, [
        { field: 'spouseIdNumber', idNumber: spouse },
        { field: 'fatherIdNumber', idNumber: spouse },
      ]);
      expect(errorCodes(unknownField)).toEqual(['BAD_USER_INPUT']);
      expect(unknownField.errors![0].message).toMatch(/fatherIdNumber/);
      expect(await t.db.assistRequest.count()).toBe(before);
    });

    it('shows the spouse masked, seals every number, audits each reveal with its field, and erases them on answer', async () => {
      const vid = await married();
      const req = (await requestWith(vid, [{ field: 'spouseIdNumber', idNumber: spouse.toLowerCase() }])).data!
        .requestAssist;
      expect(req.question).toContain(
        `当事人婚姻状况为已婚，配偶公民身份号码为 ${spouse.slice(0, 6)}********${spouse.slice(14)}。`,
      );
      expect(req.question).not.toContain(spouse);
      const persons = (await t.gql(PERSONS, { id: req.id }, mzOfficer)).data!.assistRequest.persons;
      expect(persons).toEqual([
        { field: 'subject', label: '当事人', masked: expect.stringMatching(/^\d{6}\*{8}[\dX]{4}$/), revealable: true },
        {
          field: 'spouseIdNumber',
          label: '配偶',
          masked: `${spouse.slice(0, 6)}********${spouse.slice(14)}`,
          revealable: true,
        },
      ]);
      const stored = await t.db.assistRequest.findUniqueOrThrow({ where: { id: req.id } });
      expect(stored.claimSealed).toEqual(expect.any(String));
      expect(JSON.stringify(stored)).not.toContain(spouse);
      expect(JSON.stringify(stored)).not.toContain(unknown);
      // the window's own view of the request shows no more than the masks
      expect(JSON.stringify((await t.gql(PERSONS, { id: req.id }, clerk)).data)).not.toContain(spouse);

      const mark = await t.auditMark();
      const revealed = await t.gql(REVEAL, { id: req.id, f: 'spouseIdNumber' }, mzOfficer);
      expect(revealed.errors).toBeUndefined();
      expect(revealed.data!.revealAssistSubject).toBe(spouse);
      expect((await t.gql(REVEAL, { id: req.id }, mzOfficer)).data!.revealAssistSubject).toBe(unknown);
      expect(errorCodes(await t.gql(REVEAL, { id: req.id, f: 'spouseIdNumber' }, gaOfficer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(REVEAL, { id: req.id, f: 'spouseIdNumber' }, clerk))).toEqual(['FORBIDDEN']);
      const noSuchField = await t.gql(REVEAL, { id: req.id, f: 'motherIdNumber' }, mzOfficer);
      expect(errorCodes(noSuchField)).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await t.gql(REVEAL, { id: req.id, f: '__proto__' }, mzOfficer))).toEqual(['BAD_USER_INPUT']);
      const reveals = (await t.auditSince(mark)).filter(
        (e) => e.action === 'assist.revealSubject' && e.outcome === 'OK',
      );
      expect(reveals.map((e) => (e.detail as { field: string }).field)).toEqual(['spouseIdNumber', 'subject']);
      expect(reveals.every((e) => e.actorSubject === 'mz-officer' && e.targetId === req.id)).toBe(true);
      expect(JSON.stringify(await t.db.auditEvent.findMany())).not.toContain(spouse);

      await answer(req.id, 'CONFIRMED', mzOfficer);
      const closed = await t.db.assistRequest.findUniqueOrThrow({ where: { id: req.id } });
      expect(closed).toMatchObject({ status: 'ANSWERED', subjectSealed: null, claimSealed: null });
      const after = await t.gql(REVEAL, { id: req.id, f: 'spouseIdNumber' }, mzOfficer);
      expect(errorCodes(after)).toEqual(['CONFLICT']);
      expect(after.errors![0].message).toBe('协查已结束，密封的身份号码已删除，不能再查看');
      expect(errorCodes(await t.gql(REVEAL, { id: req.id }, mzOfficer))).toEqual(['CONFLICT']);
      const shown = (await t.gql(PERSONS, { id: req.id }, mzOfficer)).data!.assistRequest.persons;
      expect(shown.map((p: { revealable: boolean }) => p.revealable)).toEqual([false, false]);
    });

    it('refuses a reveal once the request is overdue, expiring it and erasing the seals', async () => {
      const vid = await married();
      const req = (await requestWith(vid, [{ field: 'spouseIdNumber', idNumber: spouse }])).data!.requestAssist;
      await t.db.assistRequest.update({ where: { id: req.id }, data: { dueAt: new Date(Date.now() - 1000) } });
      const late = await t.gql(REVEAL, { id: req.id, f: 'spouseIdNumber' }, mzOfficer);
      expect(errorCodes(late)).toEqual(['CONFLICT']);
      expect(late.errors![0].message).toMatch(/协查已结束/);
      expect(await t.db.assistRequest.findUniqueOrThrow({ where: { id: req.id } })).toMatchObject({
        status: 'EXPIRED',
        subjectSealed: null,
        claimSealed: null,
      });
    });
  });
});

describe('deadline sweeps across replicas (e2e)', () => {
  let a: TestApp;
  let b: TestApp;
  let s: SandboxSetup;

  beforeAll(async () => {
    a = await startTestApp({ VERIFICATION_SWEEP_MS: '3600000' });
    b = await startTestApp({
      DATABASE_URL: a.config.databaseUrl,
      DATA_DIR: a.config.dataDir,
      VERIFICATION_SWEEP_MS: '3600000',
    });
    s = await startSources(a, { only: ['GA_HUJI'] });
  });
  afterAll(async () => {
    await s.sandbox.close();
    await b.close();
    await a.close();
  });

  it('acts on each overdue request exactly once when every instance sweeps at the same time', async () => {
    const clerk = await a.token(Role.WINDOW_STAFF);
    const unknown = population().samples.unknownIdNumber;
    const ids: string[] = [];
    for (let n = 0; n < 12; n++) {
      const v = await a.gql(
        VERIFY,
        {
          i: {
            factType: 'RESIDENCE',
            subject: { idNumber: unknown },
            claim: { regionCode: '621022100001' },
            matter: 'm',
            purpose: 'p',
            idempotencyKey: `sweep-${process.pid}-${n}`,
          },
        },
        clerk,
      );
      const r = await a.gql(REQUEST, { i: { verificationId: v.data!.verifyFact.id, idNumber: unknown } }, clerk);
      ids.push(r.data!.requestAssist.id);
    }
    await a.db.assistRequest.updateMany({ where: { id: { in: ids } }, data: { dueAt: new Date(Date.now() - 1000) } });
    const [x, y] = await Promise.all([a.app.get(AssistSweepService).sweep(), b.app.get(AssistSweepService).sweep()]);
    expect(x + y).toBe(12);
    for (const id of ids)
      expect(await a.db.auditEvent.count({ where: { targetId: id, action: 'assist.expired' } })).toBe(1);
    expect(await a.db.assistRequest.count({ where: { kind: 'THIRD_PARTY', status: 'OPEN' } })).toBe(12);
    expect(await a.db.assistRequest.count({ where: { id: { in: ids }, status: 'EXPIRED' } })).toBe(12);
    const chain = await a.gql(`query { verifyAuditChain { valid } }`, {}, await a.token(Role.AUDITOR));
    expect(chain.data!.verifyAuditChain.valid).toBe(true);
  });

  it('finishes a sweep that a crashed instance left half done', async () => {
    const clerk = await a.token(Role.WINDOW_STAFF);
    const unknown = population().samples.unknownIdNumber;
    const ids: string[] = [];
    for (let n = 0; n < 4; n++) {
      const v = await a.gql(
        VERIFY,
        {
          i: {
            factType: 'RESIDENCE',
            subject: { idNumber: unknown },
            claim: { regionCode: '621022100002' },
            matter: 'm',
            purpose: 'p',
            idempotencyKey: `halfsweep-${process.pid}-${n}`,
          },
        },
        clerk,
      );
      ids.push(
        (await a.gql(REQUEST, { i: { verificationId: v.data!.verifyFact.id, idNumber: unknown } }, clerk)).data!
          .requestAssist.id,
      );
    }
    await a.db.assistRequest.updateMany({ where: { id: { in: ids } }, data: { dueAt: new Date(Date.now() - 1000) } });
    // the first instance expired one row, then died before the rest
    expect(await a.app.get(AssistService).expire(ids[0])).toBe(true);
    expect(await b.app.get(AssistSweepService).sweep()).toBe(3);
    for (const id of ids)
      expect(await b.db.auditEvent.count({ where: { targetId: id, action: 'assist.expired' } })).toBe(1);
  });
});
