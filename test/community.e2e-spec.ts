import { Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const DONGGUAN = '621022100001';
const XIGUAN = '621022100002';
const HUANCHENG = '621022100000';

const CHECK = `mutation($input: CheckCommunityCertificateInput!) {
  checkCommunityCertificate(input: $input) {
    id decision reason guidance legalBasis certificateInput communityCode
    community { name level }
    certificateType { code name disposition }
    listVersion { kind version }
    negativeListItem { seq category }
    checkedAt
  }
}`;

describe('checkCommunityCertificate (e2e)', () => {
  let t: TestApp;
  let clerk: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token(Role.COMMUNITY_STAFF, { region: DONGGUAN, subject: 'clerk-dongguan' });
  });
  afterAll(() => t.close());

  const check = (certificate: string, communityCode = DONGGUAN, token = clerk) =>
    t.gql(CHECK, { input: { communityCode, certificate } }, token);

  it('allows a certificate on the permitted list, with its legal basis and list version', async () => {
    const res = await check('VOLUNTEER_SERVICE');
    expect(res.errors).toBeUndefined();
    expect(res.data!.checkCommunityCertificate).toMatchObject({
      decision: 'ALLOWED',
      reason: 'ON_PERMITTED_LIST',
      certificateType: { code: 'VOLUNTEER_SERVICE' },
      listVersion: { kind: 'PERMITTED_CERTIFICATE', version: 1 },
      community: { name: '东关社区', level: 'COMMUNITY' },
    });
    expect(res.data!.checkCommunityCertificate.legalBasis.length).toBeGreaterThan(0);
  });

  it('refuses a residence certificate asked for in the resident’s words and says where to go instead', async () => {
    const res = await check('开个住址证明');
    expect(res.errors).toBeUndefined();
    const c = res.data!.checkCommunityCertificate;
    expect(c).toMatchObject({
      decision: 'REFUSED',
      reason: 'COMMITMENT',
      certificateType: { code: 'RESIDENCE' },
      certificateInput: '开个住址证明',
    });
    expect(c.guidance).toMatch(/告知承诺/);
    expect(c.guidance).toMatch(/办事窗口/);
  });

  it.each([
    ['低保证明', 'DATA_SHARING', 'LOW_INCOME', /部门间协查/],
    ['亲属关系证明', 'INTER_DEPARTMENT', 'KINSHIP', /部门间协查/],
    ['重名证明', 'ABOLISHED', 'DUPLICATE_NAME', /已取消/],
    ['无犯罪记录证明', 'DATA_SHARING', 'NO_CRIMINAL_RECORD', /公安/],
  ])('refuses %s with %s', async (name, reason, code, guidance) => {
    const res = await check(name);
    expect(res.errors).toBeUndefined();
    expect(res.data!.checkCommunityCertificate).toMatchObject({
      decision: 'REFUSED',
      reason,
      certificateType: { code },
    });
    expect(res.data!.checkCommunityCertificate.guidance).toMatch(guidance);
  });

  it('refuses work on the negative list and names the list item', async () => {
    const res = await check('危房等级鉴定证明');
    expect(res.errors).toBeUndefined();
    expect(res.data!.checkCommunityCertificate).toMatchObject({
      decision: 'REFUSED',
      reason: 'NEGATIVE_LIST',
      certificateType: null,
      negativeListItem: { seq: 2, category: '拆迁拆违类' },
      listVersion: { kind: 'NEGATIVE' },
    });
    expect(res.data!.checkCommunityCertificate.guidance).toMatch(/不应由社区组织承担/);
  });

  it('refuses anything else as not listed', async () => {
    const res = await check('火星旅行资格证明');
    expect(res.data!.checkCommunityCertificate).toMatchObject({
      decision: 'REFUSED',
      reason: 'NOT_LISTED',
      certificateType: null,
    });
  });

  it('records every check, visible to civil affairs and filterable by township', async () => {
    const admin = await t.token(Role.LIST_ADMIN);
    const before = await t.db.communityCheck.count();
    const made = await check('居住证明');
    const id = made.data!.checkCommunityCertificate.id;
    expect(await t.db.communityCheck.count()).toBe(before + 1);
    const res = await t.gql(
      `query($f: CommunityCheckFilter) { communityChecks(filter: $f, first: 100) { totalCount nodes { id actorSubject reason community { code } } } }`,
      { f: { regionCode: HUANCHENG, reason: 'COMMITMENT' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const node = res.data!.communityChecks.nodes.find((n: { id: string }) => n.id === id);
    expect(node).toMatchObject({ actorSubject: 'clerk-dongguan', reason: 'COMMITMENT', community: { code: DONGGUAN } });
    expect(res.data!.communityChecks.nodes.every((n: { reason: string }) => n.reason === 'COMMITMENT')).toBe(true);
    const other = await t.gql(
      `query { communityChecks(filter: { regionCode: "621022101000" }) { totalCount } }`,
      {},
      admin,
    );
    expect(other.data!.communityChecks.totalCount).toBe(0);
    const audit = await t.db.auditEvent.findFirst({ where: { targetId: id } });
    expect(audit).toMatchObject({
      action: 'community.checkCertificate',
      outcome: 'OK',
      actorSubject: 'clerk-dongguan',
    });
    expect(JSON.stringify(audit!.detail)).not.toContain('居住证明');
  });

  it('pages community checks newest first without repeats', async () => {
    const admin = await t.token(Role.AUDITOR);
    for (const name of ['收入证明', '婚姻状况证明', '出生证明']) await check(name);
    const first = await t.gql(
      `query { communityChecks(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      {},
      admin,
    );
    const page1 = first.data!.communityChecks;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql(
      `query($a: String) { communityChecks(first: 2, after: $a) { nodes { id } } }`,
      { a: page1.pageInfo.endCursor },
      admin,
    );
    const ids = [...page1.nodes, ...second.data!.communityChecks.nodes].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(4);
    expect([...ids].sort().reverse()).toEqual(ids);
  });

  describe('bad input changes nothing', () => {
    async function expectRefused(res: Awaited<ReturnType<typeof check>>, code: string) {
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual([code]);
      expect(JSON.stringify(res.body)).not.toMatch(/stack|\.ts:/);
    }

    it.each([
      ['a malformed community code', { communityCode: '6210', certificate: '居住证明' }, 'BAD_USER_INPUT'],
      ['an empty certificate', { communityCode: DONGGUAN, certificate: '' }, 'BAD_USER_INPUT'],
      ['an overlong certificate', { communityCode: DONGGUAN, certificate: '证'.repeat(101) }, 'BAD_USER_INPUT'],
      ['a malformed certificate code', { communityCode: DONGGUAN, certificate: 'abc-??' }, 'BAD_USER_INPUT'],
      ['an unknown certificate code', { communityCode: DONGGUAN, certificate: 'NO_SUCH_CERTIFICATE' }, 'NOT_FOUND'],
      ['another community', { communityCode: XIGUAN, certificate: '居住证明' }, 'FORBIDDEN'],
    ])('%s', async (_name, input, code) => {
      const checks = await t.db.communityCheck.count();
      const res = await t.gql(CHECK, { input }, clerk);
      await expectRefused(res, code);
      expect(await t.db.communityCheck.count()).toBe(checks);
      const last = await t.db.auditEvent.findFirst({ orderBy: { id: 'desc' } });
      expect(last).toMatchObject({
        action: 'graphql.checkCommunityCertificate',
        outcome: 'REFUSED',
        actorSubject: 'clerk-dongguan',
      });
      expect(last!.detail).toEqual({ code });
    });

    it('an unknown community', async () => {
      const stray = await t.token(Role.COMMUNITY_STAFF, { region: '621022100099' });
      await expectRefused(await check('居住证明', '621022100099', stray), 'NOT_FOUND');
    });

    it('a township code instead of a community', async () => {
      const township = await t.token(Role.COMMUNITY_STAFF, { region: HUANCHENG });
      await expectRefused(await check('居住证明', HUANCHENG, township), 'BAD_USER_INPUT');
    });

    it('a caller without the community role', async () => {
      const window = await t.token(Role.WINDOW_STAFF, { region: DONGGUAN });
      await expectRefused(await check('居住证明', DONGGUAN, window), 'FORBIDDEN');
    });

    it('community staff reading the check records', async () => {
      const res = await t.gql(`query { communityChecks { totalCount } }`, {}, clerk);
      await expectRefused(res, 'FORBIDDEN');
    });
  });
});
