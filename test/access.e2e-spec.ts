import { Role } from '#gw/auth';
import { chinaDay } from '#gw/common';
import { population } from './helpers/sandbox';
import { errorCodes, GqlResponse, startTestApp, TestApp } from './helpers/test-app';

const APP_FIELDS = `id status listKind action baseVersion content itemSeq certificateCode frequency applicantDepartment approvalDocument
  listVersion { id version effectiveFrom } steps { step decision reason actorSubject actorDepartment }`;
const SUBMIT = `mutation($i: SubmitWorkAccessApplicationInput!) { submitWorkAccessApplication(input: $i) { ${APP_FIELDS} } }`;
const REVIEW = `mutation($i: ReviewWorkAccessInput!) { reviewWorkAccessApplication(input: $i) { ${APP_FIELDS} } }`;
const APPROVE = `mutation($i: RecordCountyApprovalInput!) { recordWorkAccessApproval(input: $i) { ${APP_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $r: String!) { withdrawWorkAccessApplication(id: $id, reason: $r) { ${APP_FIELDS} } }`;
const GET = `query($id: ID!) { workAccessApplication(id: $id) { ${APP_FIELDS} } }`;
const LIST = `query($k: ListKind!, $at: DateTime, $v: Int) { communityList(kind: $k, at: $at, version: $v) { id version changeSummary applicationId items { seq content certificateCode frequency departmentCode } } }`;
const HISTORY = `query($k: ListKind!) { listHistory(kind: $k, first: 10) { totalCount edges { node { version effectiveFrom effectiveTo inForce changeSummary applicationId itemCount source } } } }`;
const CHECK = `mutation($i: CheckCommunityCertificateInput!) { checkCommunityCertificate(input: $i) { decision reason listVersion { version } } }`;
const ISSUE = `mutation($i: IssueCommunityCertificateInput!) { issueCommunityCertificate(input: $i) { serial } }`;

const DONGGUAN = '621022100001';
const today = () => chinaDay(new Date());
const tomorrow = () => chinaDay(new Date(Date.now() + 86_400_000));

describe('work-access (准入) for community lists (e2e)', () => {
  let t: TestApp;
  let health: string; // 县卫健局 officer: an applicant
  let police: string; // 县公安局 officer: another applicant
  let civilAffairs: string; // 县民政局 LIST_ADMIN
  let organization: string; // 县委组织部 REVIEWER
  let organizationApplicant: string; // 县委组织部 officer applying for its own item
  let clerk: string;

  const assistItem = (over: Record<string, unknown> = {}) => ({
    listKind: 'ASSIST',
    action: 'ADD',
    baseVersion: 1,
    content: '协助开展无偿献血宣传动员。',
    legalBasis: '《中华人民共和国献血法》第六条',
    funding: '县卫健局每年按社区拨付宣传经费 2000 元',
    workingConditions: '县中心血站提供宣传材料和采血车',
    justification: '提高无偿献血知晓率',
    ...over,
  });

  async function submit(token: string, input: Record<string, unknown>) {
    return t.gql(SUBMIT, { i: input }, token);
  }

  async function latestVersion(kind: string): Promise<number> {
    const res = await t.gql(HISTORY, { k: kind }, clerk);
    return res.data!.listHistory.edges[0].node.version;
  }

  function review(token: string, id: string, step: string, decision = 'PASS', reason = '符合准入条件') {
    return t.gql(REVIEW, { i: { id, step, decision, reason } }, token);
  }

  function approve(id: string, over: Record<string, unknown> = {}) {
    return t.gql(
      APPROVE,
      {
        i: {
          id,
          approved: true,
          authority: 'COUNTY_GOVERNMENT',
          documentNumber: '环政发〔2026〕12号',
          approvedOn: today(),
          effectiveFrom: today(),
          reason: '同意纳入清单',
          ...over,
        },
      },
      civilAffairs,
    );
  }

  // submit, both reviews and the county's approval, asserting every step succeeded
  async function throughProcedure(input: Record<string, unknown>, approval: Record<string, unknown> = {}) {
    const s = await submit(health, input);
    expect(s.errors).toBeUndefined();
    const id = s.data!.submitWorkAccessApplication.id as string;
    expect((await review(civilAffairs, id, 'CIVIL_AFFAIRS_REVIEW')).errors).toBeUndefined();
    expect((await review(organization, id, 'ORGANIZATION_REVIEW')).errors).toBeUndefined();
    const a = await approve(id, approval);
    expect(a.errors).toBeUndefined();
    return a.data!.recordWorkAccessApproval;
  }

  beforeAll(async () => {
    t = await startTestApp();
    health = await t.token(Role.DEPT_OFFICER, { department: 'HX_WJ', subject: 'wj-officer' });
    police = await t.token(Role.DEPT_OFFICER, { department: 'HX_GA', subject: 'ga-officer' });
    civilAffairs = await t.token(Role.LIST_ADMIN, { department: 'HX_MZ', subject: 'mz-admin' });
    organization = await t.token(Role.REVIEWER, { department: 'HX_ZZB', subject: 'zzb-reviewer' });
    organizationApplicant = await t.token(Role.DEPT_OFFICER, { department: 'HX_ZZB', subject: 'zzb-officer' });
    clerk = await t.token(Role.COMMUNITY_STAFF, { region: DONGGUAN, subject: 'dg-clerk' });
  });
  afterAll(() => t.close());

  it('takes an item through civil affairs, the organization department and the county to a new list version', async () => {
    const s = await submit(health, assistItem());
    expect(s.errors).toBeUndefined();
    const app = s.data!.submitWorkAccessApplication;
    expect(app).toMatchObject({ status: 'SUBMITTED', applicantDepartment: 'HX_WJ', baseVersion: 1, listVersion: null });
    expect(app.steps).toEqual([
      {
        step: 'SUBMIT',
        decision: 'SUBMITTED',
        reason: '提高无偿献血知晓率',
        actorSubject: 'wj-officer',
        actorDepartment: 'HX_WJ',
      },
    ]);

    const first = await review(civilAffairs, app.id, 'CIVIL_AFFAIRS_REVIEW', 'PASS', '经费和工作条件落实');
    expect(first.data!.reviewWorkAccessApplication.status).toBe('CIVIL_AFFAIRS_PASSED');
    const second = await review(organization, app.id, 'ORGANIZATION_REVIEW', 'PASS', '同意报县政府批准');
    expect(second.data!.reviewWorkAccessApplication.status).toBe('ORGANIZATION_PASSED');

    const approved = await approve(app.id);
    expect(approved.errors).toBeUndefined();
    const done = approved.data!.recordWorkAccessApproval;
    expect(done).toMatchObject({
      status: 'PUBLISHED',
      approvalDocument: '环政发〔2026〕12号',
      listVersion: { id: 'ASSIST-v2', version: 2 },
    });
    expect(done.steps.map((x: { step: string; decision: string }) => `${x.step}:${x.decision}`)).toEqual([
      'SUBMIT:SUBMITTED',
      'CIVIL_AFFAIRS_REVIEW:PASSED',
      'ORGANIZATION_REVIEW:PASSED',
      'COUNTY_APPROVAL:APPROVED',
    ]);
    expect(done.steps[3].reason).toBe('环县人民政府环政发〔2026〕12号批准：同意纳入清单');

    const list = (await t.gql(LIST, { k: 'ASSIST' }, clerk)).data!.communityList;
    expect(list).toMatchObject({
      id: 'ASSIST-v2',
      version: 2,
      applicationId: app.id,
      changeSummary: '新增第 30 项：协助开展无偿献血宣传动员。',
    });
    expect(list.items).toHaveLength(30);
    expect(list.items[29]).toMatchObject({ seq: 30, content: '协助开展无偿献血宣传动员。' });
    const v1 = (await t.gql(LIST, { k: 'ASSIST', v: 1 }, clerk)).data!.communityList;
    expect(v1.items).toHaveLength(29);

    const history = (await t.gql(HISTORY, { k: 'ASSIST' }, clerk)).data!.listHistory;
    expect(history.totalCount).toBe(2);
    const [h2, h1] = history.edges.map((e: { node: unknown }) => e.node);
    expect(h2).toMatchObject({
      version: 2,
      inForce: true,
      effectiveTo: null,
      itemCount: 30,
      applicationId: app.id,
      source: expect.stringContaining('环政发〔2026〕12号'),
    });
    expect(h1).toMatchObject({
      version: 1,
      inForce: false,
      effectiveTo: h2.effectiveFrom,
      itemCount: 29,
      applicationId: null,
    });

    const audit = await t.db.auditEvent.findMany({
      where: { targetId: { in: [app.id, 'ASSIST-v2'] } },
      orderBy: { seq: 'asc' },
    });
    expect(audit.map((e) => e.action)).toEqual([
      'access.submit',
      'access.review',
      'access.review',
      'access.publishList',
    ]);
  });

  it('refuses a review that skips the civil-affairs step, and changes nothing', async () => {
    const id = (
      await submit(health, assistItem({ baseVersion: await latestVersion('ASSIST'), content: '协助开展控烟宣传。' }))
    ).data!.submitWorkAccessApplication.id;
    const skipped = await review(organization, id, 'ORGANIZATION_REVIEW');
    expect(errorCodes(skipped)).toEqual(['CONFLICT']);
    expect(skipped.errors![0].message).toMatch(/县民政局审核/);
    const early = await approve(id);
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    const now = (await t.gql(GET, { id }, civilAffairs)).data!.workAccessApplication;
    expect(now.status).toBe('SUBMITTED');
    expect(now.steps).toHaveLength(1);
    // each step belongs to its office's role
    expect(errorCodes(await review(civilAffairs, id, 'ORGANIZATION_REVIEW'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await review(organization, id, 'CIVIL_AFFAIRS_REVIEW'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await review(civilAffairs, id, 'COUNTY_APPROVAL'))).toEqual(['BAD_USER_INPUT']);
    // a step already done cannot be repeated
    expect((await review(civilAffairs, id, 'CIVIL_AFFAIRS_REVIEW')).errors).toBeUndefined();
    expect(errorCodes(await review(civilAffairs, id, 'CIVIL_AFFAIRS_REVIEW'))).toEqual(['CONFLICT']);
  });

  it("refuses a reviewer acting on their own department's application", async () => {
    const id = (
      await submit(
        organizationApplicant,
        assistItem({
          baseVersion: await latestVersion('ASSIST'),
          content: '协助做好基层党员教育管理工作。',
          legalBasis: '《中国共产党党员教育管理工作条例》',
        }),
      )
    ).data!.submitWorkAccessApplication.id;
    expect((await review(civilAffairs, id, 'CIVIL_AFFAIRS_REVIEW')).errors).toBeUndefined();
    const own = await review(organization, id, 'ORGANIZATION_REVIEW');
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    expect(own.errors![0].message).toMatch(/本部门/);
    expect((await t.gql(GET, { id }, civilAffairs)).data!.workAccessApplication.status).toBe('CIVIL_AFFAIRS_PASSED');
    // and the same person may not pass both steps even with both roles
    const both = await t.token([Role.LIST_ADMIN, Role.REVIEWER], { department: 'HX_MZ', subject: 'mz-both' });
    const id2 = (
      await submit(
        health,
        assistItem({ baseVersion: await latestVersion('ASSIST'), content: '协助开展居民健康档案更新。' }),
      )
    ).data!.submitWorkAccessApplication.id;
    expect((await review(both, id2, 'CIVIL_AFFAIRS_REVIEW')).errors).toBeUndefined();
    expect(errorCodes(await review(both, id2, 'ORGANIZATION_REVIEW'))).toEqual(['FORBIDDEN']);
  });

  it('binds each review step to its department: a LIST_ADMIN or REVIEWER of another department is FORBIDDEN, nothing written', async () => {
    const id = (
      await submit(
        health,
        assistItem({ baseVersion: await latestVersion('ASSIST'), content: '协助开展居民用药安全宣传。' }),
      )
    ).data!.submitWorkAccessApplication.id as string;
    const policeAdmin = await t.token(Role.LIST_ADMIN, { department: 'HX_GA', subject: 'ga-admin' });
    const policeReviewer = await t.token(Role.REVIEWER, { department: 'HX_GA', subject: 'ga-reviewer' });
    const stepsBefore = await t.db.workAccessStep.count({ where: { applicationId: id } });
    const mark = await t.auditMark();
    for (const [token, step] of [
      [policeAdmin, 'CIVIL_AFFAIRS_REVIEW'],
      [policeReviewer, 'CIVIL_AFFAIRS_REVIEW'],
      // the organization department's reviewer is not civil affairs either
      [organization, 'CIVIL_AFFAIRS_REVIEW'],
    ] as const) {
      const res = await review(token, id, step);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.errors![0].message).toMatch(/县民政局/);
      expect(res.data).toBeNull();
    }
    const screening = await t.gql(
      `mutation($i: ResolveWorkAccessScreeningInput!) { resolveWorkAccessScreening(input: $i) { id } }`,
      { i: { id, resolution: 'CLEAR', reason: '经核实不属于负面清单' } },
      policeAdmin,
    );
    expect(errorCodes(screening)).toEqual(['FORBIDDEN']);
    expect((await t.gql(GET, { id }, civilAffairs)).data!.workAccessApplication.status).toBe('SUBMITTED');
    expect(await t.db.workAccessStep.count({ where: { applicationId: id } })).toBe(stepsBefore);
    expect(await t.auditSince(mark, { action: 'access.review' })).toEqual([]);
    // civil affairs passes; then a REVIEWER outside the organization department cannot take the next step
    expect((await review(civilAffairs, id, 'CIVIL_AFFAIRS_REVIEW')).errors).toBeUndefined();
    const wrongOrg = await review(policeReviewer, id, 'ORGANIZATION_REVIEW');
    expect(errorCodes(wrongOrg)).toEqual(['FORBIDDEN']);
    expect(wrongOrg.errors![0].message).toMatch(/县委组织部/);
    expect((await review(organization, id, 'ORGANIZATION_REVIEW')).errors).toBeUndefined();
  });

  it("has civil affairs' own application reviewed at both steps by the organization department, by two different people", async () => {
    const res = await submit(
      civilAffairs,
      assistItem({ baseVersion: await latestVersion('ASSIST'), content: '协助开展困难群众走访慰问。' }),
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.submitWorkAccessApplication.id as string;
    const otherCivil = await t.token(Role.LIST_ADMIN, { department: 'HX_MZ', subject: 'mz-admin-2' });
    const own = await review(otherCivil, id, 'CIVIL_AFFAIRS_REVIEW');
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    expect(own.errors![0].message).toMatch(/本部门/);
    const first = await review(organization, id, 'CIVIL_AFFAIRS_REVIEW');
    expect(first.errors).toBeUndefined();
    expect(first.data!.reviewWorkAccessApplication.status).toBe('CIVIL_AFFAIRS_PASSED');
    expect(errorCodes(await review(organization, id, 'ORGANIZATION_REVIEW'))).toEqual(['FORBIDDEN']);
    const second = await t.token(Role.REVIEWER, { department: 'HX_ZZB', subject: 'zzb-reviewer-2' });
    const done = await review(second, id, 'ORGANIZATION_REVIEW');
    expect(done.errors).toBeUndefined();
    expect(
      done.data!.reviewWorkAccessApplication.steps.map((s: { actorDepartment: string }) => s.actorDepartment),
    ).toEqual(['HX_MZ', 'HX_ZZB', 'HX_ZZB']);
  });

  it('refuses anything on the negative list at submission with NEGATIVE_LIST, storing nothing', async () => {
    const before = await t.db.workAccessApplication.count();
    for (const content of ['协助认定危房等级', '协助开展燃煤及油烟整治工作。', '组织拆除违章建筑']) {
      const res = await submit(health, assistItem({ baseVersion: await latestVersion('ASSIST'), content }));
      expect(errorCodes(res)).toEqual(['NEGATIVE_LIST']);
      expect(res.errors![0].message).toMatch(/不得交由社区组织承担/);
      expect(res.errors![0].extensions!.details).toMatchObject({ seq: expect.any(Number) });
    }
    expect(await t.db.workAccessApplication.count()).toBe(before);
    const refusals = await t.db.auditEvent.count({
      where: { action: 'graphql.submitWorkAccessApplication', outcome: 'REFUSED' },
    });
    expect(refusals).toBeGreaterThanOrEqual(3);
    // the negative list itself is not changed through work-access
    expect(errorCodes(await submit(health, assistItem({ listKind: 'NEGATIVE' })))).toEqual(['BAD_USER_INPUT']);
  });

  it('removes a permitted certificate: communities are refused from that day, and the superseded version is expired', async () => {
    const base = await latestVersion('PERMITTED_CERTIFICATE');
    const removed = await throughProcedure({
      listKind: 'PERMITTED_CERTIFICATE',
      action: 'REMOVE',
      baseVersion: base,
      itemSeq: 3,
      justification: '红白事情况改由个人告知承诺',
    });
    expect(removed).toMatchObject({
      status: 'PUBLISHED',
      content: '社区（村）内红白事情况说明',
      itemSeq: 3,
      listVersion: { version: base + 1 },
    });

    const check = await t.gql(CHECK, { i: { communityCode: DONGGUAN, certificate: 'COMMUNITY_EVENT' } }, clerk);
    expect(check.data!.checkCommunityCertificate).toEqual({
      decision: 'REFUSED',
      reason: 'NOT_LISTED',
      listVersion: { version: base + 1 },
    });
    const person = population().samples.married;
    const issue = await t.gql(
      ISSUE,
      {
        i: {
          communityCode: DONGGUAN,
          certificateCode: 'COMMUNITY_EVENT',
          idNumber: person.idNumber,
          purpose: '办理丧葬补助',
          content: '办理丧事',
        },
      },
      clerk,
    );
    expect(errorCodes(issue)).toEqual(['FORBIDDEN']);
    expect(await t.db.issuedCertificate.count({ where: { certificateCode: 'COMMUNITY_EVENT' } })).toBe(0);

    // the old version still answers for its own period
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const old = (await t.gql(LIST, { k: 'PERMITTED_CERTIFICATE', at: yesterday }, clerk)).data!.communityList;
    expect(old.version).toBe(base);
    expect(old.items.map((i: { certificateCode: string }) => i.certificateCode)).toContain('COMMUNITY_EVENT');

    // an application against the superseded version is refused
    const stale = await submit(health, {
      listKind: 'PERMITTED_CERTIFICATE',
      action: 'REMOVE',
      baseVersion: base,
      itemSeq: 1,
      justification: '按旧版清单申请',
    });
    expect(errorCodes(stale)).toEqual(['LIST_VERSION_EXPIRED']);
    expect(stale.errors![0].extensions!.details).toEqual({ baseVersion: base, latestVersion: base + 1 });
    expect(stale.errors![0].message).toMatch(/（\d{4}年\d{1,2}月\d{1,2}日起生效）/);

    // putting it back gives it a new sequence number; it is allowed again
    const added = await throughProcedure({
      listKind: 'PERMITTED_CERTIFICATE',
      action: 'ADD',
      baseVersion: base + 1,
      certificateCode: 'COMMUNITY_EVENT',
      legalBasis: '《中华人民共和国村民委员会组织法》',
      funding: '乡镇承担出具证明所需经费',
      workingConditions: '社区配备证明出具专用电脑',
      justification: '群众确有需要且社区能够核实',
    });
    expect(added.content).toBe('社区（村）内红白事情况说明');
    const list = (await t.gql(LIST, { k: 'PERMITTED_CERTIFICATE' }, clerk)).data!.communityList;
    expect(list.items.find((i: { certificateCode: string }) => i.certificateCode === 'COMMUNITY_EVENT').seq).toBe(5);
    const again = await t.gql(CHECK, { i: { communityCode: DONGGUAN, certificate: 'COMMUNITY_EVENT' } }, clerk);
    expect(again.data!.checkCommunityCertificate).toMatchObject({
      decision: 'ALLOWED',
      listVersion: { version: base + 2 },
    });
  });

  it('refuses certificates that must not be issued by communities, and duplicates', async () => {
    const base = await latestVersion('PERMITTED_CERTIFICATE');
    const input = {
      listKind: 'PERMITTED_CERTIFICATE',
      action: 'ADD',
      baseVersion: base,
      legalBasis: '依据',
      funding: '经费',
      workingConditions: '条件',
      justification: '需要',
    };
    const residence = await submit(health, { ...input, certificateCode: 'RESIDENCE' });
    expect(errorCodes(residence)).toEqual(['BAD_USER_INPUT']);
    expect(residence.errors![0].message).toMatch(/不能列入社区可出具证明清单/);
    expect(errorCodes(await submit(health, { ...input, certificateCode: 'NO_SUCH_CERT' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await submit(health, { ...input, certificateCode: 'VOLUNTEER_SERVICE' }))).toEqual(['CONFLICT']);
    expect(
      errorCodes(
        await submit(health, assistItem({ baseVersion: await latestVersion('ASSIST'), content: '协助维护社会治安' })),
      ),
    ).toEqual(['CONFLICT']);
  });

  it('requires the funding and working conditions, and a frequency for forms', async () => {
    const base = await latestVersion('ASSIST');
    expect(errorCodes(await submit(health, assistItem({ baseVersion: base, funding: ' ' })))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await submit(health, assistItem({ baseVersion: base, workingConditions: undefined })))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await submit(health, assistItem({ baseVersion: base + 5 })))).toEqual(['BAD_USER_INPUT']);
    const form = {
      listKind: 'FORM',
      action: 'ADD',
      baseVersion: 1,
      content: '居民健康档案更新情况表',
      legalBasis: '《基本公共卫生服务规范》',
      funding: '按表拨付',
      workingConditions: '提供填报系统账号',
      justification: '季度统计',
    };
    expect(errorCodes(await submit(health, form))).toEqual(['BAD_USER_INPUT']);
    const published = await throughProcedure({ ...form, frequency: 'QUARTERLY' });
    const list = (await t.gql(LIST, { k: 'FORM' }, clerk)).data!.communityList;
    expect(list.items.at(-1)).toMatchObject({
      seq: 6,
      content: '居民健康档案更新情况表',
      frequency: 'QUARTERLY',
      departmentCode: 'HX_WJ',
    });
    expect(published.listVersion.version).toBe(2);
    // communities may now file the new form
    const filed = await t.gql(
      `mutation($i: RecordFormFilingInput!) { recordFormFiling(input: $i) { formName period } }`,
      { i: { communityCode: DONGGUAN, form: '居民健康档案更新情况表', period: '2026-Q4' } },
      clerk,
    );
    expect(filed.data!.recordFormFiling).toEqual({ formName: '居民健康档案更新情况表', period: '2026-Q4' });
  });

  it('checks the approval document and the effective date, and can publish a version that takes effect later', async () => {
    const s = await submit(
      health,
      assistItem({
        baseVersion: await latestVersion('ASSIST'),
        content: '协助开展爱国卫生运动。',
        legalBasis: '《甘肃省爱国卫生条例》',
      }),
    );
    const id = s.data!.submitWorkAccessApplication.id;
    await review(civilAffairs, id, 'CIVIL_AFFAIRS_REVIEW');
    await review(organization, id, 'ORGANIZATION_REVIEW');
    expect(errorCodes(await approve(id, { documentNumber: '12号' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await approve(id, { effectiveFrom: '2020-01-01' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await approve(id, { approvedOn: tomorrow() }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await approve(id, { effectiveFrom: undefined }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await approve(id, { approvedOn: '2026-02-30' }))).toEqual(['BAD_USER_INPUT']);
    expect((await t.gql(GET, { id }, civilAffairs)).data!.workAccessApplication.status).toBe('ORGANIZATION_PASSED');

    const before = (await t.gql(LIST, { k: 'ASSIST' }, clerk)).data!.communityList.version;
    const later = await approve(id, {
      effectiveFrom: tomorrow(),
      documentNumber: '环委发〔2026〕3号',
      authority: 'COUNTY_PARTY_COMMITTEE',
    });
    expect(later.data!.recordWorkAccessApproval).toMatchObject({
      status: 'PUBLISHED',
      listVersion: { version: before + 1 },
    });
    expect((await t.gql(LIST, { k: 'ASSIST' }, clerk)).data!.communityList.version).toBe(before);
    const dayAfter = new Date(Date.now() + 2 * 86_400_000).toISOString();
    expect((await t.gql(LIST, { k: 'ASSIST', at: dayAfter }, clerk)).data!.communityList.version).toBe(before + 1);
    const history = (await t.gql(HISTORY, { k: 'ASSIST' }, clerk)).data!.listHistory.edges.map(
      (e: { node: { version: number; inForce: boolean } }) => e.node,
    );
    expect(history.filter((h: { inForce: boolean }) => h.inForce).map((h: { version: number }) => h.version)).toEqual([
      before,
    ]);
    // a later approval cannot take effect before the pending version
    const s2 = await submit(health, assistItem({ baseVersion: before + 1, content: '协助开展老年人健康体检通知。' }));
    const id2 = s2.data!.submitWorkAccessApplication.id;
    await review(civilAffairs, id2, 'CIVIL_AFFAIRS_REVIEW');
    await review(organization, id2, 'ORGANIZATION_REVIEW');
    const early = await approve(id2, { effectiveFrom: today() });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    // the date a person reads is a Beijing calendar date in Chinese, not YYYY-MM-DD
    expect(early.errors![0].message).toMatch(/生效日期 \d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it('records rejections and county refusals with their reasons, and lets the applicant withdraw', async () => {
    const base = await latestVersion('ASSIST');
    const a = (await submit(health, assistItem({ baseVersion: base, content: '协助开展病媒生物监测。' }))).data!
      .submitWorkAccessApplication.id;
    const rejected = await review(
      civilAffairs,
      a,
      'CIVIL_AFFAIRS_REVIEW',
      'REJECT',
      '应由专业机构承担，社区不具备条件',
    );
    expect(rejected.data!.reviewWorkAccessApplication).toMatchObject({ status: 'REJECTED' });
    expect(rejected.data!.reviewWorkAccessApplication.steps[1]).toMatchObject({
      step: 'CIVIL_AFFAIRS_REVIEW',
      decision: 'REJECTED',
      reason: '应由专业机构承担，社区不具备条件',
    });
    expect(errorCodes(await review(organization, a, 'ORGANIZATION_REVIEW'))).toEqual(['CONFLICT']);
    expect(errorCodes(await review(civilAffairs, a, 'CIVIL_AFFAIRS_REVIEW', 'REJECT', '短'))).toEqual([
      'BAD_USER_INPUT',
    ]);

    const b = (await submit(health, assistItem({ baseVersion: base, content: '协助开展慢性病随访通知。' }))).data!
      .submitWorkAccessApplication.id;
    await review(civilAffairs, b, 'CIVIL_AFFAIRS_REVIEW');
    await review(organization, b, 'ORGANIZATION_REVIEW');
    const refused = await t.gql(
      APPROVE,
      {
        i: {
          id: b,
          approved: false,
          authority: 'COUNTY_GOVERNMENT',
          documentNumber: '环政函〔2026〕7号',
          approvedOn: today(),
          reason: '暂缓纳入',
        },
      },
      civilAffairs,
    );
    expect(refused.data!.recordWorkAccessApproval).toMatchObject({
      status: 'REJECTED',
      approvalDocument: '环政函〔2026〕7号',
      listVersion: null,
    });
    expect(await latestVersion('ASSIST')).toBe(base);

    const c = (await submit(health, assistItem({ baseVersion: base, content: '协助开展健康素养调查。' }))).data!
      .submitWorkAccessApplication.id;
    expect(errorCodes(await t.gql(WITHDRAW, { id: c, r: '另行安排' }, police))).toEqual(['NOT_FOUND']);
    const withdrawn = await t.gql(WITHDRAW, { id: c, r: '改由卫健系统自行完成' }, health);
    expect(withdrawn.data!.withdrawWorkAccessApplication).toMatchObject({ status: 'WITHDRAWN' });
    expect(errorCodes(await t.gql(WITHDRAW, { id: c, r: '再次撤回' }, health))).toEqual(['CONFLICT']);
    expect(errorCodes(await review(civilAffairs, c, 'CIVIL_AFFAIRS_REVIEW'))).toEqual(['CONFLICT']);
  });

  it('shows a department only its own applications, and overseers all of them, newest first with pagination', async () => {
    const list = `query($f: WorkAccessFilter, $first: Int, $after: String) { workAccessApplications(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id applicantDepartment } } } }`;
    await submit(
      police,
      assistItem({
        baseVersion: await latestVersion('ASSIST'),
        content: '协助开展反诈骗宣传。',
        legalBasis: '《中华人民共和国反电信网络诈骗法》第八条',
      }),
    );
    const own = (await t.gql(list, {}, police)).data!.workAccessApplications;
    expect(own.totalCount).toBe(1);
    expect(own.edges[0].node.applicantDepartment).toBe('HX_GA');
    expect(errorCodes(await t.gql(list, { f: { applicantDepartment: 'HX_WJ' } }, police))).toEqual(['FORBIDDEN']);
    const healthApp = (await t.gql(list, { first: 1 }, health)).data!.workAccessApplications.edges[0].node.id;
    expect(errorCodes(await t.gql(GET, { id: healthApp }, police))).toEqual(['NOT_FOUND']);

    const auditor = await t.token(Role.AUDITOR, { subject: 'auditor' });
    const total = await t.db.workAccessApplication.count();
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page: GqlResponse = await t.gql(list, { first: 4, after }, auditor);
      const conn = page.data!.workAccessApplications;
      expect(conn.totalCount).toBe(total);
      seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect([...seen].sort().reverse()).toEqual(seen);
    expect(errorCodes(await t.gql(list, { after: 'bm90LWEtdXVpZA' }, auditor))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses applicants that are not government departments', async () => {
    const community = await submit(clerk, assistItem());
    expect(errorCodes(community)).toEqual(['FORBIDDEN']);
    const thirdParty = await t.token(Role.THIRD_PARTY, { department: 'HX_TP_SURVEY' });
    expect(errorCodes(await submit(thirdParty, assistItem()))).toEqual(['FORBIDDEN']);
    const tpOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_TP_SURVEY' });
    expect(
      errorCodes(
        await submit(
          tpOfficer,
          assistItem({ baseVersion: await latestVersion('ASSIST'), content: '协助开展问卷调查。' }),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const noDepartment = await t.token(Role.DEPT_OFFICER, { department: null });
    expect(errorCodes(await submit(noDepartment, assistItem()))).toEqual(['FORBIDDEN']);
  });

  it('publishes concurrent approvals of one list as consecutive versions, losing neither item', async () => {
    const base = await latestVersion('DUTY');
    const duty = (content: string) => ({
      listKind: 'DUTY',
      action: 'ADD',
      baseVersion: base,
      content,
      legalBasis: '《中华人民共和国城市居民委员会组织法》第三条',
      funding: '乡镇保障',
      workingConditions: '乡镇保障',
      justification: '依法履职',
    });
    const ids: string[] = [];
    for (const content of ['组织居民开展邻里互助。', '组织开展社区议事协商。']) {
      const id = (await submit(health, duty(content))).data!.submitWorkAccessApplication.id;
      await review(civilAffairs, id, 'CIVIL_AFFAIRS_REVIEW');
      await review(organization, id, 'ORGANIZATION_REVIEW');
      ids.push(id);
    }
    const results = await Promise.all(ids.map((id) => approve(id)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const versions = results.map((r) => r.data!.recordWorkAccessApproval.listVersion.version).sort();
    expect(versions).toEqual([base + 1, base + 2]);
    const list = (await t.gql(LIST, { k: 'DUTY' }, clerk)).data!.communityList;
    expect(list.version).toBe(base + 2);
    expect(
      list.items
        .slice(-2)
        .map((i: { content: string }) => i.content)
        .sort(),
    ).toEqual(['组织居民开展邻里互助。', '组织开展社区议事协商。'].sort());
  });
});
