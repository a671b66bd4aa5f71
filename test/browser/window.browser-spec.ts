import type { Page } from 'playwright-core';
import { population } from '../helpers/sandbox';
import { choose, expectText, Harness, printedSlip, screenshot, signInAs, startHarness, storedText } from './harness';

// 窗口核验 end to end in Chromium: a fact verified from shared data with its receipt; a bad ID
// number caught as typed; an unresolved fact sent to the owning department, answered there,
// replaced by the resident's signed commitment, and checked afterwards; the history.
describe('window verification in the browser', () => {
  let h: Harness;
  let clerk: Page;
  const { samples } = population();
  const visited: string[] = [];

  beforeAll(async () => {
    h = await startHarness();
    clerk = await h.page();
    clerk.on('framenavigated', (f) => visited.push(f.url()));
    await signInAs(clerk, h, 'WINDOW_STAFF');
  });
  afterAll(() => h.close());

  async function chooseFact(page: Page, words: string, name: string) {
    await page.getByTestId('target').click();
    await page.keyboard.type(words);
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: name }).last().click();
  }

  it('opens on the verification form, with the clerk’s name and department', async () => {
    await clerk.waitForURL('**/window/verify');
    await expectText(clerk, '[data-testid="who"]', '政务服务中心窗口人员');
    await expectText(clerk, '[data-testid="who"]', '环县政务服务中心');
  });

  it('verifies a fact from shared data and prints the receipt with its QR code', async () => {
    await chooseFact(clerk, '婚姻', '婚姻状况');
    await clerk.getByPlaceholder('如：公共租赁住房申请').fill('公共租赁住房申请');
    await clerk.locator('[data-testid="subject-id"] input').fill(samples.married.idNumber);
    await choose(clerk, '[data-field="status"] .el-select', '已婚');
    await clerk.locator('[data-field="spouseIdNumber"] input').fill(samples.spouse.idNumber);
    await screenshot(clerk, 'window-form');
    await clerk.getByTestId('verify').click();
    const result = clerk.getByTestId('verification-result');
    await result.waitFor();
    await expectText(clerk, '[data-testid="verification-result"] .outcome', '属实');
    await expectText(clerk, '[data-testid="verification-result"]', '县民政局婚姻登记');
    await expectText(clerk, '[data-testid="attempts"]', '确认属实');
    await expectText(clerk, '[data-testid="verification-result"]', '年');
    await screenshot(clerk, 'window-result');
    await clerk.getByTestId('open-receipt').click();
    await clerk.getByTestId('receipt-slip').waitFor();
    await clerk.getByTestId('print').click();
    const slip = await printedSlip(clerk, 'window-receipt-print');
    expect(slip).toContain('核验回执');
    expect(slip).toContain('/.well-known/jwks.json');
    expect(slip).toMatch(/<img[^>]+src="data:image\/png;base64,/);
    expect(slip).not.toContain(samples.married.idNumber);
    await clerk.keyboard.press('Escape');
  });

  it('catches a wrong check digit as it is typed and sends nothing', async () => {
    await clerk.goto(`${h.t.url}/window/verify`);
    await chooseFact(clerk, '低保', '最低生活保障');
    await clerk.getByPlaceholder('如：公共租赁住房申请').fill('临时救助');
    const id = samples.lowIncomeRecipient.idNumber;
    const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    await clerk.locator('[data-testid="subject-id"] input').fill(wrong);
    await expectText(clerk, '.el-form-item__error', '校验位不正确');
    const before = await h.t.db.verification.count();
    await clerk.getByTestId('verify').click();
    await expectText(clerk, '.el-form-item__error', '请选择是否正在享受最低生活保障');
    expect(await h.t.db.verification.count()).toBe(before);
    await screenshot(clerk, 'window-bad-id-number');
  });

  it('sends an unresolved fact to the owning department, which reveals the ID (recorded) and answers', async () => {
    await clerk.goto(`${h.t.url}/window/verify`);
    await chooseFact(clerk, '婚姻', '婚姻状况');
    await clerk.getByPlaceholder('如：公共租赁住房申请').fill('公共租赁住房申请');
    await clerk.locator('[data-testid="subject-id"] input').fill(samples.unknownIdNumber);
    await choose(clerk, '[data-field="status"] .el-select', '未婚');
    await clerk.getByTestId('verify').click();
    await expectText(clerk, '[data-testid="verification-result"] .outcome', '未能核实');
    await expectText(clerk, '[data-testid="attempts"]', '无此人记录');
    await clerk.locator('[data-action="INTER_DEPARTMENT"]').click();
    await clerk.locator('.el-message-box__btns button', { hasText: '发起' }).click();
    await expectText(clerk, '[data-testid="next-steps"]', '待答复');
    await screenshot(clerk, 'window-assist-requested');

    const officer = await h.page();
    await signInAs(officer, h, 'DEPT_OFFICER');
    await officer.waitForURL('**/assist/inbox');
    await expectText(officer, '[data-testid="inbox"]', '婚姻状况');
    await expectText(officer, '[data-testid="inbox"]', '剩余');
    await screenshot(officer, 'assist-inbox');
    await officer.getByTestId('reveal').first().click();
    await expectText(officer, '.el-message-box', '记录在审计日志');
    await officer.locator('.el-message-box__btns button', { hasText: '查看并记录' }).click();
    await expectText(officer, '[data-testid="revealed"]', samples.unknownIdNumber);
    await expectText(officer, '.el-dialog', '本次查看已记录');
    expect(await h.t.db.auditEvent.count({ where: { action: 'assist.revealSubject' } })).toBe(1);
    await officer.locator('.el-dialog button', { hasText: '知道了' }).click();
    await officer.getByTestId('answer').first().click();
    await officer.getByTestId('send-answer').click();
    await expectText(officer, '.el-dialog .el-form-item__error', '请选择核实结论');
    await officer.locator('.el-dialog .el-radio', { hasText: '无法核实' }).click();
    await officer.locator('.el-dialog textarea').fill('婚姻登记档案中查无此人，无法核实');
    await officer.getByTestId('send-answer').click();
    await expectText(officer, '.page', '没有待答复的事项');
    await officer.close();
  });

  it('replaces the unverifiable fact by the resident’s own signed commitment', async () => {
    await clerk.goto(`${h.t.url}/window/history`);
    await clerk.locator('[data-testid="history"] tbody tr').first().click();
    await clerk.waitForURL('**/window/verifications/**');
    await clerk.locator('[data-action="COMMITMENT"]').click();
    await clerk.locator('.el-message-box__input input').fill(samples.unknownIdNumber);
    await clerk.locator('.el-message-box__btns button', { hasText: '确定' }).click();
    await clerk.waitForURL('**/window/commitments/**');
    await expectText(clerk, '[data-testid="notice-text"]', '证明事项告知承诺书');
    await expectText(clerk, '.page', '显示文本与签署文本一致');
    // the resident reads a sentence in their own words, not the claim's JSON
    const notice = (await clerk.getByTestId('notice-text').textContent())!;
    expect(notice).toMatch(/郑重承诺：本人/);
    expect(notice).not.toMatch(/[{}]/);
    const pad = clerk.getByTestId('signature-pad');
    // the strokes must reach the pad, not the offer's message box still fading out over the page
    // (a quick answer from the gateway gets here before its close animation ends)
    await clerk.waitForFunction(() =>
      Array.from(document.querySelectorAll('.el-overlay')).every((o) => getComputedStyle(o).display === 'none'),
    );
    // mouse coordinates are the viewport's: the pad must be on screen before the strokes
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await clerk.mouse.move(box.x + 30, box.y + 80);
    await clerk.mouse.down();
    for (let i = 1; i <= 12; i++) await clerk.mouse.move(box.x + 30 + i * 22, box.y + 80 + (i % 2 ? -30 : 30));
    await clerk.mouse.up();
    await expectText(clerk, '.pad', '已签名');
    await clerk.locator('.id-input input').fill(samples.unknownIdNumber);
    await screenshot(clerk, 'window-commitment-sign');
    await clerk.getByTestId('sign').click();
    await expectText(clerk, '[data-testid="commitment-status"]', '已签署');
    await expectText(clerk, '[data-testid="record-status"]', '有效');
    await clerk.getByTestId('open-notice').click();
    await clerk.getByTestId('commitment-slip').waitFor();
    await clerk.getByTestId('print').click();
    const slip = await printedSlip(clerk, 'window-commitment-print');
    // once: the notice's own signature line, not a second one from the slip
    expect(slip.split('承诺人（签名）').length - 1).toBe(1);
    expect(slip).toMatch(/<img[^>]+src="data:image\/png;base64,/);
    await clerk.keyboard.press('Escape');
    const c = await h.t.db.commitment.findFirstOrThrow();
    expect(c.status).toBe('SIGNED');
    expect(c.evidenceHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records the post-verification when it is due', async () => {
    await h.t.db.commitment.updateMany({ data: { postVerifyDueAt: new Date(Date.now() - 3600_000) } });
    await clerk.goto(`${h.t.url}/window/post-verification`);
    await clerk.getByTestId('post-verify').first().click();
    await clerk.locator('.el-dialog .el-radio', { hasText: '承诺属实' }).click();
    await clerk.locator('.el-dialog textarea').fill('经入户走访核实，当事人确为未婚');
    await clerk.getByTestId('save-post').click();
    await expectText(clerk, '.page', '没有到期待核查的承诺');
    expect((await h.t.db.commitment.findFirstOrThrow()).status).toBe('HONORED');
  });

  it('finds one resident’s verifications by ID number, which never reaches the address bar or storage', async () => {
    await clerk.goto(`${h.t.url}/window/history`);
    await clerk.locator('.filters .id-input input').fill(samples.married.idNumber);
    await clerk.getByTestId('apply-filters').click();
    await expectText(clerk, '.pager', '共 1 条');
    await expectText(clerk, '[data-testid="history"]', '属实');
    await screenshot(clerk, 'window-history');
    const ids = [samples.married.idNumber, samples.spouse.idNumber, samples.unknownIdNumber];
    const stored = await storedText(clerk);
    for (const id of ids) {
      expect(visited.filter((u) => u.includes(id))).toEqual([]);
      expect(stored).not.toContain(id);
    }
    expect(stored).not.toContain(samples.married.name);
  });

  it('lets anyone check the receipt and the commitment record without signing in', async () => {
    const v = await h.t.db.verification.findFirstOrThrow({ where: { outcome: 'CONFIRMED' } });
    const c = await h.t.db.commitment.findFirstOrThrow();
    const office = await h.page(375, 740);
    await office.goto(`${h.t.url}/public/check`);
    await office.getByTestId('token').fill(v.receipt!);
    await expectText(office, '.page', '识别为：核验回执');
    await office.getByTestId('check-token').click();
    await expectText(office, '[data-testid="check-result"]', '有效的核验回执');
    await expectText(office, '[data-testid="check-result"]', '公共租赁住房申请');
    await screenshot(office, 'public-check-receipt');
    const tampered = v.receipt!.slice(0, -4) + (v.receipt!.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await office.getByTestId('token').fill(tampered);
    await office.getByTestId('check-token').click();
    await expectText(office, '[data-testid="check-result"]', '核验回执无效');
    await office.getByTestId('token').fill(c.record!);
    await office.getByTestId('check-token').click();
    await expectText(office, '[data-testid="check-result"]', '有效的承诺记录');
    await expectText(office, '[data-testid="token-status"]', '当前状态');
    await expectText(office, '[data-testid="token-status"]', '有效');
    await office.close();
  });

  it('asks for the spouse’s ID number again for an assist, and the officer sees and reveals the spouse on its own', async () => {
    await clerk.goto(`${h.t.url}/window/verify`);
    await chooseFact(clerk, '婚姻', '婚姻状况');
    await clerk.getByPlaceholder('如：公共租赁住房申请').fill('公共租赁住房申请');
    await clerk.locator('[data-testid="subject-id"] input').fill(samples.unknownIdNumber);
    await choose(clerk, '[data-field="status"] .el-select', '已婚');
    await clerk.locator('[data-field="spouseIdNumber"] input').fill(samples.spouse.idNumber);
    await clerk.getByTestId('verify').click();
    await expectText(clerk, '[data-testid="verification-result"] .outcome', '未能核实');
    await clerk.locator('[data-action="INTER_DEPARTMENT"]').click();
    await clerk.locator('.el-message-box__btns button', { hasText: '发起' }).click();
    const spouseBox = clerk.locator('.el-message-box', { hasText: '请再次输入配偶' });
    await spouseBox.locator('.el-message-box__input input').fill(samples.spouse.idNumber);
    await spouseBox.locator('.el-message-box__btns button', { hasText: '确定' }).click();
    await expectText(clerk, '[data-testid="next-steps"]', '待答复');

    const officer = await h.page();
    await signInAs(officer, h, 'DEPT_OFFICER');
    await officer.waitForURL('**/assist/inbox');
    const spouseMasked = `${samples.spouse.idNumber.slice(0, 6)}********${samples.spouse.idNumber.slice(14)}`;
    await expectText(officer, '[data-person="spouseIdNumber"]', '配偶');
    await expectText(officer, '[data-person="spouseIdNumber"]', spouseMasked);
    await officer.getByTestId('reveal-spouseIdNumber').first().click();
    await expectText(officer, '.el-message-box', '配偶');
    await officer.locator('.el-message-box__btns button', { hasText: '查看并记录' }).click();
    await expectText(officer, '[data-testid="revealed"]', samples.spouse.idNumber);
    const reveals = await h.t.db.auditEvent.findMany({ where: { action: 'assist.revealSubject' } });
    expect(reveals.map((e) => (e.detail as { field?: string }).field)).toContain('spouseIdNumber');
    await officer.locator('.el-dialog button', { hasText: '知道了' }).click();
    await officer.close();
  });

  it('ran without a console error or a blocked resource', () => {
    expect(h.problems).toEqual([]);
  });
});
