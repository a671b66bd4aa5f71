import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { Role } from '#gw/auth';
import { population } from '../helpers/sandbox';
import { ARTIFACTS, Harness, printedSlip, screenshot, signInAs, startHarness, storedText } from './harness';

// A demo resident on a phone: the window offers a commitment and shows a QR code; the resident
// opens the link, signs in as themselves, reads the notice and signs; they then see the
// commitment in their list and the verifications made about them, and nothing in the URL or
// the browser's storage holds their ID number.
const DOCS = resolve(__dirname, '../../docs/screenshots');

describe('the resident workspace on a phone', () => {
  let h: Harness;
  let phone: Page;
  const { samples } = population();
  const idNumber = samples.unknownIdNumber; // the demo's resident no source knows: a commitment is offered
  let commitmentId: string;

  async function ok(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
    const res = await h.t.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data!)[0];
  }

  function keep(name: string) {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(join(ARTIFACTS, `${name}.png`), join(DOCS, `${name}.png`));
  }

  beforeAll(async () => {
    h = await startHarness();
    const window = await h.t.token(Role.WINDOW_STAFF);
    const officer = await h.t.token(Role.DEPT_OFFICER, { department: 'HX_MZ' });
    const v = await ok(
      `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id outcome nextRoute } }`,
      {
        i: {
          factType: 'MARITAL_STATUS',
          claim: { status: 'UNMARRIED' },
          subject: { idNumber },
          matter: '公共租赁住房申请',
          purpose: '核实婚姻状况',
          idempotencyKey: 'resident-browser-1',
        },
      },
      window,
    );
    const a = await ok(
      `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`,
      { i: { verificationId: v.id, idNumber } },
      window,
    );
    await ok(
      `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id } }`,
      { i: { id: a.id, answer: 'UNABLE', note: '本部门无该人登记' } },
      officer,
    );
    commitmentId = (
      await ok(
        `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { id } }`,
        { i: { verificationId: v.id, idNumber } },
        window,
      )
    ).id;
  });
  afterAll(() => h.close());

  it('lets the resident sign, on the phone, a commitment the window offered with a QR code', async () => {
    const desk = await h.page();
    await signInAs(desk, h, 'WINDOW_STAFF');
    await desk.goto(`${h.t.url}/window/commitments/${commitmentId}`);
    await desk.getByTestId('phone-sign').click();
    const qr = desk.getByTestId('phone-sign-qr');
    await qr.waitFor();
    const url = (await qr.getAttribute('data-url'))!;
    expect(url).toMatch(/\/resident\/sign#[A-Za-z0-9_-]+$/);
    await screenshot(desk, 'resident-window-qr');

    phone = await h.page(390, 844);
    await phone.goto(url);
    await phone.waitForURL('**/signin**');
    await phone.locator('[data-resident="unknown"]').click();
    await phone.getByTestId('notice-text').waitFor();
    expect(await phone.getByTestId('notice-text').textContent()).toContain('承诺');
    // the one-time token left the address bar
    expect(phone.url()).not.toContain('#');
    await phone.getByTestId('notice-read').click();
    const pad = phone.locator('canvas').first();
    const box = (await pad.boundingBox())!;
    await phone.mouse.move(box.x + 20, box.y + 30);
    await phone.mouse.down();
    await phone.mouse.move(box.x + 120, box.y + 60, { steps: 5 });
    await phone.mouse.move(box.x + 200, box.y + 25, { steps: 5 });
    await phone.mouse.up();
    await screenshot(phone, 'resident-sign-390');
    keep('resident-sign-390');
    await phone.getByTestId('sign-submit').click();
    await phone.getByTestId('sign-done').waitFor();
    const row = await h.t.db.commitment.findUniqueOrThrow({ where: { id: commitmentId } });
    expect(row.status).toBe('SIGNED');
    expect(row.signatureMethod).toBe('ON_SCREEN');

    await phone.getByRole('button', { name: '查看我的承诺' }).click();
    await phone.waitForURL('**/resident/outcomes');
    const mine = phone.getByTestId('my-commitment');
    await mine.first().waitFor();
    expect(await mine.first().textContent()).toContain('已签署，待事后核查');
    await screenshot(phone, 'resident-outcomes-390');
    keep('resident-outcomes-390');
  });

  it('shows the resident the verifications made about them, lets them object, and prints the page', async () => {
    await phone.getByTestId('to-uses').click();
    await phone.waitForURL('**/resident/uses');
    await phone.locator('[data-kind="VERIFICATION"]').first().waitFor();
    const text = await phone.locator('[data-kind="VERIFICATION"]').first().textContent();
    expect(text).toContain('环县政务服务中心');
    expect(text).toContain('公共租赁住房申请');
    expect(text).toContain('无登记');
    await phone.locator('[data-kind="COMMITMENT"]').first().waitFor();
    await screenshot(phone, 'resident-uses-390');
    keep('resident-uses-390');

    await phone.locator('[data-kind="VERIFICATION"] [data-testid="object"]').first().click();
    await phone.getByRole('textbox', { name: '质疑内容' }).fill('我没有申请公共租赁住房');
    await phone.getByTestId('send-objection').click();
    await phone.locator('[data-kind="VERIFICATION"] .objection', { hasText: '质疑待答复' }).first().waitFor();
    expect(await h.t.db.residentObjection.count()).toBe(1);

    await phone.getByTestId('uses-print').click();
    const slip = await printedSlip(phone, 'resident-uses-print');
    expect(slip).toContain('我的数据使用记录');
    expect(slip).not.toContain(idNumber);

    expect(phone.url()).not.toContain(idNumber);
    expect(await storedText(phone)).not.toContain(idNumber);
    expect(await storedText(phone)).not.toContain('eyJ');
    expect(h.problems).toEqual([]);
  });
});
