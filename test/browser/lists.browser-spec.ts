import { Role } from '#gw/auth';
import { expectText, Harness, screenshot, signInAs, startHarness } from './harness';

// 清单与准入 and 减负监测与审计 in Chromium: an application reviewed by civil affairs and the
// organization department, approved by the county and published as a new list version whose
// change shows; a refused step (an office reviewing its own application); the burden monitor,
// the audit chain and the public lists.
describe('lists, work-access and oversight in the browser', () => {
  let h: Harness;
  const SUBMIT = `mutation($i: SubmitWorkAccessApplicationInput!) { submitWorkAccessApplication(input: $i) { id } }`;
  const CONTENT = '协助开展无偿献血宣传动员。';
  let own: string;
  let health: string;

  async function submit(department: string, content: string): Promise<string> {
    const token = await h.t.token(Role.DEPT_OFFICER, { department, subject: `applicant-${department}` });
    const res = await h.t.gql(
      SUBMIT,
      {
        i: {
          listKind: 'ASSIST',
          action: 'ADD',
          baseVersion: 1,
          content,
          legalBasis: '《中华人民共和国献血法》第六条',
          funding: '县卫健局按社区拨付宣传经费',
          workingConditions: '县中心血站提供宣传材料',
          justification: '提高无偿献血知晓率',
        },
      },
      token,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.submitWorkAccessApplication.id;
  }

  beforeAll(async () => {
    h = await startHarness({ sources: false });
    health = await submit('HX_WJ', CONTENT);
    own = await submit('HX_MZ', '协助开展养老服务需求摸底调查。');
  });
  afterAll(() => h.close());

  it('refuses, in Chinese, civil affairs reviewing its own department’s application', async () => {
    const admin = await h.page();
    await signInAs(admin, h, 'LIST_ADMIN');
    await admin.waitForURL('**/access/applications');
    await expectText(admin, '[data-testid="applications"]', '待民政局审核');
    await screenshot(admin, 'lists-queue');
    await admin.goto(`${h.t.url}/access/applications/${own}`);
    await expectText(admin, '.page', '不能由本部门审核');
    await admin.locator('.el-radio', { hasText: '审核通过' }).click();
    await admin.locator('textarea').fill('同意纳入');
    await admin.getByTestId('submit-review').click();
    const alert = admin.locator('[role="alert"][data-code="FORBIDDEN"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('不能审核或报批本部门提出的准入申请');
    expect(await alert.textContent()).not.toMatch(/[A-Za-z]{4,}/);
    await screenshot(admin, 'lists-forbidden');
    await admin.close();
  });

  it('takes an application through both reviews and the county’s approval to a new list version', async () => {
    const admin = await h.page();
    await signInAs(admin, h, 'LIST_ADMIN');
    await admin.goto(`${h.t.url}/access/applications/${health}`);
    await admin.locator('.el-radio', { hasText: '审核通过' }).click();
    await admin.locator('textarea').fill('符合社区工作准入条件，同意');
    await admin.getByTestId('submit-review').click();
    await expectText(admin, '[data-testid="application-status"]', '待组织部审核');

    const reviewer = await h.page();
    await signInAs(reviewer, h, 'REVIEWER');
    await expectText(reviewer, '[data-testid="applications"]', CONTENT);
    await reviewer.locator('[data-testid="applications"] tbody tr', { hasText: CONTENT }).click();
    await reviewer.locator('.el-radio', { hasText: '审核通过' }).click();
    await reviewer.locator('textarea').fill('经费和工作条件已落实，同意报批');
    await reviewer.getByTestId('submit-review').click();
    await expectText(reviewer, '[data-testid="application-status"]', '待县委县政府批准');
    await reviewer.close();

    await admin.reload();
    await admin.getByTestId('document-number').fill('环政发2026第12号');
    await admin.locator('textarea').fill('县政府常务会议研究同意');
    await admin.getByTestId('submit-approval').click();
    await expectText(admin, '.el-form-item__error', '文号格式应如 环政发〔2026〕12号');
    await admin.getByTestId('document-number').fill('环政发〔2026〕12号');
    await admin.getByTestId('submit-approval').click();
    await admin.locator('.el-message-box__btns button', { hasText: '登记' }).click();
    await expectText(admin, '[data-testid="application-status"]', '已批准并发布');
    await screenshot(admin, 'lists-application-published');

    await admin.goto(`${h.t.url}/access/lists?kind=ASSIST`);
    await expectText(admin, '[data-testid="versions"]', '第 2 版');
    await admin.getByTestId('compare').first().click();
    await expectText(admin, '[data-testid="diff"]', '新增 1 项');
    await expectText(admin, '[data-testid="diff"]', CONTENT);
    await screenshot(admin, 'lists-versions-diff');
    await admin.close();
  });

  it('shows the burden monitor, the audit trail with its chain check, and credit deliveries', async () => {
    const auditor = await h.page();
    await signInAs(auditor, h, 'AUDITOR');
    await auditor.waitForURL('**/oversight/burden');
    await expectText(auditor, '[data-testid="totals"]', '社区（村）数');
    await expectText(auditor, '[data-testid="burden-rows"]', '东关社区');
    await auditor.locator('.chart canvas').first().waitFor();
    await auditor.locator('.el-radio-button', { hasText: '按周' }).click();
    await screenshot(auditor, 'oversight-burden');
    await auditor.goto(`${h.t.url}/oversight/audit`);
    await auditor.getByTestId('check-chain').click();
    await expectText(auditor, '[data-testid="chain-result"]', '审计链完整');
    await expectText(auditor, '[data-testid="audit"]', '审核准入申请');
    await screenshot(auditor, 'oversight-audit');
    await auditor.goto(`${h.t.url}/oversight/credit`);
    await expectText(auditor, '.page', '待报送');
    await auditor.close();
  });

  it('shows the lists with their legal basis and versions to anyone, on a phone', async () => {
    const resident = await h.page(375, 740);
    await resident.goto(`${h.t.url}/public/lists`);
    await expectText(resident, '[data-testid="items"]', '依据');
    await resident.locator('.el-tabs__item', { hasText: '不应由社区组织承担的事项指导清单' }).click();
    await expectText(resident, '[data-testid="items"]', '原因');
    await resident.locator('.el-tabs__item', { hasText: '依法协助政府工作事项清单' }).click();
    await expectText(resident, '[data-testid="versions"]', '第 2 版');
    await screenshot(resident, 'public-lists-375');
    await resident.close();
  });

  it('ran without a console error or a blocked resource', () => {
    expect(h.problems).toEqual([]);
  });
});
