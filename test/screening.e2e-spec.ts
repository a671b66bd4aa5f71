import { Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const FIELDS = `id status steps { step decision reason }
  screening { status itemSeq category terms clause listVersionId resolvedBy resolvedAt resolutionReason }`;
const SUBMIT = `mutation($i: SubmitWorkAccessApplicationInput!) { submitWorkAccessApplication(input: $i) { ${FIELDS} } }`;
const REVIEW = `mutation($i: ReviewWorkAccessInput!) { reviewWorkAccessApplication(input: $i) { ${FIELDS} } }`;
const RESOLVE = `mutation($i: ResolveWorkAccessScreeningInput!) { resolveWorkAccessScreening(input: $i) { ${FIELDS} } }`;
const HISTORY = `query { listHistory(kind: ASSIST, first: 1) { edges { node { version } } } }`;

describe('negative-list screening of work-access applications (e2e)', () => {
  let t: TestApp;
  let health: string;
  let civilAffairs: string;
  let organization: string;
  let civilAffairsApplicant: string;

  beforeAll(async () => {
    t = await startTestApp();
    health = await t.token(Role.DEPT_OFFICER, { department: 'HX_WJ', subject: 'wj-officer' });
    civilAffairs = await t.token(Role.LIST_ADMIN, { department: 'HX_MZ', subject: 'mz-admin' });
    organization = await t.token(Role.REVIEWER, { department: 'HX_ZZB', subject: 'zzb-reviewer' });
    civilAffairsApplicant = await t.token(Role.DEPT_OFFICER, { department: 'HX_MZ', subject: 'mz-officer' });
  });
  afterAll(() => t.close());

  async function submit(content: string, token = health) {
    const version = (await t.gql(HISTORY, {}, health)).data!.listHistory.edges[0].node.version;
    return t.gql(
      SUBMIT,
      {
        i: {
          listKind: 'ASSIST',
          action: 'ADD',
          baseVersion: version,
          content,
          legalBasis: '《中华人民共和国安全生产法》',
          funding: '县卫健局按社区拨付经费',
          workingConditions: '县卫健局提供宣传材料',
          justification: '提高居民安全意识',
        },
      },
      token,
    );
  }
  const review = (id: string, decision = 'PASS', token = civilAffairs) =>
    t.gql(REVIEW, { i: { id, step: 'CIVIL_AFFAIRS_REVIEW', decision, reason: '经审核' } }, token);
  const resolve = (id: string, resolution: string, token = civilAffairs, reason = '经核实，只是宣传，不涉及安全检查') =>
    t.gql(RESOLVE, { i: { id, resolution, reason } }, token);

  it('refuses a paraphrase of the negative list by meaning, naming the item and the words', async () => {
    const before = await t.db.workAccessApplication.count();
    for (const [content, seq] of [
      ['社区对辖区电梯开展安全检查', 7],
      ['协助开展违法建设治理', 2],
      ['各社区每年完成招商引资任务2项', 5],
    ] as const) {
      const res = await submit(content);
      expect(errorCodes(res)).toEqual(['NEGATIVE_LIST']);
      expect(res.errors![0].message).toMatch(/不得交由社区组织承担/);
      expect(res.errors![0].extensions!.details).toMatchObject({ seq, terms: expect.any(Array) });
    }
    expect(await t.db.workAccessApplication.count()).toBe(before);
  });

  it('lets an innocent text that contains a listed word through, without a flag', async () => {
    const res = await submit('协助招商银行开展反诈宣传进社区');
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitWorkAccessApplication).toMatchObject({ status: 'SUBMITTED', screening: null });
  });

  it('flags a possible match, which civil affairs must clear with a reason before passing', async () => {
    const res = await submit('组织社区居民学习特种设备安全知识');
    expect(res.errors).toBeUndefined();
    const app = res.data!.submitWorkAccessApplication;
    expect(app).toMatchObject({
      status: 'SUBMITTED',
      screening: { status: 'FLAGGED', itemSeq: 7, category: '生产安全类', resolvedBy: null },
    });
    expect(app.screening.terms).toContain('特种设备');

    const blocked = await review(app.id);
    expect(errorCodes(blocked)).toEqual(['CONFLICT']);
    expect(blocked.errors![0].message).toMatch(/负面清单第 7 项/);

    expect(errorCodes(await resolve(app.id, 'CLEAR', organization))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await resolve(app.id, 'CLEAR', civilAffairs, ' '))).toEqual(['BAD_USER_INPUT']);
    const cleared = await resolve(app.id, 'CLEAR');
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.resolveWorkAccessScreening.screening).toMatchObject({
      status: 'CLEARED',
      resolvedBy: 'mz-admin',
      resolutionReason: '经核实，只是宣传，不涉及安全检查',
    });
    expect(errorCodes(await resolve(app.id, 'CONFIRM'))).toEqual(['CONFLICT']);
    const audit = await t.db.auditEvent.findFirst({ where: { action: 'access.resolveScreening', targetId: app.id } });
    expect(audit).toMatchObject({ actorSubject: 'mz-admin', outcome: 'OK' });
    expect(audit!.detail).toMatchObject({ resolution: 'CLEAR', seq: 7 });

    const passed = await review(app.id);
    expect(passed.errors).toBeUndefined();
    expect(passed.data!.reviewWorkAccessApplication.status).toBe('CIVIL_AFFAIRS_PASSED');
    // a flag is resolved only while civil affairs still has the application
    expect(errorCodes(await resolve(app.id, 'CLEAR'))).toEqual(['CONFLICT']);
  });

  it('refuses to pass a confirmed flag, which can only be rejected', async () => {
    const app = (await submit('向居民宣传燃煤取暖的安全知识')).data!.submitWorkAccessApplication;
    expect(app.screening).toMatchObject({ status: 'FLAGGED', itemSeq: 3 });
    const confirmed = await resolve(app.id, 'CONFIRM', civilAffairs, '实为燃煤整治任务');
    expect(confirmed.data!.resolveWorkAccessScreening.screening.status).toBe('CONFIRMED');
    expect(errorCodes(await review(app.id))).toEqual(['NEGATIVE_LIST']);
    const rejected = await review(app.id, 'REJECT');
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data!.reviewWorkAccessApplication.status).toBe('REJECTED');
  });

  it('lets civil affairs reject a flagged application without resolving the flag', async () => {
    const app = (await submit('向居民普及饮用水卫生常识')).data!.submitWorkAccessApplication;
    expect(app.screening.status).toBe('FLAGGED');
    expect((await review(app.id, 'REJECT')).data!.reviewWorkAccessApplication.status).toBe('REJECTED');
  });

  it('does not let civil affairs resolve the flag of its own department’s application, nor one without a flag', async () => {
    const own = (await submit('组织社区居民学习特种设备安全知识', civilAffairsApplicant)).data!
      .submitWorkAccessApplication;
    expect(errorCodes(await resolve(own.id, 'CLEAR'))).toEqual(['FORBIDDEN']);
    const plain = (await submit('协助开展无偿献血宣传动员')).data!.submitWorkAccessApplication;
    expect(plain.screening).toBeNull();
    expect(errorCodes(await resolve(plain.id, 'CLEAR'))).toEqual(['CONFLICT']);
    expect(errorCodes(await resolve('not-an-id', 'CLEAR'))).toEqual(['BAD_USER_INPUT']);
  });
});
