import { createLocalJWKSet, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { Role } from '#gw/auth';
import { checkCharacter } from '#gw/common';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) {
  id status outcome route nextRoute fallbackRoutes reason source recordAsOf recordRef subjectMasked claim receipt requesterDepartment
  ownerDepartment { code }
  attempts { source outcome latencyMs reason route }
} }`;
const RECEIPT = `query($t: String!) { verifyReceipt(token: $t) { valid problem keyId verificationId factType outcome subjectMasked source } }`;

let seq = 0;
const key = (label: string) => `e2e-${label}-${process.pid}-${++seq}`;

describe('verifyFact against department sources (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let clerk: string;
  const { samples } = population();

  const input = (over: Record<string, unknown> = {}) => ({
    factType: 'MARITAL_STATUS',
    subject: { idNumber: samples.married.idNumber },
    claim: { status: 'MARRIED', spouseIdNumber: samples.spouse.idNumber },
    matter: '公共租赁住房申请',
    purpose: '核实婚姻状况',
    idempotencyKey: key('m'),
    ...over,
  });
  const verify = (i: Record<string, unknown>, token = clerk) => t.gql(VERIFY, { i }, token);

  beforeAll(async () => {
    t = await startTestApp();
    s = await startSources(t, { consumers: ['HX_ZWFW', 'HX_RS'] });
    clerk = await t.token(Role.WINDOW_STAFF, { subject: 'clerk-1' });
  });
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('confirms a true claim from the shared source, with a signed receipt and the attempt', async () => {
    const res = await verify(input());
    expect(res.errors).toBeUndefined();
    const v = res.data!.verifyFact;
    expect(v).toMatchObject({
      status: 'DONE',
      outcome: 'CONFIRMED',
      route: 'DATA_SHARING',
      nextRoute: null,
      source: 'MZ_HUNYIN',
      requesterDepartment: 'HX_ZWFW',
      fallbackRoutes: [],
    });
    expect(v.attempts).toEqual([
      expect.objectContaining({ source: 'MZ_HUNYIN', outcome: 'CONFIRMED', route: 'DATA_SHARING', reason: null }),
    ]);
    expect(v.attempts[0].latencyMs).toEqual(expect.any(Number));
    expect(v.recordAsOf).toEqual(expect.any(String));
    expect(v.subjectMasked).toBe(
      `${samples.married.idNumber.slice(0, 6)}********${samples.married.idNumber.slice(14)}`,
    );
    expect(v.claim.spouseIdNumber).toMatch(/\*{8}/);
    expect(v.receipt).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('refutes a false claim', async () => {
    const res = await verify(
      input({ subject: { idNumber: samples.unmarriedAdult.idNumber }, claim: { status: 'MARRIED' } }),
    );
    expect(res.data!.verifyFact).toMatchObject({ outcome: 'REFUTED', route: 'DATA_SHARING', source: 'MZ_HUNYIN' });
  });

  it('leaves a person unknown to every source UNRESOLVED with the next route and the owning department', async () => {
    const res = await verify(input({ subject: { idNumber: samples.unknownIdNumber }, claim: { status: 'UNMARRIED' } }));
    const v = res.data!.verifyFact;
    expect(v).toMatchObject({
      outcome: 'UNRESOLVED',
      route: null,
      nextRoute: 'INTER_DEPARTMENT',
      ownerDepartment: { code: 'HX_MZ' },
      fallbackRoutes: ['INTER_DEPARTMENT', 'COMMITMENT'],
    });
    expect(v.reason).toMatch(/MZ_HUNYIN：无此人记录/);
    expect(v.attempts[0].outcome).toBe('NO_RECORD');
    expect(v.receipt).toBeTruthy();
  });

  it('leaves a fact that no source answers UNRESOLVED without calling anything', async () => {
    const res = await verify(input({ factType: 'REAL_ESTATE', claim: { ownsRealEstate: false } }));
    expect(res.errors).toBeUndefined();
    expect(res.data!.verifyFact).toMatchObject({ outcome: 'UNRESOLVED', nextRoute: 'INTER_DEPARTMENT', attempts: [] });
    expect(res.data!.verifyFact.reason).toMatch(/尚无可用的共享数据源/);
  });

  describe('receipts', () => {
    let receipt: string;
    let verificationId: string;

    beforeAll(async () => {
      const v = (await verify(input())).data!.verifyFact;
      receipt = v.receipt;
      verificationId = v.id;
    });

    it('verify without logging in', async () => {
      const res = await t.gql(RECEIPT, { t: receipt });
      expect(res.data!.verifyReceipt).toMatchObject({
        valid: true,
        problem: null,
        verificationId,
        factType: 'MARITAL_STATUS',
        outcome: 'CONFIRMED',
        source: 'MZ_HUNYIN',
      });
    });

    it('verify offline against the published JWKS', async () => {
      const jwks = (await t.http().get('/.well-known/jwks.json')).body;
      expect(jwks.keys[0]).not.toHaveProperty('d');
      const { payload } = await jwtVerify(receipt, createLocalJWKSet(jwks), { issuer: 'cert-gateway' });
      expect(payload).toMatchObject({ vid: verificationId, outcome: 'CONFIRMED', fact: 'MARITAL_STATUS' });
      expect(JSON.stringify(payload)).not.toContain(samples.married.idNumber);
      expect(JSON.stringify(payload)).not.toContain(samples.spouse.idNumber);
    });

    it('fail when a byte changes', async () => {
      const [h, p, sig] = receipt.split('.');
      const body = JSON.parse(Buffer.from(p, 'base64url').toString());
      const altered = `${h}.${Buffer.from(JSON.stringify({ ...body, outcome: 'REFUTED' })).toString('base64url')}.${sig}`;
      expect((await t.gql(RECEIPT, { t: altered })).data!.verifyReceipt).toMatchObject({
        valid: false,
        problem: expect.stringMatching(/签名无效/),
      });
      const flipped = receipt.slice(0, -3) + (receipt.slice(-3, -2) === 'A' ? 'B' : 'A') + receipt.slice(-2);
      expect((await t.gql(RECEIPT, { t: flipped })).data!.verifyReceipt.valid).toBe(false);
    });

    it('fail when signed by a foreign key, even under the gateway key id', async () => {
      const { privateKey } = await generateKeyPair('ES256');
      const kid = JSON.parse(Buffer.from(receipt.split('.')[0], 'base64url').toString()).kid;
      const forged = await new SignJWT({ vid: verificationId, outcome: 'CONFIRMED', fact: 'MARITAL_STATUS' })
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'verification-receipt+jwt' })
        .setIssuer('cert-gateway')
        .setIssuedAt()
        .sign(privateKey);
      expect((await t.gql(RECEIPT, { t: forged })).data!.verifyReceipt).toMatchObject({ valid: false });
      const stranger = await new SignJWT({ vid: verificationId })
        .setProtectedHeader({ alg: 'ES256', kid: 'gw-unknown', typ: 'verification-receipt+jwt' })
        .setIssuer('cert-gateway')
        .sign(privateKey);
      expect((await t.gql(RECEIPT, { t: stranger })).data!.verifyReceipt).toMatchObject({
        valid: false,
        problem: expect.stringMatching(/不是本网关/),
      });
    });

    it('say why garbage is not a receipt', async () => {
      expect((await t.gql(RECEIPT, { t: 'not-a-receipt' })).data!.verifyReceipt).toMatchObject({
        valid: false,
        problem: expect.stringMatching(/格式/),
      });
    });
  });

  describe('idempotency', () => {
    it('answers a repeated key from storage without calling the source again', async () => {
      const i = input();
      const first = (await verify(i)).data!.verifyFact;
      const calls = s.sandbox.requestCount('MZ_HUNYIN');
      const again = (await verify(i)).data!.verifyFact;
      expect(again.id).toBe(first.id);
      expect(again.receipt).toBe(first.receipt);
      expect(s.sandbox.requestCount('MZ_HUNYIN')).toBe(calls);
    });

    it('refuses the same key with a different payload as CONFLICT', async () => {
      const i = input();
      await verify(i);
      const before = await t.db.verification.count();
      const res = await verify({ ...i, claim: { status: 'UNMARRIED' } });
      expect(errorCodes(res)).toEqual(['CONFLICT']);
      expect(await t.db.verification.count()).toBe(before);
    });

    it('keeps keys apart per department', async () => {
      const i = input();
      const a = (await verify(i)).data!.verifyFact;
      const other = await t.token(Role.WINDOW_STAFF, { department: 'HX_RS' });
      const b = (await verify(i, other)).data!.verifyFact;
      expect(b.id).not.toBe(a.id);
      expect(b.requesterDepartment).toBe('HX_RS');
    });

    it('runs concurrent duplicates once: one verification, one source call', async () => {
      const i = input();
      const calls = s.sandbox.requestCount('MZ_HUNYIN');
      const results = await Promise.all(Array.from({ length: 8 }, () => verify(i)));
      const ids = new Set(results.map((r) => r.data?.verifyFact?.id));
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      expect(ids.size).toBe(1);
      expect(s.sandbox.requestCount('MZ_HUNYIN')).toBe(calls + 1);
      expect(await t.db.verification.count({ where: { id: { in: [...ids] as string[] } } })).toBe(1);
      // the client's key is kept only as a keyed hash
      expect(await t.db.verification.count({ where: { idempotencyKey: i.idempotencyKey } })).toBe(0);
    });
  });

  describe('bad input changes nothing', () => {
    const valid17 = '62102219800101001';
    const goodId = valid17 + checkCharacter(valid17);
    const wrongCheck = valid17 + (checkCharacter(valid17) === '1' ? '2' : '1');

    it.each([
      ['an ID number of the wrong length', { subject: { idNumber: '62102219800101' } }, 'BAD_USER_INPUT', /18 位/],
      ['an ID number with a wrong check digit', { subject: { idNumber: wrongCheck } }, 'BAD_USER_INPUT', /校验位/],
      [
        'an ID number with an impossible birth date',
        { subject: { idNumber: '62102219801301001' + checkCharacter('62102219801301001') } },
        'BAD_USER_INPUT',
        /出生日期/,
      ],
      ['an unknown fact type', { factType: 'NO_SUCH_FACT' }, 'NOT_FOUND', /NO_SUCH_FACT/],
      ['a claim that does not fit the fact type', { claim: { status: 'SINGLE' } }, 'BAD_USER_INPUT', /MARITAL|婚姻/],
      [
        'a claim with an invalid relative ID',
        { claim: { status: 'MARRIED', spouseIdNumber: wrongCheck } },
        'BAD_USER_INPUT',
        /spouseIdNumber/,
      ],
      ['a malformed idempotency key', { idempotencyKey: 'x' }, 'BAD_USER_INPUT', /.*/],
    ])('%s', async (_name, over, code, message) => {
      const before = await Promise.all([t.db.verification.count(), t.db.verificationAttempt.count()]);
      const calls = s.sandbox.requestCount('MZ_HUNYIN');
      const res = await verify(input(over));
      expect(errorCodes(res)).toEqual([code]);
      expect(res.errors![0].message).toMatch(message);
      expect(await Promise.all([t.db.verification.count(), t.db.verificationAttempt.count()])).toEqual(before);
      expect(s.sandbox.requestCount('MZ_HUNYIN')).toBe(calls);
      expect(JSON.stringify(res.body)).not.toContain(goodId);
    });

    it('a role other than window staff', async () => {
      expect(errorCodes(await verify(input(), await t.token(Role.COMMUNITY_STAFF)))).toEqual(['FORBIDDEN']);
    });
  });

  describe('who sees what', () => {
    it('shows a department only its own verifications', async () => {
      const mine = (await verify(input())).data!.verifyFact;
      const other = await t.token(Role.WINDOW_STAFF, { department: 'HX_RS' });
      expect(
        errorCodes(await t.gql(`query($id: ID!) { verification(id: $id) { id } }`, { id: mine.id }, other)),
      ).toEqual(['NOT_FOUND']);
      const own = await t.gql(
        `query($id: ID!) { verification(id: $id) { id outcome attempts { source } } }`,
        { id: mine.id },
        clerk,
      );
      expect(own.data!.verification).toMatchObject({ id: mine.id, outcome: 'CONFIRMED' });
      const list = await t.gql(
        `query { verifications(first: 100) { totalCount nodes { requesterDepartment } } }`,
        {},
        other,
      );
      expect(
        list.data!.verifications.nodes.every((n: { requesterDepartment: string }) => n.requesterDepartment === 'HX_RS'),
      ).toBe(true);
      const auditor = await t.gql(
        `query { verifications(first: 100) { totalCount } }`,
        {},
        await t.token(Role.AUDITOR),
      );
      expect(auditor.data!.verifications.totalCount).toBeGreaterThan(list.data!.verifications.totalCount);
    });

    it('never stores the raw ID number', async () => {
      await verify(input());
      const rows = await t.db.verification.findMany();
      const text = JSON.stringify(rows);
      expect(text).not.toContain(samples.married.idNumber);
      expect(text).not.toContain(samples.spouse.idNumber);
      const events = JSON.stringify(await t.db.auditEvent.findMany());
      expect(events).not.toContain(samples.married.idNumber);
    });

    it('audits each verification request and outcome', async () => {
      const v = (await verify(input())).data!.verifyFact;
      const events = await t.db.auditEvent.findMany({ where: { targetId: v.id }, orderBy: { id: 'asc' } });
      expect(events.map((e) => e.action)).toEqual(['verification.request', 'verification.finish']);
      expect(events[1].detail).toMatchObject({ outcome: 'CONFIRMED', source: 'MZ_HUNYIN' });
    });
  });

  describe('verifyCertificate', () => {
    const CERT = `mutation($i: VerifyCertificateInput!) { verifyCertificate(input: $i) { outcome certificate { code } verifications { factType outcome source certificateCode } } }`;

    it('verifies every fact a certificate needs in one call', async () => {
      const { parent, child } = samples.parentChild;
      const res = await t.gql(
        CERT,
        {
          i: {
            certificateCode: 'INHERITANCE',
            subject: { idNumber: samples.deceased.idNumber },
            facts: [
              { factType: 'DEATH', claim: { deceased: true } },
              {
                factType: 'KINSHIP',
                claim: { relation: 'SPOUSE', relativeIdNumber: samples.deceased.spouseIdNumber ?? parent.idNumber },
              },
            ],
            matter: '继承权公证',
            purpose: '核实死亡和亲属关系',
            idempotencyKey: key('cert'),
          },
        },
        clerk,
      );
      expect(res.errors).toBeUndefined();
      const c = res.data!.verifyCertificate;
      expect(c.certificate.code).toBe('INHERITANCE');
      expect(c.verifications.map((v: { factType: string }) => v.factType).sort()).toEqual(['DEATH', 'KINSHIP']);
      expect(c.verifications.every((v: { certificateCode: string }) => v.certificateCode === 'INHERITANCE')).toBe(true);
      const death = c.verifications.find((v: { factType: string }) => v.factType === 'DEATH');
      expect(death).toMatchObject({ outcome: 'CONFIRMED', source: 'WJ_CHUSI' });
      expect(['CONFIRMED', 'UNRESOLVED', 'REFUTED']).toContain(c.outcome);
      void child;
    });

    it('refuses a fact list that does not match the certificate', async () => {
      const res = await t.gql(
        CERT,
        {
          i: {
            certificateCode: 'INHERITANCE',
            subject: { idNumber: samples.deceased.idNumber },
            facts: [{ factType: 'DEATH', claim: { deceased: true } }],
            matter: 'm',
            purpose: 'p',
            idempotencyKey: key('cert'),
          },
        },
        clerk,
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].message).toMatch(/KINSHIP/);
    });
  });
});
