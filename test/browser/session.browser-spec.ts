import { SignJWT, importJWK } from 'jose';
import type { Page } from 'playwright-core';
import { Role } from '#gw/auth';
import { population } from '../helpers/sandbox';
import { choose, Harness, screenshot, signInAs, startHarness, storedText } from './harness';

// Signing in and out, a token with several roles, a session that expires or that the gateway
// stops accepting, and the commissioned third party's inbox.
describe('sessions and the third-party workspace in the browser', () => {
  let h: Harness;
  const { samples } = population();

  beforeAll(async () => {
    h = await startHarness({ sources: false });
  });
  afterAll(() => h.close());

  async function storeToken(page: Page, token: string, role: string) {
    await page.goto(`${h.t.url}/public/check`);
    await page.evaluate(
      ([t, r]) =>
        sessionStorage.setItem('cg.session', JSON.stringify({ token: t, mode: 'DEVELOPMENT', activeRole: r })),
      [token, role],
    );
  }

  it('signs in with several roles, switches between their workspaces, and signs out', async () => {
    const page = await h.page();
    await page.goto(`${h.t.url}/signin`);
    await page.locator('.custom summary').click();
    await page.locator('.custom .el-checkbox', { hasText: '清单管理员（民政）' }).click();
    await page.locator('.custom .el-checkbox', { hasText: '监督审计人员' }).click();
    await screenshot(page, 'signin');
    await page.getByTestId('custom-sign-in').click();
    await page.waitForURL('**/access/applications');
    await page.locator('.staff-menu', { hasText: '准入申请' }).waitFor();
    await choose(page, '[data-testid="role-switch"]', '监督审计人员');
    await page.waitForURL('**/oversight/burden');
    await page.locator('.staff-menu', { hasText: '审计日志' }).waitFor();
    expect(await page.locator('.staff-menu', { hasText: '准入申请' }).count()).toBe(0);
    await page.getByTestId('sign-out').click();
    await page.waitForURL('**/signin');
    expect(await storedText(page)).not.toContain('cg.session');
    // a new load of a staff page after signing out asks to sign in again
    await page.goto(`${h.t.url}/oversight/burden`);
    await page.waitForURL((u) => u.pathname === '/signin' && u.searchParams.get('to') === '/oversight/burden');
    await page.close();
  });

  it('shows a clear page when the token has expired', async () => {
    const page = await h.page();
    const key = await importJWK(h.t.devKey.privateJwk, 'ES256');
    const expired = await new SignJWT({ roles: ['WINDOW_STAFF'], department: 'HX_ZWFW', name: '窗口人员' })
      .setProtectedHeader({ alg: 'ES256', kid: h.t.devKey.kid, typ: 'JWT' })
      .setSubject('w-1')
      .setIssuer(h.t.config.auth.issuer)
      .setAudience(h.t.config.auth.audience)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    await storeToken(page, expired, 'WINDOW_STAFF');
    await page.goto(`${h.t.url}/window/verify`);
    await page.waitForURL('**/signed-out');
    await page.getByTestId('session-ended').locator('text=登录已过期').waitFor();
    await screenshot(page, 'session-expired');
    await page.locator('button', { hasText: '重新登录' }).click();
    await page.waitForURL('**/signin');
    await page.close();
  });

  it('shows a clear page when the gateway stops accepting the token', async () => {
    const page = await h.page();
    const valid = await h.t.token(Role.WINDOW_STAFF);
    const forged = valid.slice(0, -6) + (valid.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
    await storeToken(page, forged, 'WINDOW_STAFF');
    await page.goto(`${h.t.url}/window/history`);
    await page.waitForURL('**/signed-out');
    await page.getByTestId('session-ended').locator('text=登录已失效').waitFor();
    await page.close();
  });

  it('lets the commissioned third party answer what the department could not settle', async () => {
    const clerk = await h.t.token(Role.WINDOW_STAFF, { subject: 'clerk-tp' });
    const civilAffairs = await h.t.token(Role.DEPT_OFFICER, { department: 'HX_MZ', subject: 'mz-officer' });
    const idNumber = samples.married.idNumber;
    const v = await h.t.gql(
      `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id nextRoute } }`,
      {
        i: {
          factType: 'FAMILY_INCOME',
          subject: { idNumber },
          claim: { belowThreshold: true },
          matter: '临时救助申请',
          purpose: '核实家庭收入',
          idempotencyKey: 'tp-residence-1',
        },
      },
      clerk,
    );
    expect(v.data!.verifyFact.nextRoute).toBe('INTER_DEPARTMENT');
    const verificationId = v.data!.verifyFact.id as string;
    const assist = await h.t.gql(
      `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`,
      { i: { verificationId, idNumber } },
      clerk,
    );
    expect(assist.errors).toBeUndefined();
    const answered = await h.t.gql(
      `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id } }`,
      { i: { id: assist.data!.requestAssist.id, answer: 'UNABLE', note: '收入情况需入户调查，无法核实' } },
      civilAffairs,
    );
    expect(answered.errors).toBeUndefined();

    const surveyor = await h.page();
    await signInAs(surveyor, h, 'THIRD_PARTY');
    await surveyor.waitForURL('**/third-party/inbox');
    await surveyor.locator('[data-testid="inbox"]', { hasText: '家庭收入和经济状况' }).waitFor();
    await surveyor.getByTestId('answer').first().click();
    await surveyor.locator('.el-dialog .el-radio', { hasText: '经核实属实' }).click();
    await surveyor.locator('.el-dialog textarea').fill('经入户调查，家庭人均月收入低于标准');
    await surveyor.getByTestId('send-answer').click();
    await surveyor.locator('.page', { hasText: '没有待答复的事项' }).waitFor();
    await screenshot(surveyor, 'third-party-inbox');

    const window = await h.page();
    await signInAs(window, h, 'WINDOW_STAFF');
    await window.goto(`${h.t.url}/window/verifications/${verificationId}`);
    await window.locator('[data-testid="verification-result"] .outcome', { hasText: '属实' }).waitFor();
    await window.locator('[data-testid="attempts"]', { hasText: '委托第三方核查' }).waitFor();
    await screenshot(window, 'window-third-party-settled');
  });

  it('lets the resident withdraw a commitment before the decision', async () => {
    const clerk = await h.t.token(Role.WINDOW_STAFF, { subject: 'clerk-wd' });
    const civilAffairs = await h.t.token(Role.DEPT_OFFICER, { department: 'HX_MZ', subject: 'mz-officer-2' });
    const idNumber = samples.unmarriedAdult.idNumber;
    const v = await h.t.gql(
      `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id } }`,
      {
        i: {
          factType: 'MARITAL_STATUS',
          subject: { idNumber },
          claim: { status: 'UNMARRIED' },
          matter: '公共租赁住房申请',
          purpose: '核实婚姻状况',
          idempotencyKey: 'withdraw-1',
        },
      },
      clerk,
    );
    const verificationId = v.data!.verifyFact.id as string;
    const assist = await h.t.gql(
      `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`,
      { i: { verificationId, idNumber } },
      clerk,
    );
    await h.t.gql(
      `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id } }`,
      { i: { id: assist.data!.requestAssist.id, answer: 'UNABLE', note: '档案缺失' } },
      civilAffairs,
    );
    const offered = await h.t.gql(
      `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { id } }`,
      { i: { verificationId, idNumber } },
      clerk,
    );
    expect(offered.errors).toBeUndefined();
    const window = await h.page();
    await signInAs(window, h, 'WINDOW_STAFF');
    await window.goto(`${h.t.url}/window/commitments`);
    await window.locator('tbody tr', { hasText: '已告知，待签署' }).locator('a', { hasText: '查看' }).click();
    await window.getByTestId('withdraw').click();
    await window.locator('.el-message-box textarea').fill('当事人决定补交婚姻登记证明材料');
    await window.locator('.el-message-box__btns button', { hasText: '确定' }).click();
    await window.getByTestId('commitment-status').locator('text=已撤回').waitFor();
    await window.locator('.page', { hasText: '当事人决定补交婚姻登记证明材料' }).waitFor();
    expect(
      (await h.t.db.commitment.findUniqueOrThrow({ where: { id: offered.data!.offerCommitment.id } })).status,
    ).toBe('WITHDRAWN');
    await window.close();
  });

  it('ran without a console error or a blocked resource', () => {
    expect(h.problems).toEqual([]);
  });
});
