import type { Page } from 'playwright-core';
import { Role } from '#gw/auth';
import { population } from '../helpers/sandbox';
import { choose, expectText, Harness, screenshot, signInAs, startHarness } from './harness';

// 数据源 in Chromium: the department's own sources with their statistics and latency chart;
// probe, suspend and reactivate; grant a consumer department; register a new source, with the
// form's checks first.
describe('the data-source workspace in the browser', () => {
  let h: Harness;
  let admin: Page;

  beforeAll(async () => {
    h = await startHarness();
    // a few calls, so the statistics have something to show
    const clerk = await h.t.token(Role.WINDOW_STAFF);
    const { samples } = population();
    const kin = samples.parentChild;
    for (const [i, relation] of ['PARENT', 'SPOUSE', 'PARENT'].entries()) {
      await h.t.gql(
        `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id } }`,
        {
          i: {
            factType: 'KINSHIP',
            subject: { idNumber: kin.child.idNumber },
            claim: { relation, relativeIdNumber: kin.parent.idNumber },
            matter: '独生子女父母奖励',
            purpose: '核实亲属关系',
            idempotencyKey: `src-stats-${i}`,
          },
        },
        clerk,
      );
    }
    admin = await h.page();
    await signInAs(admin, h, 'SOURCE_ADMIN');
  });
  afterAll(() => h.close());

  it('lists the department’s sources with their statistics and a latency chart', async () => {
    await admin.waitForURL('**/sources');
    await expectText(admin, '[data-testid="sources"]', 'GA_HUJI');
    await admin.locator('canvas').first().waitFor();
    await screenshot(admin, 'sources-list');
  });

  it('probes, suspends and reactivates a source, and grants it to a department', async () => {
    await admin.locator('[data-testid="sources"] tbody tr').first().click();
    await admin.waitForURL('**/sources/**');
    await admin.getByTestId('probe').click();
    await expectText(admin, '[data-testid="last-probe"]', '可用');
    await admin.getByTestId('suspend').click();
    await admin.locator('.el-message-box textarea').fill('系统升级维护');
    await admin.locator('.el-message-box__btns button', { hasText: '确定' }).click();
    await expectText(admin, '[data-testid="source-status"]', '已暂停');
    await expectText(admin, '.page', '系统升级维护');
    await admin.getByTestId('reactivate').click();
    await admin.locator('.el-message-box__btns button', { hasText: '恢复' }).click();
    await expectText(admin, '[data-testid="source-status"]', '启用');
    await choose(admin, '[data-testid="grant-to"]', '环县民政局');
    await admin.getByTestId('grant').click();
    await expectText(admin, '[data-testid="grants"]', '环县民政局');
    await admin.locator('.el-message').last().waitFor({ state: 'hidden' });
    await screenshot(admin, 'sources-detail');
    const source = await h.t.db.dataSource.findFirstOrThrow({ where: { code: 'GA_HUJI' } });
    expect(source.status).toBe('ACTIVE');
  });

  it('registers a new source after the form says what is wrong', async () => {
    await admin.goto(`${h.t.url}/sources`);
    await admin.getByTestId('add-source').click();
    const dialog = admin.locator('.el-dialog');
    await dialog.locator('input').nth(0).fill('ga-new');
    await admin.getByTestId('save-source').click();
    await expectText(admin, '.el-dialog .el-form-item__error', '编码须为大写字母开头');
    await expectText(admin, '.el-dialog .el-form-item__error', '请至少选择一种事实类型');
    await dialog.locator('input').nth(0).fill('GA_NEW');
    await dialog.locator('input').nth(1).fill('县公安局户籍（新）');
    await dialog.locator('input').nth(2).fill('http://127.0.0.1:9/verify');
    // a source must sign its answers: its key set
    await dialog.locator('input').nth(3).fill('http://127.0.0.1:9/jwks.json');
    await choose(admin, '.el-dialog .el-select', '户籍登记');
    await admin.keyboard.press('Escape');
    await admin.getByTestId('save-source').click();
    await admin.waitForURL((u) => /\/sources\/[0-9a-f-]{36}$/.test(u.pathname));
    await expectText(admin, '.page-head', '县公安局户籍（新）');
    expect(await h.t.db.dataSource.count({ where: { code: 'GA_NEW' } })).toBe(1);
  });

  it('delegates a fact type it owns to another department after the form says what is missing, and revokes it with a reason', async () => {
    await admin.goto(`${h.t.url}/sources/delegations`);
    await admin.getByTestId('delegate').click();
    await expectText(admin, '[data-testid="delegate-form"]', '请选择本部门主管的事实类型');
    await expectText(admin, '[data-testid="delegate-form"]', '请填写委托依据或原因');
    await choose(admin, '[data-testid="delegate-fact"]', '户籍登记');
    await choose(admin, '[data-testid="delegate-to"]', '环县民政局');
    await admin.locator('[data-testid="delegate-form"] textarea').fill('依据县政府通知，由县民政局统一接入');
    await admin.getByTestId('delegate').click();
    await expectText(admin, '[data-testid="delegations"]', '环县民政局');
    await expectText(admin, '[data-testid="delegations"]', '有效');
    expect(await h.t.db.factTypeDelegation.count({ where: { revokedAt: null, delegateDepartmentCode: 'HX_MZ' } })).toBe(
      1,
    );
    // the same delegation again is refused, in Chinese
    await choose(admin, '[data-testid="delegate-fact"]', '户籍登记');
    await choose(admin, '[data-testid="delegate-to"]', '环县民政局');
    await admin.locator('[data-testid="delegate-form"] textarea').fill('再次委托');
    await admin.getByTestId('delegate').click();
    await expectText(admin, '.error-alert', '已委托');
    await admin.locator('.el-message').last().waitFor({ state: 'hidden' });
    await screenshot(admin, 'sources-delegations');
    await admin.getByTestId('revoke-delegation').first().click();
    await admin.locator('.el-message-box textarea').fill('改由本局直接接入');
    await admin.locator('.el-message-box__btns button', { hasText: '确定' }).click();
    await expectText(admin, '[data-testid="delegations"]', '已撤销');
    await expectText(admin, '[data-testid="delegations"]', '改由本局直接接入');
    expect(await h.t.db.factTypeDelegation.count({ where: { revokedAt: null, delegateDepartmentCode: 'HX_MZ' } })).toBe(
      0,
    );
  });

  it('ran without a console error or a blocked resource', () => {
    expect(h.problems).toEqual([]);
  });
});
