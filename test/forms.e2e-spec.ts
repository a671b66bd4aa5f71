import { Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const FILE = `mutation($i: RecordFormFilingInput!) { recordFormFiling(input: $i) { id communityCode formName period filedBy } }`;
const DONGGUAN = '621022100001';

describe('forms list and filings (e2e)', () => {
  let t: TestApp;
  let clerk: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token(Role.COMMUNITY_STAFF, { region: DONGGUAN, subject: 'dg-clerk' });
  });
  afterAll(() => t.close());

  const file = (form: string, period: string, token = clerk, communityCode = DONGGUAN) =>
    t.gql(FILE, { i: { communityCode, form, period } }, token);

  it('serves the forms list with the requesting department and frequency', async () => {
    const res = await t.gql(
      `query { communityList(kind: FORM) { isSample items { seq content departmentCode frequency } } }`,
      {},
      clerk,
    );
    expect(res.data!.communityList.isSample).toBe(true);
    expect(res.data!.communityList.items[0]).toEqual({
      seq: 1,
      content: '城乡最低生活保障对象动态管理情况表',
      departmentCode: 'HX_MZ',
      frequency: 'MONTHLY',
    });
  });

  it('records a filing of a listed form for its period, once', async () => {
    const res = await file('城乡最低生活保障对象动态管理情况表', '2026-11');
    expect(res.data!.recordFormFiling).toMatchObject({
      communityCode: DONGGUAN,
      period: '2026-11',
      filedBy: 'dg-clerk',
    });
    expect(errorCodes(await file('城乡最低生活保障对象动态管理情况表', '2026-11'))).toEqual(['CONFLICT']);
    const admin = await t.token(Role.LIST_ADMIN);
    const list = await t.gql(
      `query { formFilings(filter: { regionCode: "621022100000" }) { totalCount nodes { formName period } } }`,
      {},
      admin,
    );
    expect(list.data!.formFilings).toMatchObject({
      totalCount: 1,
      nodes: [{ formName: '城乡最低生活保障对象动态管理情况表', period: '2026-11' }],
    });
  });

  it('refuses an unlisted form and records the refusal only in the audit trail', async () => {
    const before = await t.db.formFiling.count();
    const res = await file('社区创建文明城市入户调查表', '2026-11');
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].message).toMatch(/不在/);
    expect(await t.db.formFiling.count()).toBe(before);
    const last = await t.db.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(last).toMatchObject({ action: 'graphql.recordFormFiling', outcome: 'REFUSED' });
  });

  it.each([
    ['a monthly form with a quarter', '城乡最低生活保障对象动态管理情况表', '2026-Q4'],
    ['a quarterly form with a month', '特困人员救助供养情况统计表', '2026-11'],
    ['a yearly form with a half year', '社区居民委员会年度工作情况报表', '2026-H1'],
  ])('refuses %s', async (_name, form, period) => {
    expect(errorCodes(await file(form, period))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses filing for another community', async () => {
    expect(errorCodes(await file('城乡最低生活保障对象动态管理情况表', '2026-10', clerk, '621022100002'))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
