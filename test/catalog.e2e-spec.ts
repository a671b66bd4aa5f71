import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const SEED = (() => {
  for (const p of [
    join(__dirname, '../../shared/seed/000_07de13448432df52.txt'),
    join(__dirname, '../libs/catalog/src/seed/source/000_07de13448432df52.txt'),
  ]) {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      /* try the next copy */
    }
  }
  throw new Error('seed document not found');
})();

describe('catalog (e2e)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.token(Role.WINDOW_STAFF);
  });
  afterAll(() => t.close());

  const LIST = `query($kind: ListKind!) { communityList(kind: $kind) { id kind version title source isSample effectiveFrom items { seq category content legalBasis reason certificateCode } } }`;

  it.each([
    ['DUTY', 24],
    ['ASSIST', 29],
    ['NEGATIVE', 7],
  ])('serves the %s list of the seed verbatim (%i items)', async (kind, count) => {
    const res = await t.gql(LIST, { kind }, token);
    expect(res.errors).toBeUndefined();
    const list = res.data!.communityList;
    expect(list).toMatchObject({ kind, version: 1, isSample: false });
    expect(list.items).toHaveLength(count);
    expect(list.items.map((i: { seq: number }) => i.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const item of list.items) {
      expect(SEED).toContain(item.content);
      expect(SEED).toContain(item.legalBasis.split('\n')[0]);
    }
    expect(SEED).toContain(list.title);
  });

  it('marks the permitted-certificate list as sample data and links catalog entries', async () => {
    const res = await t.gql(LIST, { kind: 'PERMITTED_CERTIFICATE' }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.communityList.isSample).toBe(true);
    expect(res.data!.communityList.items.length).toBeGreaterThan(0);
    expect(res.data!.communityList.items.every((i: { certificateCode: string | null }) => !!i.certificateCode)).toBe(
      true,
    );
  });

  it('has no list version in force before the policy took effect', async () => {
    const res = await t.gql(`query { communityList(kind: DUTY, at: "2020-01-01T00:00:00Z") { version } }`, {}, token);
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });

  it('finds certificate types by Chinese alias', async () => {
    const res = await t.gql(
      `query { certificateTypes(search: "住址") { totalCount nodes { code name disposition aliases factTypes { code ownerDepartment { name } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const codes = res.data!.certificateTypes.nodes.map((n: { code: string }) => n.code);
    expect(codes).toContain('RESIDENCE');
    const residence = res.data!.certificateTypes.nodes.find((n: { code: string }) => n.code === 'RESIDENCE');
    expect(residence.aliases).toContain('住址证明');
    expect(residence.factTypes.length).toBeGreaterThan(0);
  });

  it('pages through the whole catalog without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const res: any = await t.gql(
        `query($after: String) { certificateTypes(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } } }`,
        { after },
        token,
      );
      expect(res.errors).toBeUndefined();
      const conn = res.data.certificateTypes;
      total = conn.totalCount;
      seen.push(...conn.edges.map((e: { node: { code: string } }) => e.node.code));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(25);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
  });

  it.each([
    ['first above the maximum', `query { certificateTypes(first: 1000) { totalCount } }`],
    ['a zero page size', `query { certificateTypes(first: 0) { totalCount } }`],
    ['a malformed cursor', `query { certificateTypes(after: "%%%") { totalCount } }`],
  ])('refuses %s with BAD_USER_INPUT', async (_name, query) => {
    const res = await t.gql(query, {}, token);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers certificateType by code, and NOT_FOUND / BAD_USER_INPUT for unknown or malformed codes', async () => {
    const ok = await t.gql(`query { certificateType(code: "KINSHIP") { name disposition } }`, {}, token);
    expect(ok.data!.certificateType).toEqual({ name: '亲属关系证明', disposition: 'INTER_DEPARTMENT' });
    expect(errorCodes(await t.gql(`query { certificateType(code: "NO_SUCH_THING") { name } }`, {}, token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await t.gql(`query { certificateType(code: "bad code!") { name } }`, {}, token))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('lists fact types with their owning department and commitment rules', async () => {
    const res = await t.gql(
      `query { factTypes { code name commitmentAllowed postVerifyDays ownerDepartment { code name } claimSchema } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const facts = res.data!.factTypes;
    expect(facts.length).toBeGreaterThanOrEqual(16);
    const crime = facts.find((f: { code: string }) => f.code === 'NO_CRIMINAL_RECORD');
    expect(crime.commitmentAllowed).toBe(false);
    expect(crime.ownerDepartment.code).toBe('HX_GA');
    expect(crime.claimSchema.type).toBe('object');
  });

  it('lists departments and the region tree', async () => {
    const res = await t.gql(
      `query { departments { code name kind } townships: regions(filter: { level: TOWNSHIP }) { code name parent { code name level } } communities: regions(filter: { parentCode: "621022100000" }) { code level } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.departments.map((d: { code: string }) => d.code)).toEqual(
      expect.arrayContaining(['HX_MZ', 'HX_ZZB', 'HX_GA']),
    );
    expect(res.data!.townships.length).toBe(20);
    expect(res.data!.townships[0].parent).toEqual({ code: '621022000000', name: '环县', level: 'COUNTY' });
    expect(res.data!.communities.length).toBeGreaterThan(0);
    expect(res.data!.communities.every((c: { level: string }) => c.level === 'COMMUNITY')).toBe(true);
  });

  it('refuses a malformed region filter', async () => {
    const res = await t.gql(`query { regions(filter: { parentCode: "62" }) { code } }`, {}, token);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});
