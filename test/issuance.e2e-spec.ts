import { generateKeyPair, SignJWT } from 'jose';
import { Role } from '#gw/auth';
import { population } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const ISSUE = `mutation($i: IssueCommunityCertificateInput!) { issueCommunityCertificate(input: $i) { id serial status subjectMasked token qr content } }`;
const CHECK = `query($t: String!) { verifyCommunityCertificate(token: $t) { valid problem serial certificateName communityName subjectMasked revoked } }`;
const DONGGUAN = '621022100001';

describe('certificates a community issues (e2e)', () => {
  let t: TestApp;
  let clerk: string;
  const person = population().samples.married;
  const input = (over: Record<string, unknown> = {}) => ({
    communityCode: DONGGUAN,
    certificateCode: 'VOLUNTEER_SERVICE',
    idNumber: person.idNumber,
    purpose: '升学材料',
    content: '2026年参加社区志愿服务共计24小时',
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token(Role.COMMUNITY_STAFF, { region: DONGGUAN, subject: 'dg-clerk' });

    // a gateway boots on a fresh database clone: slow on a loaded machine
  }, 120_000);
  afterAll(() => t.close());

  it('issues a permitted certificate with a serial per community and year, verifiable by anyone', async () => {
    const a = (await t.gql(ISSUE, { i: input() }, clerk)).data!.issueCommunityCertificate;
    const b = (await t.gql(ISSUE, { i: input({ certificateCode: 'MEDIATION', content: '纠纷已调解' }) }, clerk)).data!
      .issueCommunityCertificate;
    const year = new Date().getFullYear();
    expect(a.serial).toMatch(new RegExp(`^${DONGGUAN}-(${year}|${year + 1})-\\d{6}$`));
    expect(Number(b.serial.slice(-6))).toBe(Number(a.serial.slice(-6)) + 1);
    expect(a).toMatchObject({ status: 'ISSUED', subjectMasked: expect.stringMatching(/\*{8}/) });
    expect(a.qr).toBe(`HXZM1:${a.token}`);
    const check = await t.gql(CHECK, { t: a.qr });
    expect(check.data!.verifyCommunityCertificate).toEqual({
      valid: true,
      problem: null,
      serial: a.serial,
      certificateName: '社区志愿服务证明',
      communityName: '东关社区',
      subjectMasked: a.subjectMasked,
      revoked: false,
    });
    expect(JSON.stringify(await t.db.issuedCertificate.findMany())).not.toContain(person.idNumber);
  });

  it('gives concurrent issuers distinct consecutive serials', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => t.gql(ISSUE, { i: input() }, clerk)));
    const serials = results.map((r) => r.data!.issueCommunityCertificate.serial as string);
    expect(new Set(serials).size).toBe(6);
    const numbers = serials.map((s) => Number(s.slice(-6))).sort((x, y) => x - y);
    expect(numbers[5] - numbers[0]).toBe(5);
  });

  it('refuses anything not on the permitted list, and counts the attempt', async () => {
    const before = await t.db.communityCheck.count({ where: { decision: 'REFUSED' } });
    const res = await t.gql(ISSUE, { i: input({ certificateCode: 'RESIDENCE' }) }, clerk);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].message).toMatch(/告知承诺/);
    expect(await t.db.communityCheck.count({ where: { decision: 'REFUSED' } })).toBe(before + 1);
    expect(await t.db.issuedCertificate.count({ where: { certificateCode: 'RESIDENCE' } })).toBe(0);
  });

  it('refuses issuing for another community', async () => {
    const res = await t.gql(ISSUE, { i: input({ communityCode: '621022100002' }) }, clerk);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });

  it('refuses an invalid ID number and an ID number inside the content', async () => {
    expect(
      errorCodes(
        await t.gql(
          ISSUE,
          { i: input({ idNumber: person.idNumber.slice(0, 17) + (person.idNumber[17] === '1' ? '2' : '1') }) },
          clerk,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.gql(ISSUE, { i: input({ content: `本人${person.idNumber}参加服务` }) }, clerk))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('revokes, after which the certificate no longer verifies', async () => {
    const c = (await t.gql(ISSUE, { i: input() }, clerk)).data!.issueCommunityCertificate;
    const other = await t.token(Role.COMMUNITY_STAFF, { region: '621022100002' });
    expect(
      errorCodes(
        await t.gql(
          `mutation($id: ID!) { revokeCommunityCertificate(id: $id, reason: "错开") { status } }`,
          { id: c.id },
          other,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    const r = await t.gql(
      `mutation($id: ID!) { revokeCommunityCertificate(id: $id, reason: "信息填写错误") { status revokeReason } }`,
      { id: c.id },
      clerk,
    );
    expect(r.data!.revokeCommunityCertificate).toEqual({ status: 'REVOKED', revokeReason: '信息填写错误' });
    expect((await t.gql(CHECK, { t: c.token })).data!.verifyCommunityCertificate).toMatchObject({
      valid: false,
      revoked: true,
      problem: expect.stringMatching(/^该证明已于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 撤销：信息填写错误$/),
    });
    expect(
      errorCodes(
        await t.gql(
          `mutation($id: ID!) { revokeCommunityCertificate(id: $id, reason: "again") { status } }`,
          { id: c.id },
          clerk,
        ),
      ),
    ).toEqual(['CONFLICT']);
  });

  it('does not verify an altered or forged token', async () => {
    const c = (await t.gql(ISSUE, { i: input() }, clerk)).data!.issueCommunityCertificate;
    const [h, p, s] = (c.token as string).split('.');
    const body = JSON.parse(Buffer.from(p, 'base64url').toString());
    const altered = `${h}.${Buffer.from(JSON.stringify({ ...body, content: '参加服务500小时' })).toString('base64url')}.${s}`;
    expect((await t.gql(CHECK, { t: altered })).data!.verifyCommunityCertificate.valid).toBe(false);
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT(body)
      .setProtectedHeader({
        alg: 'ES256',
        kid: JSON.parse(Buffer.from(h, 'base64url').toString()).kid,
        typ: 'community-certificate+jwt',
      })
      .sign(privateKey);
    expect((await t.gql(CHECK, { t: forged })).data!.verifyCommunityCertificate).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/签名无效/),
    });
  });
});
