import { Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const DONGGUAN = '621022100001';

const CHECK = `mutation($input: CheckCommunityCertificateInput!) {
  checkCommunityCertificate(input: $input) {
    id decision reason guidance certificateType { code }
    candidates { code name decision reason score matchedOn explanation }
    negativeListItem { seq }
  }
}`;
const PHRASES = `query($f: MatchedPhraseFilter, $first: Int, $after: String) {
  matchedPhrases(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id phrase outcome count candidates { code } matchesNow { code name } }
  }
}`;
const ADD_ALIAS = `mutation($i: AddCertificateAliasInput!) {
  addCertificateAlias(input: $i) { id certificateCode alias reason addedRevision addedBy active }
}`;
const RETIRE_ALIAS = `mutation($i: RetireCertificateAliasInput!) {
  retireCertificateAlias(input: $i) { id active retiredRevision retireReason }
}`;
const REVISIONS = `query { catalogRevisions(first: 10) { totalCount nodes { version action certificateCode alias reason actorSubject } } }`;
const SEARCH = `query($s: String) { certificateTypes(search: $s, first: 100) { totalCount nodes { code aliases } } }`;
const REGISTER = `mutation($i: RegisterDataSourceInput!) { registerDataSource(input: $i) { id } }`;

describe('matching residents’ words, guidance and the feedback loop (e2e)', () => {
  let t: TestApp;
  let clerk: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token(Role.COMMUNITY_STAFF, { region: DONGGUAN, subject: 'clerk-dg' });
    admin = await t.token(Role.LIST_ADMIN, { department: 'HX_MZ', subject: 'mz-list-admin' });
  });
  afterAll(() => t.close());

  const check = async (certificate: string) => {
    const res = await t.gql(CHECK, { input: { communityCode: DONGGUAN, certificate } }, clerk);
    expect(res.errors).toBeUndefined();
    return res.data!.checkCommunityCertificate;
  };

  it.each([
    ['我和我爸的关系', 'KINSHIP', 'INTER_DEPARTMENT'],
    ['她是我闺女', 'KINSHIP', 'INTER_DEPARTMENT'],
    ['我老伴', 'KINSHIP', 'INTER_DEPARTMENT'],
    ['居主证明', 'RESIDENCE', 'COMMITMENT'],
    ['戶籍證明', 'HOUSEHOLD', 'DATA_SHARING'],
    ['帮我开一张在读证明，学校要的', 'SCHOOL_ENROLLMENT', 'DATA_SHARING'],
  ])('understands “%s” as %s', async (words, code, reason) => {
    const c = await check(words);
    expect(c).toMatchObject({ decision: 'REFUSED', reason, certificateType: { code } });
    expect(c.candidates).toHaveLength(1);
    expect(c.candidates[0]).toMatchObject({ code, reason, decision: 'REFUSED' });
    expect(c.candidates[0].explanation.length).toBeGreaterThan(0);
  });

  it('does not take a certificate for enrolling for one of being enrolled', async () => {
    const c = await check('入学证明');
    expect(c).toMatchObject({ decision: 'REFUSED', reason: 'NOT_LISTED', certificateType: null });
    expect(c.candidates.map((x: { code: string }) => x.code)).not.toContain('SCHOOL_ENROLLMENT');
  });

  it('lists the candidates when the words fit several entries, and counts nothing in the burden monitor', async () => {
    const before = await t.db.burdenDaily.findMany({ where: { communityCode: DONGGUAN } });
    const c = await check('社区服务证明');
    expect(c).toMatchObject({ decision: 'AMBIGUOUS', reason: 'AMBIGUOUS', certificateType: null });
    const codes = c.candidates.map((x: { code: string }) => x.code);
    expect(codes).toEqual(expect.arrayContaining(['VOLUNTEER_SERVICE', 'COMMUNITY_ACTIVITY']));
    for (const x of c.candidates) expect(x).toMatchObject({ decision: 'ALLOWED', reason: 'ON_PERMITTED_LIST' });
    expect(c.guidance).toMatch(/社区志愿服务证明/);
    expect(c.guidance).toMatch(/确认/);
    expect(await t.db.burdenDaily.findMany({ where: { communityCode: DONGGUAN } })).toEqual(before);
    const listed = await t.gql(
      `query { communityChecks(filter: { reason: AMBIGUOUS }) { nodes { id decision candidates { code } } } }`,
      {},
      admin,
    );
    expect(listed.errors).toBeUndefined();
    const node = listed.data!.communityChecks.nodes.find((n: { id: string }) => n.id === c.id);
    expect(node.candidates.map((x: { code: string }) => x.code)).toEqual(codes);
  });

  it('names where to go and the 12345 hotline in every answer', async () => {
    for (const words of [
      'VOLUNTEER_SERVICE',
      '重名证明',
      '低保证明',
      '亲属关系证明',
      '居住证明',
      '危房等级鉴定证明',
      '火星旅行资格证明',
      '社区服务证明',
    ]) {
      const c = await check(words);
      expect(c.guidance).toMatch(/12345/);
      expect(c.guidance).toMatch(/窗口|居（村）民委员会|找|确认/);
    }
    const notListed = await check('火星旅行资格证明');
    expect(notListed.guidance).toMatch(/告诉要求提供证明的单位/);
    expect(notListed.guidance).toMatch(/社区不得出具/);
    const negative = await check('危房等级鉴定证明');
    expect(negative).toMatchObject({ reason: 'NEGATIVE_LIST', negativeListItem: { seq: 2 } });
    expect(negative.guidance).toMatch(/县住建局/);
  });

  it('promises a data check only while an active source for the fact is granted, and otherwise says the window asks the owner', async () => {
    const without = await check('低保证明');
    expect(without.reason).toBe('DATA_SHARING');
    expect(without.guidance).toMatch(/没有可用的共享数据源/);
    expect(without.guidance).toMatch(/环县民政局发起部门间协查/);

    const mz = await t.token(Role.SOURCE_ADMIN, { department: 'HX_MZ', subject: 'mz-source-admin' });
    const reg = await t.gql(
      REGISTER,
      {
        i: {
          code: 'MZ_DIBAO_TEST',
          name: '民政低保测试源',
          endpoint: 'http://127.0.0.1:9/verify',
          factTypes: ['LOW_INCOME_ALLOWANCE'],
          jwksUrl: 'http://127.0.0.1:9/jwks.json',
        },
      },
      mz,
    );
    expect(reg.errors).toBeUndefined();
    const id = reg.data!.registerDataSource.id;
    // registered but granted to nobody: still no data check
    expect((await check('低保证明')).guidance).toMatch(/没有可用的共享数据源/);

    const grant = await t.gql(
      `mutation($id: ID!) { grantSourceAccess(sourceId: $id, consumerDepartmentCode: "HX_ZWFW") { id } }`,
      { id },
      mz,
    );
    expect(grant.errors).toBeUndefined();
    const shared = await check('低保证明');
    expect(shared.guidance).toMatch(/政务数据共享在线核验/);
    expect(shared.guidance).toMatch(/民政低保测试源/);
    expect(shared.guidance).not.toMatch(/协查/);

    const suspend = await t.gql(`mutation($id: ID!) { suspendDataSource(id: $id, reason: "维护") { id } }`, { id }, mz);
    expect(suspend.errors).toBeUndefined();
    expect((await check('低保证明')).guidance).toMatch(/没有可用的共享数据源/);
  });

  describe('feedback loop', () => {
    it('counts unmatched phrasings without ID numbers or names, for civil affairs only', async () => {
      // an ID number is refused outright (the one detector), other numbers are dropped
      const refused = await t.gql(
        CHECK,
        { input: { communityCode: DONGGUAN, certificate: '给张建国开个久居证明 6210 2219 9001 0112 34' } },
        clerk,
      );
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].message).toBe('证明名称中不应包含公民身份号码，请删去后重试');
      await check('给张建国开个久居证明 13800138000');
      await check('久居证明');
      await check('久居证明');
      const res = await t.gql(PHRASES, { f: { outcome: 'UNMATCHED' }, first: 50 }, admin);
      expect(res.errors).toBeUndefined();
      const phrases = res.data!.matchedPhrases.nodes as { phrase: string; count: number; matchesNow: unknown[] }[];
      const kept = phrases.find((p) => p.phrase === '久居证明');
      expect(kept).toMatchObject({ count: 2, matchesNow: [] });
      const stripped = phrases.find((p) => p.phrase.includes('久居') && p.phrase !== '久居证明');
      expect(stripped!.phrase).not.toMatch(/\d|张建国|建国/);
      expect(JSON.stringify(await t.db.matchPhrase.findMany())).not.toMatch(/621022|138001|张建国/);
      expect(JSON.stringify(await t.db.communityCheck.findMany())).not.toMatch(/6210 ?2219 ?9001/);
      // most heard first
      expect(phrases[0].count).toBeGreaterThanOrEqual(phrases[phrases.length - 1].count);
      expect(errorCodes(await t.gql(PHRASES, {}, clerk))).toEqual(['FORBIDDEN']);
    });

    it('pages phrasings without repeats', async () => {
      for (const w of ['飞船驾驶证明', '潜水资格证明', '种树达人证明']) await check(w);
      const first = await t.gql(PHRASES, { first: 2 }, admin);
      const page1 = first.data!.matchedPhrases;
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const second = await t.gql(PHRASES, { first: 2, after: page1.pageInfo.endCursor }, admin);
      const ids = [...page1.nodes, ...second.data!.matchedPhrases.nodes].map((n: { id: string }) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(errorCodes(await t.gql(PHRASES, { after: 'bm9wZQ' }, admin))).toEqual(['BAD_USER_INPUT']);
    });

    it('lets a list administrator add an alias, applied at once, versioned and audited', async () => {
      const res = await t.gql(
        ADD_ALIAS,
        { i: { certificateCode: 'RESIDENCE', alias: ' 久居证明 ', reason: '社区反映居民常这样说' } },
        admin,
      );
      expect(res.errors).toBeUndefined();
      const alias = res.data!.addCertificateAlias;
      expect(alias).toMatchObject({
        certificateCode: 'RESIDENCE',
        alias: '久居证明',
        addedBy: 'mz-list-admin',
        active: true,
      });

      expect(await check('久居证明')).toMatchObject({ reason: 'COMMITMENT', certificateType: { code: 'RESIDENCE' } });
      const phrases = (await t.gql(PHRASES, { first: 50 }, admin)).data!.matchedPhrases.nodes;
      expect(phrases.find((p: { phrase: string }) => p.phrase === '久居证明').matchesNow).toEqual([
        { code: 'RESIDENCE', name: '居住证明' },
      ]);
      const found = (await t.gql(SEARCH, { s: '久居' }, clerk)).data!.certificateTypes;
      expect(found.nodes).toEqual([
        expect.objectContaining({ code: 'RESIDENCE', aliases: expect.arrayContaining(['久居证明']) }),
      ]);

      const revisions = (await t.gql(REVISIONS, {}, admin)).data!.catalogRevisions;
      expect(revisions.nodes[0]).toMatchObject({
        version: alias.addedRevision,
        action: 'ALIAS_ADDED',
        certificateCode: 'RESIDENCE',
        alias: '久居证明',
        actorSubject: 'mz-list-admin',
      });
      const audit = await t.db.auditEvent.findFirst({ where: { action: 'catalog.addAlias' } });
      expect(audit).toMatchObject({ targetId: 'RESIDENCE', actorSubject: 'mz-list-admin', outcome: 'OK' });

      // the same words cannot name a second entry, nor carry personal data
      const again = await t.gql(
        ADD_ALIAS,
        { i: { certificateCode: 'HOUSEHOLD', alias: '久居證明', reason: '重复' } },
        admin,
      );
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(again.errors![0].message).toMatch(/居住证明/);
      for (const bad of ['久居证明110101', 'ab', '拆除违章建筑证明']) {
        const r = await t.gql(ADD_ALIAS, { i: { certificateCode: 'RESIDENCE', alias: bad, reason: '试试' } }, admin);
        expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      }
      expect(
        errorCodes(
          await t.gql(ADD_ALIAS, { i: { certificateCode: 'NO_SUCH', alias: '某某证明', reason: '试试' } }, admin),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(
          await t.gql(ADD_ALIAS, { i: { certificateCode: 'RESIDENCE', alias: '某某证明', reason: '试试' } }, clerk),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(REVISIONS, {}, clerk))).toEqual(['FORBIDDEN']);

      // retiring keeps the record and takes the alias out of use
      const retired = await t.gql(RETIRE_ALIAS, { i: { id: alias.id, reason: '与居住证明含义不同' } }, admin);
      expect(retired.errors).toBeUndefined();
      expect(retired.data!.retireCertificateAlias).toMatchObject({ active: false, retireReason: '与居住证明含义不同' });
      expect((await check('久居证明')).reason).toBe('NOT_LISTED');
      expect(errorCodes(await t.gql(RETIRE_ALIAS, { i: { id: alias.id, reason: '再停用' } }, admin))).toEqual([
        'CONFLICT',
      ]);
      const after = (await t.gql(REVISIONS, {}, admin)).data!.catalogRevisions;
      expect(after.nodes[0]).toMatchObject({
        action: 'ALIAS_RETIRED',
        alias: '久居证明',
        version: alias.addedRevision + 1,
      });
    });
  });

  describe('certificate search', () => {
    it.each([
      ['jzzm', 'RESIDENCE'],
      ['juzhuzhengming', 'RESIDENCE'],
      ['ＪＺＺＭ', 'RESIDENCE'],
      ['居住證明', 'RESIDENCE'],
      ['dbzm', 'LOW_INCOME'],
      ['LOW_INCOME', 'LOW_INCOME'],
    ])('finds %s', async (search, code) => {
      const res = await t.gql(SEARCH, { s: search }, clerk);
      expect(res.errors).toBeUndefined();
      expect(res.data!.certificateTypes.nodes.map((n: { code: string }) => n.code)).toContain(code);
    });

    it.each(['%', '_', '%%', '__'])('does not let %s match everything', async (search) => {
      const res = await t.gql(SEARCH, { s: search }, clerk);
      expect(res.errors).toBeUndefined();
      expect(res.data!.certificateTypes.totalCount).toBe(0);
    });

    it('treats wildcards inside a term as nothing', async () => {
      const res = await t.gql(SEARCH, { s: '居%住' }, clerk);
      expect(res.data!.certificateTypes.nodes.map((n: { code: string }) => n.code)).toContain('RESIDENCE');
      const all = await t.gql(SEARCH, { s: '证_明' }, clerk);
      expect(all.data!.certificateTypes.totalCount).toBeGreaterThan(0);
    });
  });
});
