import { checkCharacter, chinaDay, idNumberProblem } from '#gw/common';
import { createHash } from 'node:crypto';
import { AssistSweepService } from '#gw/assist';
import { Role } from '#gw/auth';
import {
  addDays,
  BURDEN_COUNTERS,
  BurdenCounter,
  BurdenCounts,
  CHECK_COUNTER,
  verificationCounter,
  zeroCounts,
} from '#gw/burden';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const COUNTY = '621022000000';
const HUANCHENG = '621022100000';
const DONGGUAN = '621022100001';
const XIGUAN = '621022100002';
const QUZI_TOWNSHIP = '621022101000';
const QUZI = '621022101001';
const MUBO_TOWNSHIP = '621022103000';

const COUNTS = `checksAllowed checksRefused refusedByReason { reason count } certificatesIssued certificatesRevoked formsFiled
  assistRequested assistAnswered assistOverdue verifiedBySharedData verifiedByOtherRoutes sharedDataShare`;
const REPORT = `query($f: BurdenFilter!, $first: Int, $after: String) {
  burdenReport(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { communityCode communityName ${COUNTS} }
  }
}`;
const TOTALS = `query($f: BurdenFilter!) { burdenTotals(filter: $f) { regionCode regionName communities from to ${COUNTS} } }`;
const TREND = `query($f: BurdenFilter!, $g: TrendGranularity!) { burdenTrend(filter: $f, granularity: $g) { start end ${COUNTS} } }`;
const CHECK = `mutation($i: CheckCommunityCertificateInput!) { checkCommunityCertificate(input: $i) { decision reason } }`;
const ISSUE = `mutation($i: IssueCommunityCertificateInput!) { issueCommunityCertificate(input: $i) { id } }`;
const FILE = `mutation($i: RecordFormFilingInput!) { recordFormFiling(input: $i) { id } }`;
const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id outcome route nextRoute communityCode } }`;
const VERIFY_CERT = `mutation($i: VerifyCertificateInput!) { verifyCertificate(input: $i) { verifications { id outcome route communityCode } } }`;
const REQUEST = `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`;
const ANSWER = `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id status } }`;

type Row = Record<string, any>;
let seq = 0;

// residents unknown to every source, so that only the fallback routes can settle their facts
function stranger(): string {
  for (;;) {
    const birth = new Date(Date.UTC(1985, 0, 1) + (seq++ % 3000) * 86_400_000)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    const first17 = `621022${birth}${String(100 + (seq % 900)).slice(-3)}`;
    const id = first17 + checkCharacter(first17);
    if (!population().population.byIdNumber.has(id) && idNumberProblem(id) === null) return id;
  }
}

// A report row read back into the stored counters' terms.
function countsOf(row: Row): BurdenCounts {
  const c = zeroCounts();
  for (const k of BURDEN_COUNTERS) if (typeof row[k] === 'number') c[k] = row[k];
  for (const r of row.refusedByReason as { reason: string; count: number }[]) c[CHECK_COUNTER[r.reason]] = r.count;
  return c;
}

describe('burden monitor (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let window: string;
  let auditor: string;
  let mzOfficer: string;
  let gaOfficer: string;
  let checker: string;
  const clerks: Record<string, string> = {};
  const today = chinaDay(new Date());
  // every record of this test falls in these days, even if the run crosses midnight
  const period = { from: addDays(today, -1), to: addDays(today, 1) };
  const samples = population().samples;
  const key = (name: string) => `burden-${process.pid}-${name}-${++seq}`;

  const gqlOk = async (query: string, variables: Record<string, unknown>, token: string): Promise<Row> => {
    const res = await t.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const check = (community: string, certificate: string) =>
    gqlOk(CHECK, { i: { communityCode: community, certificate } }, clerks[community]);
  const verify = (
    idNumber: string,
    factType: string,
    claim: Record<string, unknown>,
    communityCode: string | null,
    idempotencyKey = key(factType),
  ) =>
    t.gql(
      VERIFY,
      {
        i: {
          factType,
          subject: { idNumber },
          claim,
          matter: '低保申请',
          purpose: '核实',
          idempotencyKey,
          ...(communityCode === null ? {} : { communityCode }),
        },
      },
      window,
    );
  const report = (f: Record<string, unknown>, token = auditor, first?: number, after?: string) =>
    t.gql(REPORT, { f: { ...period, ...f }, first, after }, token);

  // The counters computed from scratch from the stored records, by community, for a period.
  async function fromRecords(prefix: string, from: string, to: string): Promise<Map<string, BurdenCounts>> {
    const out = new Map<string, BurdenCounts>();
    const add = (community: string, counter: BurdenCounter, at: Date | null) => {
      if (!at || !community.startsWith(prefix)) return;
      const day = chinaDay(at);
      if (day < from || day > to) return;
      if (!out.has(community)) out.set(community, zeroCounts());
      out.get(community)![counter]++;
    };
    for (const c of await t.db.communityCheck.findMany()) add(c.communityCode, CHECK_COUNTER[c.reason], c.createdAt);
    for (const c of await t.db.issuedCertificate.findMany()) {
      add(c.communityCode, 'certificatesIssued', c.issuedAt);
      if (c.status === 'REVOKED') add(c.communityCode, 'certificatesRevoked', c.revokedAt);
    }
    for (const f of await t.db.formFiling.findMany()) add(f.communityCode, 'formsFiled', f.filedAt);
    for (const a of await t.db.assistRequest.findMany({ where: { communityCode: { not: null } } })) {
      add(a.communityCode!, 'assistRequested', a.createdAt);
      if (a.status === 'ANSWERED') add(a.communityCode!, 'assistAnswered', a.closedAt);
      if (a.status === 'EXPIRED') add(a.communityCode!, 'assistOverdue', a.closedAt);
    }
    const settled = await t.db.verification.findMany({
      where: { communityCode: { not: null }, outcome: { in: ['CONFIRMED', 'REFUTED', 'COMMITTED'] } },
    });
    for (const v of settled) add(v.communityCode!, verificationCounter(v.route!), v.finishedAt);
    return out;
  }

  function sum(rows: BurdenCounts[]): BurdenCounts {
    const total = zeroCounts();
    for (const r of rows) for (const k of BURDEN_COUNTERS) total[k] += r[k];
    return total;
  }

  beforeAll(async () => {
    t = await startTestApp({ VERIFICATION_SWEEP_MS: '3600000' });
    s = await startSources(t, { only: ['MZ_HUNYIN', 'GA_HUJI', 'WJ_CHUSI'] });
    window = await t.token(Role.WINDOW_STAFF, { subject: 'window-burden' });
    auditor = await t.token(Role.AUDITOR, { subject: 'auditor-burden' });
    mzOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_MZ', subject: 'mz-officer' });
    gaOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_GA', subject: 'ga-officer' });
    checker = await t.token(Role.THIRD_PARTY, { department: 'HX_TP_SOCIAL_WORK', subject: 'tp-checker' });
    for (const c of [DONGGUAN, XIGUAN, QUZI])
      clerks[c] = await t.token(Role.COMMUNITY_STAFF, { region: c, subject: `clerk-${c}` });

    // community checks: allowed, and refused for every reason
    for (const name of [
      'VOLUNTEER_SERVICE',
      '开个住址证明',
      '低保证明',
      '无犯罪记录证明',
      '亲属关系证明',
      '重名证明',
      '危房等级鉴定证明',
      '火星旅行资格证明',
    ])
      await check(DONGGUAN, name);
    await check(XIGUAN, '居住证明');
    await check(XIGUAN, 'VOLUNTEER_SERVICE');
    // concurrent first writers of one community's day: the counter must lose none
    await Promise.all(Array.from({ length: 8 }, () => check(QUZI, 'VOLUNTEER_SERVICE')));

    // certificates issued (each with its own recorded check) and one revoked
    const issue = (communityCode: string) =>
      gqlOk(
        ISSUE,
        {
          i: {
            communityCode,
            certificateCode: 'VOLUNTEER_SERVICE',
            idNumber: samples.married.idNumber,
            purpose: '升学材料',
            content: '参加社区志愿服务24小时',
          },
        },
        clerks[communityCode],
      );
    const first = (await issue(DONGGUAN)).issueCommunityCertificate.id;
    await issue(DONGGUAN);
    await issue(XIGUAN);
    await gqlOk(
      `mutation($id: ID!) { revokeCommunityCertificate(id: $id, reason: "信息填写错误") { status } }`,
      { id: first },
      clerks[DONGGUAN],
    );

    // forms filed against the forms list
    await gqlOk(
      FILE,
      { i: { communityCode: DONGGUAN, form: '城乡最低生活保障对象动态管理情况表', period: '2026-10' } },
      clerks[DONGGUAN],
    );
    await gqlOk(
      FILE,
      { i: { communityCode: DONGGUAN, form: '城乡最低生活保障对象动态管理情况表', period: '2026-11' } },
      clerks[DONGGUAN],
    );
    await gqlOk(
      FILE,
      { i: { communityCode: XIGUAN, form: '城乡最低生活保障对象动态管理情况表', period: '2026-11' } },
      clerks[XIGUAN],
    );

    // settled by shared data, in Dongguan; and one without a community, which is not counted
    const shared = await verify(
      samples.married.idNumber,
      'MARITAL_STATUS',
      { status: 'MARRIED' },
      DONGGUAN,
      `burden-${process.pid}-shared`,
    );
    expect(shared.data!.verifyFact).toMatchObject({
      outcome: 'CONFIRMED',
      route: 'DATA_SHARING',
      communityCode: DONGGUAN,
    });
    expect(
      (await verify(samples.married.idNumber, 'MARITAL_STATUS', { status: 'MARRIED' }, null)).data!.verifyFact,
    ).toMatchObject({ outcome: 'CONFIRMED', communityCode: null });

    // UNRESOLVED by shared data, then settled by the owning department's answer
    const unknown = stranger();
    const v1 = (await verify(unknown, 'MARITAL_STATUS', { status: 'UNMARRIED' }, DONGGUAN)).data!.verifyFact;
    expect(v1).toMatchObject({ outcome: 'UNRESOLVED', nextRoute: 'INTER_DEPARTMENT' });
    const a1 = (await gqlOk(REQUEST, { i: { verificationId: v1.id, idNumber: unknown } }, window)).requestAssist;
    await gqlOk(ANSWER, { i: { id: a1.id, answer: 'CONFIRMED', note: '经查档案属实' } }, mzOfficer);

    // in Xiguan: the assist request expires, a third party is asked and refutes the claim
    const other = stranger();
    const v2 = (await verify(other, 'RESIDENCE', { regionCode: XIGUAN }, XIGUAN)).data!.verifyFact;
    const a2 = (await gqlOk(REQUEST, { i: { verificationId: v2.id, idNumber: other } }, window)).requestAssist;
    await t.db.assistRequest.update({ where: { id: a2.id }, data: { dueAt: new Date(Date.now() - 1000) } });
    expect(await t.app.get(AssistSweepService).sweep()).toBe(1);
    const tp = await t.db.assistRequest.findFirstOrThrow({ where: { verificationId: v2.id, kind: 'THIRD_PARTY' } });
    expect(tp.communityCode).toBe(XIGUAN);
    await gqlOk(ANSWER, { i: { id: tp.id, answer: 'REFUTED', note: '上门核查，未在该社区居住' } }, checker);
    void gaOfficer;

    // a signed commitment counts as settled; withdrawing it takes the count back
    const resident = stranger();
    const v3 = (await verify(resident, 'MARITAL_STATUS', { status: 'UNMARRIED' }, QUZI)).data!.verifyFact;
    const a3 = (await gqlOk(REQUEST, { i: { verificationId: v3.id, idNumber: resident } }, window)).requestAssist;
    await gqlOk(ANSWER, { i: { id: a3.id, answer: 'UNABLE', note: '本部门无该人登记' } }, mzOfficer);
    const offered = (
      await gqlOk(
        `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { id noticeHash } }`,
        { i: { verificationId: v3.id, idNumber: resident } },
        window,
      )
    ).offerCommitment;
    const sign = {
      id: offered.id,
      signerIdNumber: resident,
      acceptedNoticeHash: offered.noticeHash,
      method: 'ON_SCREEN',
      evidenceHash: createHash('sha256').update(offered.id).digest('hex'),
      evidenceRef: `pad/${offered.id}.png`,
    };
    await gqlOk(`mutation($i: SignCommitmentInput!) { signCommitment(input: $i) { status } }`, { i: sign }, window);
    expect((await t.db.verification.findUniqueOrThrow({ where: { id: v3.id } })).outcome).toBe('COMMITTED');
    const withCommitment = (await fromRecords(QUZI, period.from, period.to)).get(QUZI)!.verifiedByOtherRoutes;
    const beforeWithdraw = await t.gql(TOTALS, { f: { regionCode: QUZI, ...period } }, auditor);
    expect(beforeWithdraw.data!.burdenTotals.verifiedByOtherRoutes).toBe(withCommitment);
    await gqlOk(
      `mutation($id: ID!) { withdrawCommitment(id: $id, reason: "撤回") { status } }`,
      { id: offered.id },
      window,
    );

    // a certificate's facts are counted one by one, as the fact verifications they are
    const cert = await gqlOk(
      VERIFY_CERT,
      {
        i: {
          certificateCode: 'INHERITANCE',
          subject: { idNumber: samples.deceased.idNumber },
          facts: [
            { factType: 'DEATH', claim: { deceased: true } },
            {
              factType: 'KINSHIP',
              claim: {
                relation: 'SPOUSE',
                relativeIdNumber: samples.deceased.spouseIdNumber ?? samples.married.idNumber,
              },
            },
          ],
          matter: '继承权公证',
          purpose: '核实死亡和亲属关系',
          communityCode: QUZI,
          idempotencyKey: key('cert'),
        },
      },
      window,
    );
    expect(cert.verifyCertificate.verifications.map((v: Row) => v.communityCode)).toEqual([QUZI, QUZI]);
    // a gateway, sandbox sources and some forty requests: more than the default hook timeout
  }, 60_000);

  afterAll(async () => {
    await s?.sandbox.close();
    await t?.close();
  });

  it('reports every community of the county, with counts equal to the stored records', async () => {
    const expected = await fromRecords('621022', period.from, period.to);
    const res = await report({ regionCode: COUNTY }, auditor, 50);
    expect(res.errors).toBeUndefined();
    const conn = res.data!.burdenReport;
    const communities = await t.db.region.findMany({
      where: { level: 'COMMUNITY', code: { startsWith: '621022' } },
      orderBy: { code: 'asc' },
    });
    expect(conn.totalCount).toBe(communities.length);
    expect(conn.nodes.map((n: Row) => n.communityCode)).toEqual(communities.map((c) => c.code));
    expect(conn.nodes.map((n: Row) => n.communityName)).toEqual(communities.map((c) => c.name));
    for (const n of conn.nodes)
      expect([n.communityCode, countsOf(n)]).toEqual([n.communityCode, expected.get(n.communityCode) ?? zeroCounts()]);
  });

  it('matches what was created through the API', async () => {
    const nodes: Row[] = (await report({ regionCode: HUANCHENG })).data!.burdenReport.nodes;
    const dg = nodes.find((n) => n.communityCode === DONGGUAN)!;
    expect(dg).toMatchObject({
      communityName: '东关社区',
      checksAllowed: 3, // one by hand, two before issuing
      checksRefused: 7,
      certificatesIssued: 2,
      certificatesRevoked: 1,
      formsFiled: 2,
      assistRequested: 1,
      assistAnswered: 1,
      assistOverdue: 0,
      verifiedBySharedData: 1,
      verifiedByOtherRoutes: 1,
      sharedDataShare: 0.5,
    });
    expect(dg.refusedByReason).toEqual([
      { reason: 'ABOLISHED', count: 1 },
      { reason: 'DATA_SHARING', count: 2 },
      { reason: 'INTER_DEPARTMENT', count: 1 },
      { reason: 'COMMITMENT', count: 1 },
      { reason: 'NEGATIVE_LIST', count: 1 },
      { reason: 'NOT_LISTED', count: 1 },
    ]);
    const xg = nodes.find((n) => n.communityCode === XIGUAN)!;
    expect(xg).toMatchObject({
      checksAllowed: 2,
      checksRefused: 1,
      certificatesIssued: 1,
      formsFiled: 1,
      assistRequested: 2,
      assistAnswered: 1,
      assistOverdue: 1,
      verifiedBySharedData: 0,
      verifiedByOtherRoutes: 1,
      sharedDataShare: 0,
    });
    // Nanguan had no activity and still has its row
    expect(nodes.find((n) => n.communityCode === '621022100003')).toMatchObject({
      checksAllowed: 0,
      checksRefused: 0,
      verifiedBySharedData: 0,
      sharedDataShare: null,
    });

    const qz = (await report({ regionCode: QUZI }, clerks[QUZI])).data!.burdenReport.nodes[0];
    expect(qz.checksAllowed).toBe(8);
    // the withdrawn commitment is not counted; the certificate's fact verifications are
    const certFacts = await t.db.verification.count({
      where: { communityCode: QUZI, certificateCode: 'INHERITANCE', outcome: { in: ['CONFIRMED', 'REFUTED'] } },
    });
    expect(qz.verifiedBySharedData + qz.verifiedByOtherRoutes).toBe(certFacts);
    expect(certFacts).toBeGreaterThanOrEqual(1);
  });

  it('counts a verification once, however often its request is replayed, and refuses a replay for another community', async () => {
    const before = (await t.gql(TOTALS, { f: { regionCode: DONGGUAN, ...period } }, auditor)).data!.burdenTotals
      .verifiedBySharedData;
    const replay = await verify(
      samples.married.idNumber,
      'MARITAL_STATUS',
      { status: 'MARRIED' },
      DONGGUAN,
      `burden-${process.pid}-shared`,
    );
    expect(replay.data!.verifyFact).toMatchObject({ outcome: 'CONFIRMED', communityCode: DONGGUAN });
    const moved = await verify(
      samples.married.idNumber,
      'MARITAL_STATUS',
      { status: 'MARRIED' },
      XIGUAN,
      `burden-${process.pid}-shared`,
    );
    expect(errorCodes(moved)).toEqual(['CONFLICT']);
    const dropped = await verify(
      samples.married.idNumber,
      'MARITAL_STATUS',
      { status: 'MARRIED' },
      null,
      `burden-${process.pid}-shared`,
    );
    expect(errorCodes(dropped)).toEqual(['CONFLICT']);
    expect(
      (await t.gql(TOTALS, { f: { regionCode: DONGGUAN, ...period } }, auditor)).data!.burdenTotals
        .verifiedBySharedData,
    ).toBe(before);
  });

  it.each([
    ['not a region code', '12345'],
    ['a region that does not exist', '621022199999'],
    ['a township, not a community', HUANCHENG],
  ])('refuses a verification whose communityCode is %s, and stores nothing', async (_name, communityCode) => {
    const before = await t.db.verification.count();
    const res = await verify(samples.married.idNumber, 'MARITAL_STATUS', { status: 'MARRIED' }, communityCode);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toMatch(/区划|社区/);
    expect(await t.db.verification.count()).toBe(before);
  });

  it('filters by region: a township holds its own communities, another township has nothing', async () => {
    const expected = await fromRecords('621022100', period.from, period.to);
    const township = (await report({ regionCode: HUANCHENG })).data!.burdenReport;
    expect(township.totalCount).toBe(4);
    expect(township.nodes.every((n: Row) => n.communityCode.startsWith('621022100'))).toBe(true);
    for (const n of township.nodes) expect(countsOf(n)).toEqual(expected.get(n.communityCode) ?? zeroCounts());

    const totals = (await t.gql(TOTALS, { f: { regionCode: HUANCHENG, ...period } }, auditor)).data!.burdenTotals;
    expect(totals).toMatchObject({ regionCode: HUANCHENG, regionName: '环城镇', communities: 4, ...period });
    expect(countsOf(totals)).toEqual(sum([...expected.values()]));

    const quiet = (await t.gql(TOTALS, { f: { regionCode: MUBO_TOWNSHIP, ...period } }, auditor)).data!.burdenTotals;
    expect(countsOf(quiet)).toEqual(zeroCounts());
    expect(quiet.communities).toBe(2);
    const quzi = (await report({ regionCode: QUZI_TOWNSHIP })).data!.burdenReport;
    expect(quzi.nodes.map((n: Row) => n.communityCode)).toEqual(['621022101001', '621022101002', '621022101003']);
  });

  it('filters by period: a day without records reports zeros', async () => {
    const before = addDays(today, -3);
    const res = await t.gql(TOTALS, { f: { regionCode: COUNTY, from: before, to: before } }, auditor);
    expect(countsOf(res.data!.burdenTotals)).toEqual(zeroCounts());
    const county = (await t.gql(TOTALS, { f: { regionCode: COUNTY, ...period } }, auditor)).data!.burdenTotals;
    expect(countsOf(county)).toEqual(sum([...(await fromRecords('621022', period.from, period.to)).values()]));
    expect(county.checksAllowed).toBeGreaterThan(0);
  });

  it('pages through the communities in code order', async () => {
    const all: Row[] = (await report({ regionCode: COUNTY }, auditor, 100)).data!.burdenReport.nodes;
    const seen: Row[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await report({ regionCode: COUNTY }, auditor, 4, after)).data!.burdenReport;
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(4);
    expect(errorCodes(await report({ regionCode: COUNTY }, auditor, 4, 'not*a*cursor'))).toEqual(['BAD_USER_INPUT']);
  });

  it('sums the trend buckets to the totals, by day, week and month', async () => {
    const f = { regionCode: COUNTY, from: addDays(today, -70), to: addDays(today, 1) };
    const totals = countsOf((await t.gql(TOTALS, { f }, auditor)).data!.burdenTotals);
    for (const g of ['DAY', 'WEEK', 'MONTH']) {
      const res = await t.gql(TREND, { f, g }, auditor);
      expect(res.errors).toBeUndefined();
      const buckets: Row[] = res.data!.burdenTrend;
      expect(buckets[0].start).toBe(f.from);
      expect(buckets.at(-1)!.end).toBe(f.to);
      for (let i = 1; i < buckets.length; i++) expect(buckets[i].start).toBe(addDays(buckets[i - 1].end, 1));
      expect(sum(buckets.map(countsOf))).toEqual(totals);
      if (g === 'DAY') expect(buckets).toHaveLength(72);
      if (g === 'WEEK')
        expect(buckets.slice(1).every((b) => new Date(`${b.start}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
      if (g === 'MONTH') expect(buckets.slice(1).every((b) => b.start.endsWith('-01'))).toBe(true);
    }
  });

  it('lets a community clerk read only their own community', async () => {
    const own = await report({ regionCode: DONGGUAN }, clerks[DONGGUAN]);
    expect(own.data!.burdenReport.nodes.map((n: Row) => n.communityCode)).toEqual([DONGGUAN]);
    for (const regionCode of [XIGUAN, HUANCHENG, COUNTY]) {
      const res = await report({ regionCode }, clerks[DONGGUAN]);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data?.burdenReport ?? null).toBeNull();
      expect(errorCodes(await t.gql(TOTALS, { f: { regionCode, ...period } }, clerks[DONGGUAN]))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(errorCodes(await report({ regionCode: COUNTY }, window))).toEqual(['FORBIDDEN']);
    for (const role of [Role.LIST_ADMIN, Role.REVIEWER]) {
      expect((await report({ regionCode: COUNTY }, await t.token(role))).errors).toBeUndefined();
    }
  });

  it.each([
    ['a malformed date', { from: '2026-13-01' }],
    ['a date that does not exist', { to: '2026-02-30' }],
    ['an end before the start', { from: '2026-05-02', to: '2026-05-01' }],
    ['a period longer than three years', { from: '2022-01-01', to: '2026-01-01' }],
    ['a region that does not exist', { regionCode: '621022199999' }],
    ['a region code of the wrong shape', { regionCode: '6210' }],
  ])('refuses %s', async (_name, f) => {
    const res = await report({ regionCode: COUNTY, ...f });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('answers a full report query of 50 rows within the query complexity limit', async () => {
    const res = await t.gql(
      `query($f: BurdenFilter!) {
        burdenReport(filter: $f, first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { communityCode } } nodes { communityCode communityName ${COUNTS} } }
        burdenTotals(filter: $f) { regionName communities ${COUNTS} }
        burdenTrend(filter: $f, granularity: MONTH) { start end ${COUNTS} }
      }`,
      { f: { regionCode: COUNTY, ...period } },
      auditor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.burdenReport.nodes.length).toBeGreaterThan(0);
  });
});
