import { createHash } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { Role } from '#gw/auth';
import { CommitmentSweepService } from '#gw/commitment';
import { checkCharacter, idNumberProblem, maskIdNumber } from '#gw/common';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id outcome nextRoute } }`;
const FIELDS = `id status noticeVersion noticeText noticeHash disclosed record signedAt postVerifyDueAt overdue postResult withdrawReason`;
const OFFER = `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { ${FIELDS} } }`;
const SIGN = `mutation($i: SignCommitmentInput!) { signCommitment(input: $i) { ${FIELDS} } }`;
const POST = `mutation($i: PostVerifyCommitmentInput!) { recordPostVerification(input: $i) { ${FIELDS} } }`;
const VERIFICATION = `query($id: ID!) { verification(id: $id) { outcome route source nextRoute receipt attempts { route outcome } } }`;

let seq = 0;
// residents unknown to every source, so that shared data and assist cannot settle their facts
function stranger(): string {
  for (;;) {
    const birth = new Date(Date.UTC(1990, 0, 1) + (seq++ % 3000) * 86_400_000)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    const first17 = `621022${birth}${String(100 + (seq % 900)).slice(-3)}`;
    const id = first17 + checkCharacter(first17);
    if (!population().population.byIdNumber.has(id) && idNumberProblem(id) === null) return id;
  }
}
const evidence = (s: string) => createHash('sha256').update(s).digest('hex');

describe('notify-and-commit (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let clerk: string;
  let mzOfficer: string;

  // data sharing finds nothing, the owning department cannot verify: the catalog's next route
  // for MARITAL_STATUS is then commitment
  async function readyForCommitment(
    idNumber: string,
    factType = 'MARITAL_STATUS',
    claim: Record<string, unknown> = { status: 'UNMARRIED' },
  ): Promise<string> {
    const v = await t.gql(
      VERIFY,
      {
        i: {
          factType,
          subject: { idNumber },
          claim,
          matter: '公共租赁住房申请',
          purpose: '核实',
          idempotencyKey: `commit-${process.pid}-${++seq}`,
        },
      },
      clerk,
    );
    const vid = v.data!.verifyFact.id;
    if (v.data!.verifyFact.nextRoute === 'INTER_DEPARTMENT') {
      const req = await t.gql(
        `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`,
        {
          i: {
            verificationId: vid,
            idNumber,
            // the claim's other ID numbers, typed again for the assisting department (sealed)
            claimIdNumbers: Object.entries(claim)
              .filter(([k, v]) => k.endsWith('IdNumber') && typeof v === 'string')
              .map(([field, value]) => ({ field, idNumber: value })),
          },
        },
        clerk,
      );
      await t.gql(
        `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id } }`,
        { i: { id: req.data!.requestAssist.id, answer: 'UNABLE', note: '本部门无该人登记' } },
        mzOfficer,
      );
    }
    return vid;
  }
  const offer = (verificationId: string, idNumber: string, token = clerk) =>
    t.gql(OFFER, { i: { verificationId, idNumber } }, token);
  const sign = (c: { id: string; noticeHash: string }, signerIdNumber: string, over: Record<string, unknown> = {}) =>
    t.gql(
      SIGN,
      {
        i: {
          id: c.id,
          signerIdNumber,
          acceptedNoticeHash: c.noticeHash,
          method: 'ON_SCREEN',
          evidenceHash: evidence(`sig-${c.id}`),
          evidenceRef: `window-pad/${c.id}.png`,
          ...over,
        },
      },
      clerk,
    );

  beforeAll(async () => {
    t = await startTestApp({ VERIFICATION_SWEEP_MS: '3600000' });
    s = await startSources(t, { only: ['MZ_HUNYIN'] });
    clerk = await t.token(Role.WINDOW_STAFF, { subject: 'window-9' });
    mzOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_MZ' });

    // a gateway boots on a fresh database clone: slow on a loaded machine
  }, 120_000);
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('offers the written notice, records the resident’s own signature, signs the record, and ends the verification COMMITTED', async () => {
    const id = stranger();
    const vid = await readyForCommitment(id);
    const offered = (await offer(vid, id)).data!.offerCommitment;
    expect(offered).toMatchObject({ status: 'OFFERED', disclosed: false, record: null });
    expect(offered.noticeText).toMatch(
      /告知承诺书[\s\S]*设定依据[\s\S]*承诺内容[\s\S]*社会信用记录[\s\S]*事后核查[\s\S]*不予公开[\s\S]*不得由他人代签/,
    );
    expect(offered.noticeText).not.toContain(id);
    expect(offered.noticeHash).toBe(createHash('sha256').update(offered.noticeText).digest('hex'));

    const signed = (await sign(offered, id)).data!.signCommitment;
    expect(signed).toMatchObject({ status: 'SIGNED', overdue: false });
    expect(new Date(signed.postVerifyDueAt).getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);
    const check = await t.gql(
      `query($t: String!) { verifyCommitmentRecord(token: $t) { valid commitmentId noticeHash } }`,
      { t: signed.record },
    );
    expect(check.data!.verifyCommitmentRecord).toEqual({
      valid: true,
      commitmentId: offered.id,
      noticeHash: offered.noticeHash,
    });

    const v = (await t.gql(VERIFICATION, { id: vid }, clerk)).data!.verification;
    expect(v).toMatchObject({ outcome: 'COMMITTED', route: 'COMMITMENT', source: 'RESIDENT', nextRoute: null });
    expect(v.attempts.map((a: { route: string; outcome: string }) => `${a.route}:${a.outcome}`)).toEqual([
      'DATA_SHARING:NO_RECORD',
      'INTER_DEPARTMENT:UNABLE',
      'COMMITMENT:COMMITTED',
    ]);
    const receipt = await t.gql(`query($t: String!) { verifyReceipt(token: $t) { valid outcome } }`, { t: v.receipt });
    expect(receipt.data!.verifyReceipt).toEqual({ valid: true, outcome: 'COMMITTED' });
  });

  it('stores the exact notice text and version the resident saw', async () => {
    const id = stranger();
    const offered = (await offer(await readyForCommitment(id), id)).data!.offerCommitment;
    const stored = await t.db.commitment.findUniqueOrThrow({ where: { id: offered.id } });
    expect(stored).toMatchObject({
      noticeText: offered.noticeText,
      noticeVersion: offered.noticeVersion,
      noticeHash: offered.noticeHash,
    });
  });

  it('says what the resident commits to in their own words: enum names, the spouse’s ID number masked, no JSON', async () => {
    const id = stranger();
    const spouse = stranger();
    const vid = await readyForCommitment(id, 'MARITAL_STATUS', { status: 'MARRIED', spouseIdNumber: spouse });
    const offered = (await offer(vid, id)).data!.offerCommitment;
    expect(offered.noticeVersion).toBe('HX-NOTICE-2026.2');
    expect(offered.noticeText).toContain(
      `本人（公民身份号码 ${maskIdNumber(id)}）就“婚姻状况”郑重承诺：本人婚姻状况为已婚，配偶公民身份号码为 ${maskIdNumber(spouse)}。上述内容真实、准确、完整。`,
    );
    expect(offered.noticeText).not.toMatch(/[{}"]|MARRIED|status|spouseIdNumber|当事人/);
    expect(offered.noticeText).not.toContain(spouse);
    // the gateway keeps no name, so the resident signs the blank line by hand or on the pad
    expect(offered.noticeText.split('\n').at(-1)).toMatch(/^承诺人（签名）：＿+/);
  });

  describe('refusals', () => {
    it('refuses a proxy signature and a notice that is not the one offered', async () => {
      const id = stranger();
      const offered = (await offer(await readyForCommitment(id), id)).data!.offerCommitment;
      const proxy = await sign(offered, stranger());
      expect(errorCodes(proxy)).toEqual(['BAD_USER_INPUT']);
      expect(proxy.errors![0].message).toMatch(/不得代签/);
      expect(errorCodes(await sign(offered, id, { acceptedNoticeHash: 'a'.repeat(64) }))).toEqual(['CONFLICT']);
      expect((await t.db.commitment.findUniqueOrThrow({ where: { id: offered.id } })).status).toBe('OFFERED');
    });

    it('lets the resident withdraw before the decision, and refuses signing a withdrawn commitment', async () => {
      const id = stranger();
      const vid = await readyForCommitment(id);
      const offered = (await offer(vid, id)).data!.offerCommitment;
      const w = await t.gql(
        `mutation($id: ID!) { withdrawCommitment(id: $id, reason: "当事人决定提交证明材料") { status withdrawReason } }`,
        { id: offered.id },
        clerk,
      );
      expect(w.data!.withdrawCommitment).toEqual({ status: 'WITHDRAWN', withdrawReason: '当事人决定提交证明材料' });
      expect(errorCodes(await sign(offered, id))).toEqual(['CONFLICT']);
      expect((await t.gql(VERIFICATION, { id: vid }, clerk)).data!.verification.outcome).toBe('UNRESOLVED');
    });

    it('withdrawing a signed commitment reopens the verification', async () => {
      const id = stranger();
      const vid = await readyForCommitment(id);
      const offered = (await offer(vid, id)).data!.offerCommitment;
      await sign(offered, id);
      await t.gql(
        `mutation($id: ID!) { withdrawCommitment(id: $id, reason: "撤回") { status } }`,
        { id: offered.id },
        clerk,
      );
      const v = (await t.gql(VERIFICATION, { id: vid }, clerk)).data!.verification;
      expect(v).toMatchObject({ outcome: 'UNRESOLVED', nextRoute: null });
      expect(v.attempts.at(-1)).toEqual({ route: 'COMMITMENT', outcome: 'WITHDRAWN' });
    });

    it('refuses commitment for a fact type that excludes it', async () => {
      const id = stranger();
      // LOW_INCOME_ALLOWANCE has no source registered here and excludes commitment
      const v = await t.gql(
        VERIFY,
        {
          i: {
            factType: 'LOW_INCOME_ALLOWANCE',
            subject: { idNumber: id },
            claim: { receiving: true },
            matter: 'm',
            purpose: 'p',
            idempotencyKey: `commit-${process.pid}-${++seq}`,
          },
        },
        clerk,
      );
      const res = await offer(v.data!.verifyFact.id, id);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.errors![0].message).toMatch(/不适用告知承诺/);
    });

    it('refuses an offer before the other routes were tried', async () => {
      const id = stranger();
      const v = await t.gql(
        VERIFY,
        {
          i: {
            factType: 'MARITAL_STATUS',
            subject: { idNumber: id },
            claim: { status: 'UNMARRIED' },
            matter: 'm',
            purpose: 'p',
            idempotencyKey: `commit-${process.pid}-${++seq}`,
          },
        },
        clerk,
      );
      expect(errorCodes(await offer(v.data!.verifyFact.id, id))).toEqual(['CONFLICT']);
    });

    it('refuses a forged or altered commitment record', async () => {
      const id = stranger();
      const offered = (await offer(await readyForCommitment(id), id)).data!.offerCommitment;
      const record = (await sign(offered, id)).data!.signCommitment.record as string;
      const [h, p, sig] = record.split('.');
      const body = JSON.parse(Buffer.from(p, 'base64url').toString());
      const altered = `${h}.${Buffer.from(JSON.stringify({ ...body, evidenceHash: 'f'.repeat(64) })).toString('base64url')}.${sig}`;
      const q = `query($t: String!) { verifyCommitmentRecord(token: $t) { valid problem } }`;
      expect((await t.gql(q, { t: altered })).data!.verifyCommitmentRecord.valid).toBe(false);
      const { privateKey } = await generateKeyPair('ES256');
      const kid = JSON.parse(Buffer.from(h, 'base64url').toString()).kid;
      const forged = await new SignJWT(body)
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'commitment-record+jwt' })
        .sign(privateKey);
      expect((await t.gql(q, { t: forged })).data!.verifyCommitmentRecord).toMatchObject({
        valid: false,
        problem: expect.stringMatching(/签名无效/),
      });
    });
  });

  describe('post-verification and credit', () => {
    it('lists due post-verifications, records HONORED, and flags overdue ones once', async () => {
      const id = stranger();
      const offered = (await offer(await readyForCommitment(id), id)).data!.offerCommitment;
      await sign(offered, id);
      await t.db.commitment.update({
        where: { id: offered.id },
        data: { postVerifyDueAt: new Date(Date.now() - 1000) },
      });
      const due = await t.gql(`query { commitments(filter: { due: true }) { nodes { id overdue } } }`, {}, clerk);
      expect(due.data!.commitments.nodes).toContainEqual({ id: offered.id, overdue: true });
      expect(await t.app.get(CommitmentSweepService).sweep()).toBeGreaterThanOrEqual(1);
      expect(await t.app.get(CommitmentSweepService).sweep()).toBe(0);
      expect(await t.db.auditEvent.count({ where: { targetId: offered.id, action: 'commitment.overdue' } })).toBe(1);
      // the approval department checks afterwards, through its own officer
      const checker = await t.token(Role.DEPT_OFFICER, { department: 'HX_ZWFW' });
      const done = await t.gql(
        POST,
        { i: { id: offered.id, result: 'HONORED', evidence: '经民政局婚姻登记系统补录核实' } },
        checker,
      );
      expect(done.data!.recordPostVerification).toMatchObject({ status: 'HONORED', postResult: 'HONORED' });
    });

    it('a breach creates a credit record, queues it for the credit platform, and blocks further commitments until repaired', async () => {
      const id = stranger();
      const first = (await offer(await readyForCommitment(id), id)).data!.offerCommitment;
      await sign(first, id);
      const breach = await t.gql(
        POST,
        { i: { id: first.id, result: 'BREACHED', evidence: '核查发现已于2020年登记结婚' } },
        clerk,
      );
      expect(breach.data!.recordPostVerification.status).toBe('BREACHED');
      const admin = await t.token(Role.LIST_ADMIN);
      const records = await t.gql(
        `query($id: String) { creditRecords(subjectIdNumber: $id) { id kind repairedAt commitmentId } }`,
        { id },
        admin,
      );
      expect(records.data!.creditRecords).toEqual([
        expect.objectContaining({ kind: 'FALSE_COMMITMENT', repairedAt: null, commitmentId: first.id }),
      ]);
      const events = await t.db.creditOutbox.findMany({ where: { type: 'CREDIT_RECORD_CREATED' } });
      expect(events.some((e) => (e.payload as { commitmentId?: string }).commitmentId === first.id)).toBe(true);
      expect(JSON.stringify(events)).not.toContain(id);

      const vid = await readyForCommitment(id, 'MARITAL_STATUS', { status: 'DIVORCED' });
      const blocked = await offer(vid, id);
      expect(errorCodes(blocked)).toEqual(['FORBIDDEN']);
      expect(blocked.errors![0].message).toMatch(/信用记录/);

      const repaired = await t.gql(
        `mutation($id: ID!) { repairCreditRecord(id: $id, note: "当事人已纠正并完成信用修复") { repairedAt } }`,
        { id: records.data!.creditRecords[0].id },
        admin,
      );
      expect(repaired.data!.repairCreditRecord.repairedAt).toEqual(expect.any(String));
      expect(await t.db.creditOutbox.count({ where: { type: 'CREDIT_RECORD_REPAIRED' } })).toBeGreaterThanOrEqual(1);
      expect((await offer(vid, id)).data!.offerCommitment.status).toBe('OFFERED');
    });

    it('refuses a post-verification from another department and a second, different result', async () => {
      const id = stranger();
      const c = (await offer(await readyForCommitment(id), id)).data!.offerCommitment;
      await sign(c, id);
      const other = await t.token(Role.WINDOW_STAFF, { department: 'HX_RS' });
      expect(errorCodes(await t.gql(POST, { i: { id: c.id, result: 'HONORED', evidence: 'x' } }, other))).toEqual([
        'NOT_FOUND',
      ]);
      await t.gql(POST, { i: { id: c.id, result: 'HONORED', evidence: '属实' } }, clerk);
      expect(
        (await t.gql(POST, { i: { id: c.id, result: 'HONORED', evidence: '属实' } }, clerk)).data!
          .recordPostVerification.status,
      ).toBe('HONORED');
      expect(errorCodes(await t.gql(POST, { i: { id: c.id, result: 'BREACHED', evidence: '不实' } }, clerk))).toEqual([
        'CONFLICT',
      ]);
    });
  });
});
