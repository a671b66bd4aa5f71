import type { Page } from 'playwright-core';
import { Role } from '#gw/auth';
import { population } from '../helpers/sandbox';
import { Harness, screenshot, signInAs, startHarness } from './harness';

// Issue 11 parts 4 and 6 in Chromium: a source out of reach shows "try again at T" with a
// 重试 button that sends the same request again; a fact no route remains for is checked by
// the window itself through the 人工核实 dialog.
describe('retry and manual check in the browser', () => {
  let h: Harness;
  let clerk: Page;
  const { samples } = population();

  beforeAll(async () => {
    h = await startHarness();
    clerk = await h.page();
    await signInAs(clerk, h, 'WINDOW_STAFF');
  });
  afterAll(() => h.close());

  async function verifyLowIncome(idNumber: string) {
    await clerk.goto(`${h.t.url}/window/verify`);
    await clerk.getByTestId('target').click();
    await clerk.keyboard.type('低保');
    await clerk
      .locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '最低生活保障' })
      .last()
      .click();
    await clerk.getByPlaceholder('如：公共租赁住房申请').fill('临时救助');
    await clerk.locator('[data-testid="subject-id"] input').fill(idNumber);
    await clerk.locator('[data-field="receiving"] .el-radio', { hasText: '是' }).click();
    await clerk.getByTestId('verify').click();
    await clerk.getByTestId('verification-result').waitFor();
  }

  it('shows a temporarily unavailable source with its retry time, and 重试 asks again', async () => {
    h.sources!.sandbox.setFault('MZ_DIBAO', { down: true });
    await verifyLowIncome(samples.lowIncomeRecipient.idNumber);
    await expectText(clerk, '[data-testid="verification-result"] .outcome', '暂时无法核验');
    await expectText(clerk, '[data-testid="retry-later"]', '后重试');
    await expectText(clerk, '[data-testid="retry-later"]', '年');
    expect(await clerk.locator('[data-testid="next-steps"]').count()).toBe(0);
    await screenshot(clerk, 'window-retry-later');
    // the source is back and the retry time has come
    h.sources!.sandbox.setFault('MZ_DIBAO', null);
    await h.t.db.verification.updateMany({
      where: { outcome: 'UNAVAILABLE' },
      data: { retryAfter: new Date(Date.now() - 1000) },
    });
    await clerk.locator('[data-action="RETRY"]').click();
    await expectText(clerk, '[data-testid="verification-result"] .outcome', '属实');
    expect(await h.t.db.verification.count()).toBe(1);
  });

  it('offers 人工核实 when no route remains, and the check settles the verification', async () => {
    await verifyLowIncome(samples.unknownIdNumber);
    await expectText(clerk, '[data-testid="verification-result"] .outcome', '未能核实');
    const v = await h.t.db.verification.findFirstOrThrow({ where: { outcome: 'UNRESOLVED' } });
    // the owning department could not verify either (done through the API: the inbox has its own test)
    const window = await h.t.token(Role.WINDOW_STAFF);
    const officer = await h.t.token(Role.DEPT_OFFICER, { department: 'HX_MZ' });
    const a = await h.t.gql(
      `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`,
      { i: { verificationId: v.id, idNumber: samples.unknownIdNumber } },
      window,
    );
    await h.t.gql(
      `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id } }`,
      { i: { id: a.data!.requestAssist.id, answer: 'UNABLE', note: '本部门系统无该人登记' } },
      officer,
    );
    await clerk.goto(`${h.t.url}/window/verifications/${v.id}`);
    await expectText(clerk, '[data-testid="no-route-left"]', '已无其他核验途径');
    await clerk.locator('[data-action="MANUAL"]').click();
    await clerk.getByTestId('manual-submit').click();
    await expectText(clerk, '.el-dialog .el-form-item__error', '请填写核实人');
    await clerk.getByTestId('manual-checked-by').fill('窗口工作人员 王敏');
    await clerk.getByTestId('manual-observed').fill('当事人出示低保证原件，姓名与证号一致');
    await clerk.getByTestId('manual-evidence').fill('ZWFW-2026-1202-017');
    await screenshot(clerk, 'window-manual-check');
    await clerk.getByTestId('manual-submit').click();
    await expectText(clerk, '[data-testid="verification-result"] .outcome', '属实');
    await expectText(clerk, '[data-testid="verification-result"]', '人工核实');
    const settled = await h.t.db.verification.findUniqueOrThrow({ where: { id: v.id } });
    expect(settled).toMatchObject({ outcome: 'CONFIRMED', route: 'MANUAL', sourceCode: 'HX_ZWFW' });
  });

  it('ran without a console error or a blocked resource', () => {
    expect(h.problems).toEqual([]);
  });
});

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector, { hasText: text }).first().waitFor();
}
