import { Role } from '#gw/auth';
import { population } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

// The read-only queries the web console needs beyond the domain operations: a window's history
// for one resident, a community's own certificates, and the public lists.
describe('queries for the console (e2e)', () => {
  let t: TestApp;
  const { samples } = population();

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('a window’s verifications of one resident', () => {
    const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id } }`;
    const LIST = `query($f: VerificationFilter) { verifications(filter: $f) { totalCount nodes { id subjectMasked } } }`;
    let clerk: string;
    const ids: Record<string, string[]> = { a: [], b: [] };

    beforeAll(async () => {
      clerk = await t.token(Role.WINDOW_STAFF, { subject: 'clerk-h' });
      const subjects = { a: samples.married.idNumber, b: samples.unmarriedAdult.idNumber };
      for (const [who, idNumber] of Object.entries(subjects)) {
        for (const n of [1, 2]) {
          const res = await t.gql(
            VERIFY,
            {
              i: {
                factType: 'REAL_ESTATE',
                subject: { idNumber },
                claim: { ownsRealEstate: false },
                matter: '公共租赁住房申请',
                purpose: '核实住房',
                idempotencyKey: `hist-${who}-${n}`,
              },
            },
            clerk,
          );
          ids[who].push(res.data!.verifyFact.id);
        }
      }
    });

    it('finds them by the ID number, in either case of the check character', async () => {
      const res = await t.gql(LIST, { f: { subjectIdNumber: samples.married.idNumber.toLowerCase() } }, clerk);
      expect(res.errors).toBeUndefined();
      expect(res.data!.verifications.totalCount).toBe(2);
      expect(res.data!.verifications.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...ids.a].sort());
    });

    it('refuses an ID number with a wrong check digit, in Chinese', async () => {
      const id = samples.married.idNumber;
      const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
      const res = await t.gql(LIST, { f: { subjectIdNumber: wrong } }, clerk);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].message).toMatch(/校验位/);
    });

    it('reads an explicit null in a filter field as “any”', async () => {
      const res = await t.gql(
        LIST,
        { f: { outcome: null, factType: null, subjectIdNumber: samples.married.idNumber, from: null, to: null } },
        clerk,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.verifications.totalCount).toBe(2);
    });

    it('shows another department nothing', async () => {
      const other = await t.token(Role.WINDOW_STAFF, { department: 'HX_MZ', subject: 'clerk-mz' });
      const res = await t.gql(LIST, { f: { subjectIdNumber: samples.married.idNumber } }, other);
      expect(res.data!.verifications.totalCount).toBe(0);
    });
  });

  describe('a community’s issued certificates', () => {
    const ISSUE = `mutation($i: IssueCommunityCertificateInput!) { issueCommunityCertificate(input: $i) { id serial } }`;
    const REVOKE = `mutation($id: ID!) { revokeCommunityCertificate(id: $id, reason: "填写有误") { id } }`;
    const LIST = `query($f: IssuedCertificateFilter, $first: Int, $after: String) {
      issuedCertificates(filter: $f, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id serial status subjectMasked qr }
      } }`;
    const DONGGUAN = '621022100001';
    let clerk: string;
    const serials: string[] = [];

    beforeAll(async () => {
      clerk = await t.token(Role.COMMUNITY_STAFF, { region: DONGGUAN, subject: 'dg-clerk' });
      for (let i = 0; i < 3; i++) {
        const res = await t.gql(
          ISSUE,
          {
            i: {
              communityCode: DONGGUAN,
              certificateCode: 'VOLUNTEER_SERVICE',
              idNumber: samples.married.idNumber,
              purpose: '升学材料',
              content: `参加社区志愿服务 ${i + 1} 次`,
            },
          },
          clerk,
        );
        serials.push(res.data!.issueCommunityCertificate.serial);
        if (i === 0) await t.gql(REVOKE, { id: res.data!.issueCommunityCertificate.id }, clerk);
      }
    });

    it('lists them newest first, page by page', async () => {
      const first = await t.gql(LIST, { first: 2 }, clerk);
      expect(first.errors).toBeUndefined();
      const page1 = first.data!.issuedCertificates;
      expect(page1.totalCount).toBe(3);
      expect(page1.nodes.map((n: { serial: string }) => n.serial)).toEqual([serials[2], serials[1]]);
      expect(page1.nodes[0].qr).toMatch(/^HXZM1:/);
      const second = await t.gql(LIST, { first: 2, after: page1.pageInfo.endCursor }, clerk);
      expect(second.data!.issuedCertificates.nodes).toEqual([expect.objectContaining({ serial: serials[0] })]);
      expect(second.data!.issuedCertificates.pageInfo.hasNextPage).toBe(false);
    });

    it('reads explicit nulls in the filter as “any”', async () => {
      const res = await t.gql(LIST, { f: { serial: null, status: null } }, clerk);
      expect(res.errors).toBeUndefined();
      expect(res.data!.issuedCertificates.totalCount).toBe(3);
    });

    it('finds one by its serial, or by status', async () => {
      const bySerial = await t.gql(LIST, { f: { serial: serials[1].slice(-11) } }, clerk);
      expect(bySerial.data!.issuedCertificates.nodes.map((n: { serial: string }) => n.serial)).toEqual([serials[1]]);
      const revoked = await t.gql(LIST, { f: { status: 'REVOKED' } }, clerk);
      expect(revoked.data!.issuedCertificates.nodes.map((n: { serial: string }) => n.serial)).toEqual([serials[0]]);
    });

    it('shows another community nothing, and refuses bad filters', async () => {
      const other = await t.token(Role.COMMUNITY_STAFF, { region: '621022100002', subject: 'xg-clerk' });
      expect((await t.gql(LIST, {}, other)).data!.issuedCertificates.totalCount).toBe(0);
      expect(errorCodes(await t.gql(LIST, { f: { serial: 'x; drop' } }, clerk))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await t.gql(LIST, { f: { status: 'LOST' } }, clerk))).toEqual(['BAD_USER_INPUT']);
    });

    it('is for community clerks only', async () => {
      const window = await t.token(Role.WINDOW_STAFF);
      expect(errorCodes(await t.gql(LIST, {}, window))).toEqual(['FORBIDDEN']);
    });
  });

  describe('what follows one verification', () => {
    const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id outcome nextRoute } }`;
    const ASSIST = `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`;
    const ANSWER = `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id status } }`;
    const OFFER = `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { id } }`;
    const ASSISTS = `query($f: AssistFilter) { assistRequests(filter: $f) { totalCount nodes { id verificationId } } }`;
    const COMMITMENTS = `query($f: CommitmentFilter) { commitments(filter: $f) { totalCount nodes { id verificationId } } }`;

    it('lists the assist requests and commitments of one verification only', async () => {
      const clerk = await t.token(Role.WINDOW_STAFF, { subject: 'clerk-f' });
      const officer = await t.token(Role.DEPT_OFFICER, { department: 'HX_MZ', subject: 'mz-officer' });
      const idNumber = samples.married.idNumber;
      const ids: string[] = [];
      for (const key of ['follow-1', 'follow-2']) {
        const v = await t.gql(
          VERIFY,
          {
            i: {
              factType: 'MARITAL_STATUS',
              subject: { idNumber },
              claim: { status: 'UNMARRIED' },
              matter: '公共租赁住房申请',
              purpose: '核实婚姻状况',
              idempotencyKey: key,
            },
          },
          clerk,
        );
        expect(v.data!.verifyFact).toMatchObject({ outcome: 'UNRESOLVED', nextRoute: 'INTER_DEPARTMENT' });
        ids.push(v.data!.verifyFact.id);
        expect((await t.gql(ASSIST, { i: { verificationId: v.data!.verifyFact.id, idNumber } }, clerk)).errors).toBe(
          undefined,
        );
      }
      const mine = await t.gql(ASSISTS, { f: { verificationId: ids[0] } }, clerk);
      expect(mine.data!.assistRequests.nodes.map((n: { verificationId: string }) => n.verificationId)).toEqual([
        ids[0],
      ]);
      const [assist] = mine.data!.assistRequests.nodes;
      const answered = await t.gql(ANSWER, { i: { id: assist.id, answer: 'UNABLE', note: '档案缺失' } }, officer);
      expect(answered.data!.answerAssistRequest.status).toBe('ANSWERED');
      expect((await t.gql(OFFER, { i: { verificationId: ids[0], idNumber } }, clerk)).errors).toBeUndefined();
      const commitments = await t.gql(COMMITMENTS, { f: { verificationId: ids[0] } }, clerk);
      expect(commitments.data!.commitments.totalCount).toBe(1);
      expect((await t.gql(COMMITMENTS, { f: { verificationId: ids[1] } }, clerk)).data!.commitments.totalCount).toBe(0);
      expect(errorCodes(await t.gql(ASSISTS, { f: { verificationId: 'nope' } }, clerk))).toEqual(['BAD_USER_INPUT']);
      const any = await t.gql(COMMITMENTS, { f: { verificationId: null } }, clerk);
      expect(any.data!.commitments.totalCount).toBe(1);
    });
  });

  describe('the public lists', () => {
    it('can be read with their versions and legal basis without signing in', async () => {
      const res = await t.gql(`query {
        communityList(kind: NEGATIVE) { version title items { content legalBasis } }
        listHistory(kind: DUTY) { totalCount nodes { version inForce effectiveFrom } }
      }`);
      expect(res.errors).toBeUndefined();
      expect(res.data!.communityList.items.length).toBe(7);
      expect(res.data!.listHistory.nodes[0]).toMatchObject({ version: 1, inForce: true });
    });
  });
});
