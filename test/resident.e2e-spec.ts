import { createHash } from 'node:crypto';
import { Role } from '#gw/auth';
import { checkCharacter } from '#gw/common';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

// The resident's own view: a RESIDENT token reaches only its own subject's entries; the data
// tracker lists every use of the resident's data (also where they are named in someone else's
// claim, without that person); objections go to the auditors; a window's one-time link lets the
// resident sign on their phone, once, before it expires, and no one else.

const DONGGUAN = '621022100001';
let seq = 0;
function idNumber(): string {
  const first17 = `621022${19700101 + (seq++ % 28)}${String(500 + seq).slice(-3)}`;
  return first17 + checkCharacter(first17);
}
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const DATA_USES = `query($f: DataUseFilter, $first: Int, $after: String) {
  myDataUses(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind at department departmentCode window matter purpose fact namedAs result objection
      sources { source department answer } }
  } }`;

describe('resident (e2e)', () => {
  let t: TestApp;
  let window: string;
  let officer: string;
  let auditor: string;
  const me = idNumber();
  const spouse = idNumber();
  const stranger = idNumber();
  let meToken: string;
  let spouseToken: string;
  let strangerToken: string;
  let verificationId: string;
  let commitment: { id: string; noticeHash: string };

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await t.gql(query, variables, token);
    if (res.errors) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return Object.values(res.data!)[0] as T;
  };
  const resident = (id: string) => t.token(Role.RESIDENT, { idNumber: id, subject: `resident-${id.slice(-4)}` });

  // a verification no source settles, an assist the owner cannot answer, then a commitment offered
  async function offeredCommitment(
    subject: string,
    key: string,
  ): Promise<{ id: string; noticeHash: string; verificationId: string }> {
    const v = await ok<{ id: string }>(
      `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id nextRoute } }`,
      {
        i: {
          factType: 'MARITAL_STATUS',
          claim: { status: 'MARRIED', spouseIdNumber: spouse },
          subject: { idNumber: subject },
          matter: '公共租赁住房申请',
          purpose: '核实婚姻状况',
          communityCode: DONGGUAN,
          idempotencyKey: key,
        },
      },
      window,
    );
    const a = await ok<{ id: string }>(
      `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`,
      // every ID number the claim names is typed again for the assisting department (sealed)
      {
        i: { verificationId: v.id, idNumber: subject, claimIdNumbers: [{ field: 'spouseIdNumber', idNumber: spouse }] },
      },
      window,
    );
    await ok(`mutation($id: ID!) { revealAssistSubject(id: $id) }`, { id: a.id }, officer);
    await ok(
      `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id } }`,
      { i: { id: a.id, answer: 'UNABLE', note: '本部门无该人登记' } },
      officer,
    );
    const c = await ok<{ id: string; noticeHash: string }>(
      `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { id noticeHash } }`,
      { i: { verificationId: v.id, idNumber: subject } },
      window,
    );
    verificationId = v.id;
    return { ...c, verificationId: v.id };
  }

  const link = (commitmentId: string) =>
    ok<{ token: string; path: string; expiresAt: string }>(
      `mutation($id: ID!) { createCommitmentSignLink(commitmentId: $id) { token path expiresAt } }`,
      { id: commitmentId },
      window,
    );

  beforeAll(async () => {
    t = await startTestApp();
    window = await t.token(Role.WINDOW_STAFF);
    officer = await t.token(Role.DEPT_OFFICER, { department: 'HX_MZ' });
    auditor = await t.token(Role.AUDITOR);
    meToken = await resident(me);
    spouseToken = await resident(spouse);
    strangerToken = await resident(stranger);
    commitment = await offeredCommitment(me, `resident-e2e-${process.pid}`);
  }, 60_000);
  afterAll(() => t.close());

  it('lists every use of the resident’s data: the verification, the reveal of the ID number, the commitment', async () => {
    const mark = await t.auditMark();
    const page = await ok(DATA_USES, {}, meToken);
    const kinds = page.nodes.map((n: any) => n.kind).sort();
    expect(kinds).toEqual(['ASSIST_REVEAL', 'COMMITMENT', 'VERIFICATION']);
    const v = page.nodes.find((n: any) => n.kind === 'VERIFICATION');
    expect(v).toMatchObject({
      id: `VERIFICATION:${verificationId}`,
      department: '环县政务服务中心',
      departmentCode: 'HX_ZWFW',
      window: 'demo-window_staff',
      matter: '公共租赁住房申请',
      purpose: '核实婚姻状况',
      fact: expect.any(String),
      result: '未能核实',
      objection: null,
    });
    const reveal = page.nodes.find((n: any) => n.kind === 'ASSIST_REVEAL');
    expect(reveal).toMatchObject({ departmentCode: 'HX_MZ', window: 'demo-dept_officer' });
    // the read itself is on the audit trail, without the number
    const reads = await t.auditSince(mark, { action: 'resident.dataUses.read' });
    expect(reads).toHaveLength(1);
    expect(reads[0].actorRoles).toBe('RESIDENT');
    expect(JSON.stringify(reads)).not.toContain(me);
  });

  it('shows the spouse named in the claim that they were named, and not whose verification it was', async () => {
    const page = await ok(DATA_USES, {}, spouseToken);
    expect(page.nodes.map((n: any) => n.kind)).toEqual(['NAMED_IN_VERIFICATION']);
    expect(page.nodes[0]).toMatchObject({ namedAs: '配偶', department: '环县政务服务中心' });
    const body = JSON.stringify(page);
    expect(body).not.toContain(me);
    expect(body).not.toContain(me.slice(14));
    // the record stores only hashes of the persons named
    const parties = await t.db.verificationParty.findMany({ where: { verificationId } });
    expect(parties.map((p) => p.field)).toEqual(['spouseIdNumber']);
    expect(JSON.stringify(parties)).not.toContain(spouse);
  });

  it('filters by period and pages', async () => {
    const none = await ok(DATA_USES, { f: { to: '2020-01-01T00:00:00Z' } }, meToken);
    expect(none.totalCount).toBe(0);
    const first = await ok(DATA_USES, { first: 2 }, meToken);
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await ok(DATA_USES, { first: 2, after: first.pageInfo.endCursor }, meToken);
    expect(rest.nodes).toHaveLength(1);
    expect([...first.nodes, ...rest.nodes].map((n: any) => n.id)).toEqual(
      (await ok(DATA_USES, {}, meToken)).nodes.map((n: any) => n.id),
    );
    const bad = await t.gql(DATA_USES, { after: 'bm90LWEta2V5' }, meToken);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const backwards = await t.gql(
      DATA_USES,
      { f: { from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' } },
      meToken,
    );
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
  });

  it('shows another resident none of it, whatever they send', async () => {
    expect((await ok(DATA_USES, {}, strangerToken)).totalCount).toBe(0);
    for (const q of ['myCommitments { id }', 'myCreditRecords { id }', 'myCertificates { id }', 'myObjections { id }'])
      expect(await ok(`query { ${q} }`, {}, strangerToken)).toEqual([]);
    const objection = await t.gql(
      `mutation($i: RaiseObjectionInput!) { raiseObjection(input: $i) { id } }`,
      { i: { entryId: `VERIFICATION:${verificationId}`, text: '不是我' } },
      strangerToken,
    );
    expect(errorCodes(objection)).toEqual(['NOT_FOUND']);
    const withdraw = await t.gql(
      `mutation($id: ID!) { withdrawMyCommitment(id: $id, reason: "不办了") { id } }`,
      { id: commitment.id },
      strangerToken,
    );
    expect(errorCodes(withdraw)).toEqual(['NOT_FOUND']);
    expect((await t.db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).status).toBe('OFFERED');
  });

  it('refuses forged or malformed resident tokens, and staff tokens, at every resident operation', async () => {
    const forged = [
      await t.token(Role.RESIDENT, {}), // no ID claim
      await t.token(Role.RESIDENT, { idNumber: me.slice(0, 17) + (me[17] === '0' ? '1' : '0') }), // bad check digit
      await t.token([Role.RESIDENT, Role.WINDOW_STAFF], { idNumber: me }), // resident and staff at once
    ];
    const ops = [
      `query { residentMe { subjectMasked } }`,
      `query { myDataUses { totalCount } }`,
      `query { myCommitments { id } }`,
      `mutation { withdrawMyCommitment(id: "${commitment.id}", reason: "x") { id } }`,
    ];
    for (const token of forged)
      for (const op of ops) expect([op, errorCodes(await t.gql(op, {}, token))]).toEqual([op, ['UNAUTHENTICATED']]);
    // a token signed by someone else's key, carrying the right number
    const [h, p] = meToken.split('.');
    for (const op of ops)
      expect(errorCodes(await t.gql(op, {}, `${h}.${p}.${Buffer.from('forged').toString('base64url')}`))).toEqual([
        'UNAUTHENTICATED',
      ]);
    for (const op of ops) expect(errorCodes(await t.gql(op, {}, window))).toEqual(['FORBIDDEN']);
  });

  it('turns the ID claim into the masked number and never echoes it', async () => {
    const res = await ok(`query { residentMe { subjectMasked name } }`, {}, meToken);
    expect(res.subjectMasked).toBe(`${me.slice(0, 6)}********${me.slice(14)}`);
  });

  describe('objections', () => {
    let objectionId: string;

    it('lets the resident object to an entry, refusing an ID number in the text', async () => {
      const withId = await t.gql(
        `mutation($i: RaiseObjectionInput!) { raiseObjection(input: $i) { id } }`,
        { i: { entryId: `VERIFICATION:${verificationId}`, text: `我的号码是 ${me}，我没有申请` } },
        meToken,
      );
      expect(errorCodes(withId)).toEqual(['BAD_USER_INPUT']);
      const unknown = await t.gql(
        `mutation($i: RaiseObjectionInput!) { raiseObjection(input: $i) { id } }`,
        { i: { entryId: 'NOT-AN-ENTRY', text: '不对' } },
        meToken,
      );
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      const raised = await ok(
        `mutation($i: RaiseObjectionInput!) { raiseObjection(input: $i) { id status entryKind entryId } }`,
        {
          i: {
            entryId: `ASSIST_REVEAL:${(await ok(DATA_USES, { f: { kinds: ['ASSIST_REVEAL'] } }, meToken)).nodes[0].id.split(':')[1]}`,
            text: '为什么要看我的身份号码？',
          },
        },
        meToken,
      );
      expect(raised).toMatchObject({ status: 'OPEN', entryKind: 'ASSIST_REVEAL' });
      objectionId = raised.id;
      const page = await ok(DATA_USES, { f: { kinds: ['ASSIST_REVEAL'] } }, meToken);
      expect(page.nodes[0].objection).toBe('OPEN');
    });

    it('gives the county’s auditor the objection with the entry’s audit trail, and lets them answer it', async () => {
      const cases = await ok(
        `query { residentObjections(filter: { status: OPEN }) { totalCount nodes { id text subjectMasked
          entry { kind department } trail { action actorSubject } } } }`,
        {},
        auditor,
      );
      const c = cases.nodes.find((n: any) => n.id === objectionId);
      expect(c.entry).toEqual({ kind: 'ASSIST_REVEAL', department: '环县民政局' });
      expect(c.trail.map((e: any) => e.action)).toEqual(
        expect.arrayContaining(['assist.request', 'assist.revealSubject', 'assist.answer', 'resident.objection.raise']),
      );
      expect(JSON.stringify(cases)).not.toContain(me);
      const townshipAuditor = await t.token(Role.AUDITOR, { region: '621022100000' });
      expect((await ok(`query { residentObjections { totalCount } }`, {}, townshipAuditor)).totalCount).toBe(0);
      const refused = await t.gql(
        `mutation($i: AnswerObjectionInput!) { answerResidentObjection(input: $i) { id } }`,
        { i: { id: objectionId, answer: '协查需要' } },
        townshipAuditor,
      );
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      const answered = await ok(
        `mutation($i: AnswerObjectionInput!) { answerResidentObjection(input: $i) { status answer } }`,
        { i: { id: objectionId, answer: '民政局协查人员为查找您的登记查看了号码，属于依法协查。', close: true } },
        auditor,
      );
      expect(answered.status).toBe('CLOSED');
      const again = await t.gql(
        `mutation($i: AnswerObjectionInput!) { answerResidentObjection(input: $i) { id } }`,
        { i: { id: objectionId, answer: '补充' } },
        auditor,
      );
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      const mine = await ok(`query { myObjections { id status answer } }`, {}, meToken);
      expect(mine).toEqual([{ id: objectionId, status: 'CLOSED', answer: expect.stringContaining('依法协查') }]);
    });
  });

  describe('signing on the phone', () => {
    const OPEN = `query($t: String!) { commitmentSignLink(token: $t) { commitmentId noticeText noticeHash fact department } }`;
    const SIGN = `mutation($i: SignByLinkInput!) { signCommitmentByLink(input: $i) { id status signatureMethod canWithdraw } }`;

    it('refuses a link opened by a different resident, and audits it', async () => {
      const l = await link(commitment.id);
      expect(l.path).toBe(`/resident/sign#${l.token}`);
      const mark = await t.auditMark();
      const res = await t.gql(OPEN, { t: l.token }, strangerToken);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      const sign = await t.gql(
        SIGN,
        { i: { token: l.token, acceptedNoticeHash: commitment.noticeHash } },
        strangerToken,
      );
      expect(errorCodes(sign)).toEqual(['FORBIDDEN']);
      const refusals = await t.auditSince(mark, { outcome: 'REFUSED' });
      expect(refusals.map((e) => e.action)).toEqual(
        expect.arrayContaining(['commitment.signLink.open', 'commitment.signLink.sign']),
      );
      expect((await t.db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).status).toBe('OFFERED');
      // only the token's hash is kept
      expect(JSON.stringify(await t.db.commitmentSignLink.findMany())).not.toContain(l.token);
    });

    it('refuses an expired link', async () => {
      const l = await link(commitment.id);
      await t.db.commitmentSignLink.updateMany({
        where: { tokenHash: sha256(l.token) },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      expect(errorCodes(await t.gql(OPEN, { t: l.token }, meToken))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await t.gql(SIGN, { i: { token: l.token, acceptedNoticeHash: commitment.noticeHash } }, meToken)),
      ).toEqual(['FORBIDDEN']);
    });

    it('lets the resident read the whole notice and sign once, with a drawn signature; the link is then spent', async () => {
      const l = await link(commitment.id);
      const notice = await ok(OPEN, { t: l.token }, meToken);
      expect(notice).toMatchObject({ commitmentId: commitment.id, noticeHash: commitment.noticeHash });
      expect(sha256(notice.noticeText)).toBe(commitment.noticeHash);
      const wrong = await t.gql(SIGN, { i: { token: l.token, acceptedNoticeHash: sha256('other') } }, meToken);
      expect(errorCodes(wrong)).toEqual(['CONFLICT']);
      const signed = await ok(
        SIGN,
        {
          i: {
            token: l.token,
            acceptedNoticeHash: notice.noticeHash,
            signatureHash: sha256('png'),
            signatureRef: 'pad/x.png',
          },
        },
        meToken,
      );
      expect(signed).toEqual({ id: commitment.id, status: 'SIGNED', signatureMethod: 'ON_SCREEN', canWithdraw: true });
      const reused = await t.gql(SIGN, { i: { token: l.token, acceptedNoticeHash: notice.noticeHash } }, meToken);
      expect(errorCodes(reused)).toEqual(['CONFLICT']);
      expect(errorCodes(await t.gql(OPEN, { t: l.token }, meToken))).toEqual(['CONFLICT']);
      const row = await t.db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
      expect([row.evidenceHash, row.evidenceRef]).toEqual([sha256('png'), 'pad/x.png']);
      const mine = await ok(`query { myCommitments { id status statusText record } }`, {}, meToken);
      expect(mine).toEqual([
        { id: commitment.id, status: 'SIGNED', statusText: '已签署，待事后核查', record: expect.any(String) },
      ]);
      // a new link for a signed commitment is refused
      const more = await t.gql(
        `mutation($id: ID!) { createCommitmentSignLink(commitmentId: $id) { token } }`,
        { id: commitment.id },
        window,
      );
      expect(errorCodes(more)).toEqual(['CONFLICT']);
    });

    it('lets the resident withdraw before the decision, then refuses', async () => {
      const w = await ok(
        `mutation($id: ID!) { withdrawMyCommitment(id: $id, reason: "我去开具证明材料") { status canWithdraw } }`,
        { id: commitment.id },
        meToken,
      );
      expect(w).toEqual({ status: 'WITHDRAWN', canWithdraw: false });
      const again = await t.gql(
        `mutation($id: ID!) { withdrawMyCommitment(id: $id, reason: "再撤") { id } }`,
        { id: commitment.id },
        meToken,
      );
      expect(errorCodes(again)).toEqual(['CONFLICT']);
    });

    it('signs with the authenticated consent alone, and shows post-verification and credit to the resident', async () => {
      const other = idNumber();
      const otherToken = await resident(other);
      const c = await offeredCommitment(other, `resident-e2e-2-${process.pid}`);
      const l = await link(c.id);
      const signed = await ok(SIGN, { i: { token: l.token, acceptedNoticeHash: c.noticeHash } }, otherToken);
      expect(signed.signatureMethod).toBe('ELECTRONIC_SIGNATURE');
      // the window cannot sign through the link, and cannot create one for another department's commitment
      const staff = await t.gql(SIGN, { i: { token: l.token, acceptedNoticeHash: c.noticeHash } }, window);
      expect(errorCodes(staff)).toEqual(['FORBIDDEN']);
      const foreign = await t.gql(
        `mutation($id: ID!) { createCommitmentSignLink(commitmentId: $id) { token } }`,
        { id: c.id },
        await t.token(Role.WINDOW_STAFF, { department: 'HX_JY' }),
      );
      expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
      await ok(
        `mutation($i: PostVerifyCommitmentInput!) { recordPostVerification(input: $i) { id } }`,
        { i: { id: c.id, result: 'BREACHED', evidence: '经核查，当事人已登记结婚' } },
        window,
      );
      const kinds = (await ok(DATA_USES, {}, otherToken)).nodes.map((n: any) => n.kind);
      expect(kinds).toEqual(expect.arrayContaining(['POST_VERIFICATION', 'CREDIT_RECORD', 'COMMITMENT']));
      const credit = await ok(`query { myCreditRecords { reason blocks repair repairedAt } }`, {}, otherToken);
      expect(credit).toEqual([
        expect.objectContaining({
          repairedAt: null,
          blocks: expect.stringContaining('告知承诺'),
          repair: expect.stringContaining('信用修复'),
        }),
      ]);
      const mine = await ok(`query { myCommitments { status postResult canWithdraw } }`, {}, otherToken);
      expect(mine).toEqual([{ status: 'BREACHED', postResult: 'BREACHED', canWithdraw: false }]);
    });
  });
});
