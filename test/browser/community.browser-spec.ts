import type { Page } from 'playwright-core';
import { population } from '../helpers/sandbox';
import { expectText, Harness, printedSlip, screenshot, signInAs, startHarness } from './harness';

// 社区 on a phone-sized screen: "may I issue this?" with the answer in large text and a slip for
// the resident; a permitted certificate issued, printed with its QR, checked by a receiving
// office, revoked; a form filed from the forms list.
describe('the community workspace on a phone', () => {
  let h: Harness;
  let clerk: Page;
  const { samples } = population();

  beforeAll(async () => {
    h = await startHarness({ sources: false });
    clerk = await h.page(375, 740);
    await signInAs(clerk, h, 'COMMUNITY_STAFF');
  });
  afterAll(() => h.close());

  it('answers a request the community must refuse, with where to go instead and a slip to print', async () => {
    await clerk.waitForURL('**/community/check');
    await clerk.getByTestId('words').fill('开个住址证明');
    await clerk.getByTestId('check').click();
    await expectText(clerk, '[data-testid="decision"] .decision', '不应开具');
    await expectText(clerk, '[data-testid="decision"] .guidance', '告知承诺');
    await screenshot(clerk, 'community-check-refused-375');
    await clerk.getByTestId('open-guidance').click();
    await clerk.getByTestId('guidance-slip').waitFor();
    await clerk.getByTestId('print').click();
    const slip = await printedSlip(clerk, 'community-guidance-print');
    expect(slip).toContain('办事指引');
    expect(slip).toContain('12345');
    expect(slip).toContain('开个住址证明');
    await clerk.keyboard.press('Escape');
    expect(await h.t.db.communityCheck.count({ where: { decision: 'REFUSED' } })).toBe(1);
  });

  it('asks the clerk to confirm with the resident when the words fit several certificates, then checks the one chosen', async () => {
    await clerk.getByTestId('words').fill('社区服务证明');
    await clerk.getByTestId('check').click();
    await expectText(clerk, '[data-testid="ambiguous"] .decision', '请与居民确认所指的是哪一项');
    await expectText(clerk, '[data-code="VOLUNTEER_SERVICE"]', '社区志愿服务证明');
    await expectText(clerk, '[data-code="VOLUNTEER_SERVICE"]', '可以开具');
    await clerk.locator('[data-code="COMMUNITY_ACTIVITY"]').waitFor();
    await screenshot(clerk, 'community-check-ambiguous-375');
    await clerk.locator('[data-code="VOLUNTEER_SERVICE"] [data-testid="check-candidate"]').click();
    await expectText(clerk, '[data-testid="decision"] .decision', '可以开具：社区志愿服务证明');
    expect(await h.t.db.communityCheck.count({ where: { decision: 'AMBIGUOUS' } })).toBe(1);
  });

  it('issues a permitted certificate, prints it with its QR code, and a receiving office checks it', async () => {
    await clerk.getByTestId('words').fill('志愿服务证明');
    await clerk.getByTestId('check').click();
    await expectText(clerk, '[data-testid="decision"] .decision', '可以开具');
    await clerk.locator('[data-testid="decision"] button', { hasText: '出具此证明' }).click();
    await clerk.waitForURL('**/community/issue**');
    await expectText(clerk, '[data-testid="certificate"]', '社区志愿服务证明');
    await clerk.locator('.id-input input').fill(samples.married.idNumber);
    await clerk.getByPlaceholder('如：升学材料').fill('升学材料');
    await clerk.locator('textarea').fill(`参加社区志愿服务 24 小时 ${samples.married.idNumber}`);
    await clerk.getByTestId('issue').click();
    await expectText(clerk, '.el-form-item__error', '证明内容中不应包含公民身份号码');
    await clerk.locator('textarea').fill('2026年参加社区志愿服务共计24小时');
    await clerk.getByTestId('issue').click();
    await clerk.getByTestId('certificate-slip').waitFor();
    await clerk.getByTestId('print').click();
    const slip = await printedSlip(clerk, 'community-certificate-print');
    const cert = await h.t.db.issuedCertificate.findFirstOrThrow();
    expect(slip).toContain(cert.serial);
    expect(slip).toMatch(/<img[^>]+src="data:image\/png;base64,/);
    expect(slip).not.toContain(samples.married.idNumber);
    await clerk.keyboard.press('Escape');
    await screenshot(clerk, 'community-issued-375');

    const office = await h.page(375, 740);
    await office.goto(`${h.t.url}/public/check`);
    await office.getByTestId('token').fill(`HXZM1:${cert.token}`);
    await office.getByTestId('check-token').click();
    await expectText(office, '[data-testid="check-result"]', '有效的社区证明');
    await expectText(office, '[data-testid="check-result"]', cert.serial);
    await screenshot(office, 'public-check-certificate-375');
    await office.close();
  });

  it('finds the certificate by its serial and revokes it, which the public check then shows', async () => {
    const cert = await h.t.db.issuedCertificate.findFirstOrThrow();
    await clerk.goto(`${h.t.url}/community/certificates`);
    await clerk.getByTestId('serial').fill(cert.serial.slice(-11));
    await clerk.locator('.filters button', { hasText: '查找' }).click();
    await expectText(clerk, `[data-serial="${cert.serial}"]`, '有效');
    await clerk.getByTestId('revoke').click();
    await clerk.locator('.el-message-box textarea').fill('当事人信息填写有误');
    await clerk.locator('.el-message-box__btns button', { hasText: '确定' }).click();
    await expectText(clerk, `[data-serial="${cert.serial}"]`, '已撤销');
    await clerk.locator('.el-message-box').waitFor({ state: 'hidden' });
    await screenshot(clerk, 'community-certificates-375');
    const office = await h.page(375, 740);
    await office.goto(`${h.t.url}/public/check`);
    await office.getByTestId('token').fill(`HXZM1:${cert.token}`);
    await office.getByTestId('check-token').click();
    await expectText(office, '[data-testid="check-result"]', '社区证明无效');
    await expectText(office, '[data-testid="check-result"]', '撤销');
    await office.close();
  });

  it('files a form from the forms list for one of its periods', async () => {
    await clerk.goto(`${h.t.url}/community/forms`);
    await clerk.getByTestId('file').first().click();
    await clerk.getByTestId('save-filing').click();
    await expectText(clerk, '.page', '本次登记');
    expect(await h.t.db.formFiling.count()).toBe(1);
    await screenshot(clerk, 'community-forms-375');
  });

  it('cannot open another role’s workspace', async () => {
    await clerk.goto(`${h.t.url}/window/verify`);
    await clerk.waitForURL('**/community/check');
  });

  it('ran without a console error or a blocked resource', () => {
    expect(h.problems).toEqual([]);
  });
});
