import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { Role } from '#gw/auth';
import { checkCharacter, idNumberProblem } from '#gw/common';
import { readStatusList } from '#gw/status';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const run = promisify(execFile);
const VERIFIER = join(__dirname, 'offline', 'status-check.mjs');
const STATUS = `status { status changedAt reason reasonText listUri index }`;
const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id outcome nextRoute receipt } }`;
const FIELDS = `id status noticeHash record`;
const OFFER = `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { ${FIELDS} } }`;
const SIGN = `mutation($i: SignCommitmentInput!) { signCommitment(input: $i) { ${FIELDS} } }`;
const POST = `mutation($i: PostVerifyCommitmentInput!) { recordPostVerification(input: $i) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawCommitment(id: $id, reason: "当事人决定提交证明材料") { status } }`;
const VERIFICATION = `query($id: ID!) { verification(id: $id) { outcome route source nextRoute receipt attempts { route outcome } } }`;
const CHECK_RECEIPT = `query($t: String!) { verifyReceipt(token: $t) { valid problem outcome ${STATUS} } }`;
const CHECK_RECORD = `query($t: String!) { verifyCommitmentRecord(token: $t) { valid problem commitmentId ${STATUS} } }`;
const CHECK_CERT = `query($t: String!) { verifyCommunityCertificate(token: $t) { valid problem revoked ${STATUS} } }`;
const ISSUE = `mutation($i: IssueCommunityCertificateInput!) { issueCommunityCertificate(input: $i) { id token } }`;
const DONGGUAN = '621022100001';
const COMMUNITY = '621022100002';

let seq = 0;
// residents unknown to every source, so that shared data and assist cannot settle their facts
function stranger(): string {
  for (;;) {
    const birth = new Date(Date.UTC(1985, 0, 1) + (seq++ % 3000) * 86_400_000)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    const first17 = `621022${birth}${String(100 + (seq % 900)).slice(-3)}`;
    const id = first17 + checkCharacter(first17);
    if (!population().population.byIdNumber.has(id) && idNumberProblem(id) === null) return id;
  }
}
const evidence = (s: string) => createHash('sha256').update(s).digest('hex');
interface Ref {
  idx: number;
  uri: string;
}
const refOf = (token: string): Ref => (decodeJwt(token).status as { status_list: Ref }).status_list;

describe('status lists of everything the gateway signs (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let clerk: string;
  let mzOfficer: string;
  let work: string;

  beforeAll(async () => {
    t = await startTestApp({ VERIFICATION_SWEEP_MS: '3600000', STATUS_LIST_TTL_SEC: '60' });
    // the gateway's public URL is known only once it listens on its random port
    t.config.statusList.publicUrl = t.url;
    s = await startSources(t, { only: ['MZ_HUNYIN'] });
    clerk = await t.token(Role.WINDOW_STAFF, { subject: 'window-status' });
    mzOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_MZ' });
    work = mkdtempSync(join(tmpdir(), 'status-offline-'));
    // a gateway boots on a fresh database clone: slow on a loaded machine
  }, 120_000);
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  // A signed commitment whose verification is COMMITTED.
  async function committed(communityCode?: string) {
    const idNumber = stranger();
    const v = await t.gql(
      VERIFY,
      {
        i: {
          factType: 'MARITAL_STATUS',
          subject: { idNumber },
          claim: { status: 'UNMARRIED' },
          matter: '公共租赁住房申请',
          purpose: '核实',
          idempotencyKey: `status-${process.pid}-${++seq}`,
          ...(communityCode ? { communityCode } : {}),
        },
      },
      clerk,
    );
    const vid: string = v.data!.verifyFact.id;
    const firstReceipt: string = v.data!.verifyFact.receipt;
    const req = await t.gql(
      `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`,
      { i: { verificationId: vid, idNumber } },
      clerk,
    );
    await t.gql(
      `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id } }`,
      { i: { id: req.data!.requestAssist.id, answer: 'UNABLE', note: '本部门无该人登记' } },
      mzOfficer,
    );
    const offered = (await t.gql(OFFER, { i: { verificationId: vid, idNumber } }, clerk)).data!.offerCommitment;
    const signed = (
      await t.gql(
        SIGN,
        {
          i: {
            id: offered.id,
            signerIdNumber: idNumber,
            acceptedNoticeHash: offered.noticeHash,
            method: 'ON_SCREEN',
            evidenceHash: evidence(`sig-${offered.id}`),
            evidenceRef: `window-pad/${offered.id}.png`,
          },
        },
        clerk,
      )
    ).data!.signCommitment;
    const verification = (await t.gql(VERIFICATION, { id: vid }, clerk)).data!.verification;
    expect(verification.outcome).toBe('COMMITTED');
    return { vid, commitmentId: offered.id as string, record: signed.record as string, firstReceipt, verification };
  }

  async function jwksFile(): Promise<string> {
    const file = join(work, 'jwks.json');
    writeFileSync(file, JSON.stringify((await t.http().get('/.well-known/jwks.json')).body));
    return file;
  }

  // the independent verifier: no gateway code, only node:crypto, node:zlib and node:fs
  async function offlineCheck(token: string, cache: string, ...flags: string[]) {
    const tokenFile = join(work, `token-${++seq}.jwt`);
    writeFileSync(tokenFile, token);
    try {
      const { stdout } = await run(process.execPath, [VERIFIER, tokenFile, await jwksFile(), cache, ...flags]);
      return { code: 0, ...JSON.parse(stdout) };
    } catch (err) {
      const e = err as { code: number; stdout: string };
      return { code: e.code, ...JSON.parse(e.stdout) };
    }
  }

  it('puts a status reference into every signed output, each with its own index in a list the gateway publishes', async () => {
    const c = await committed();
    const cert = (
      await t.gql(
        ISSUE,
        {
          i: {
            communityCode: DONGGUAN,
            certificateCode: 'VOLUNTEER_SERVICE',
            idNumber: population().samples.married.idNumber,
            purpose: '升学材料',
            content: '2026年参加社区志愿服务共计24小时',
          },
        },
        await t.token(Role.COMMUNITY_STAFF, { region: DONGGUAN }),
      )
    ).data!.issueCommunityCertificate;
    const refs = [c.firstReceipt, c.verification.receipt, c.record, cert.token].map(refOf);
    for (const r of refs) {
      expect(r.uri).toMatch(new RegExp(`^${t.url}/status-lists/\\d+$`));
      expect(Number.isInteger(r.idx)).toBe(true);
    }
    expect(new Set(refs.map((r) => `${r.uri}#${r.idx}`)).size).toBe(4);

    const res = await t.http().get(new URL(refs[0].uri).pathname);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/statuslist\+jwt/);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const token = res.text;
    expect(decodeProtectedHeader(token)).toMatchObject({ typ: 'statuslist+jwt', alg: 'ES256' });
    const jwks = (await t.http().get('/.well-known/jwks.json')).body as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toContain(decodeProtectedHeader(token).kid);
    const payload = decodeJwt(token) as { sub: string; exp: number; iat: number; ttl: number; status_list: any };
    expect(payload).toMatchObject({ sub: refs[0].uri, ttl: 60, iss: 'cert-gateway', status_list: { bits: 4 } });
    expect(payload.exp).toBeGreaterThan(payload.iat);
    // the first receipt (UNRESOLVED) was superseded by the assist result, the current one is valid
    expect(readStatusList(payload.status_list.lst, 4, refs[0].idx)).toBe(0x0c);
    expect(readStatusList(payload.status_list.lst, 4, refs[1].idx)).toBe(0);
    const first = await t.gql(CHECK_RECEIPT, { t: c.firstReceipt });
    expect(first.data!.verifyReceipt).toMatchObject({
      valid: false,
      outcome: 'UNRESOLVED',
      status: { status: 'SUPERSEDED', reason: 'ROUTE_RESULT', index: refs[0].idx, listUri: refs[0].uri },
    });
    expect(first.data!.verifyReceipt.problem).toMatch(
      /^该回执于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）已被取代/,
    );
    const current = await t.gql(CHECK_RECEIPT, { t: c.verification.receipt });
    expect(current.data!.verifyReceipt).toMatchObject({
      valid: true,
      problem: null,
      outcome: 'COMMITTED',
      status: { status: 'VALID', changedAt: null, reason: null },
    });
    const cs = await t.gql(CHECK_CERT, { t: cert.token });
    expect(cs.data!.verifyCommunityCertificate).toMatchObject({ valid: true, status: { status: 'VALID' } });
  });

  it('a breach: the record reads BREACHED, the verification is REFUTED with a new receipt, the COMMITTED one is superseded, counted once', async () => {
    const c = await committed(COMMUNITY);
    const burden = async () =>
      (await t.db.burdenDaily.findMany({ where: { communityCode: COMMUNITY } })).reduce(
        (n, d) => n + d.verifiedByOtherRoutes,
        0,
      );
    expect(await burden()).toBe(1);
    const mark = await t.auditMark();
    const breach = await t.gql(
      POST,
      { i: { id: c.commitmentId, result: 'BREACHED', evidence: '核查发现已于2020年登记结婚' } },
      clerk,
    );
    expect(breach.data!.recordPostVerification.status).toBe('BREACHED');

    const v = (await t.gql(VERIFICATION, { id: c.vid }, clerk)).data!.verification;
    expect(v).toMatchObject({ outcome: 'REFUTED', route: 'COMMITMENT', source: 'HX_ZWFW', nextRoute: null });
    expect(v.attempts.at(-1)).toEqual({ route: 'COMMITMENT', outcome: 'REFUTED' });
    expect(v.receipt).not.toBe(c.verification.receipt);
    expect((await t.gql(CHECK_RECEIPT, { t: v.receipt })).data!.verifyReceipt).toMatchObject({
      valid: true,
      outcome: 'REFUTED',
      status: { status: 'VALID' },
    });
    const old = (await t.gql(CHECK_RECEIPT, { t: c.verification.receipt })).data!.verifyReceipt;
    expect(old).toMatchObject({
      valid: false,
      outcome: 'COMMITTED',
      status: { status: 'SUPERSEDED', reason: 'COMMITMENT_BREACHED', reasonText: '告知承诺经事后核查不实' },
    });
    expect(new Date(old.status.changedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const record = (await t.gql(CHECK_RECORD, { t: c.record })).data!.verifyCommitmentRecord;
    expect(record).toMatchObject({
      valid: false,
      commitmentId: c.commitmentId,
      status: { status: 'BREACHED', reason: 'COMMITMENT_BREACHED' },
    });
    expect(record.problem).toMatch(/承诺记录于 .*（北京时间）承诺不实：告知承诺经事后核查不实/);
    // the count moved to the day of the breach and was not doubled
    expect(await burden()).toBe(1);
    const actions = (await t.auditSince(mark)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['commitment.postVerify', 'verification.routeResult', 'credit.record']),
    );

    // the independent verifier reads the same from the published list
    const cache = mkdtempSync(join(work, 'cache-'));
    expect(await offlineCheck(c.record, cache)).toMatchObject({
      code: 0,
      status: 'BREACHED',
      idx: refOf(c.record).idx,
    });
    expect(await offlineCheck(c.verification.receipt, cache)).toMatchObject({ code: 0, status: 'SUPERSEDED' });
    expect(await offlineCheck(v.receipt, cache, '--offline')).toMatchObject({ code: 0, status: 'VALID' });
  });

  it('a withdrawal: the record reads WITHDRAWN and the COMMITTED receipt is superseded, online and offline', async () => {
    const c = await committed();
    const cache = mkdtempSync(join(work, 'cache-'));
    expect(await offlineCheck(c.record, cache)).toMatchObject({ code: 0, status: 'VALID' });
    expect((await t.gql(WITHDRAW, { id: c.commitmentId }, clerk)).data!.withdrawCommitment.status).toBe('WITHDRAWN');
    expect((await t.gql(CHECK_RECORD, { t: c.record })).data!.verifyCommitmentRecord).toMatchObject({
      valid: false,
      status: { status: 'WITHDRAWN', reason: 'COMMITMENT_WITHDRAWN' },
    });
    expect((await t.gql(CHECK_RECEIPT, { t: c.verification.receipt })).data!.verifyReceipt).toMatchObject({
      valid: false,
      status: { status: 'SUPERSEDED', reason: 'COMMITMENT_WITHDRAWN' },
    });
    // a verifier that cached the list before still reads the old status until it fetches again
    expect(await offlineCheck(c.record, cache, '--offline')).toMatchObject({ code: 0, status: 'VALID' });
    const fresh = mkdtempSync(join(work, 'cache-'));
    expect(await offlineCheck(c.record, fresh)).toMatchObject({ code: 0, status: 'WITHDRAWN' });
  });

  it('a revoked community certificate reads REVOKED, with its time and reason', async () => {
    const staff = await t.token(Role.COMMUNITY_STAFF, { region: DONGGUAN, subject: 'dg-status' });
    const cert = (
      await t.gql(
        ISSUE,
        {
          i: {
            communityCode: DONGGUAN,
            certificateCode: 'VOLUNTEER_SERVICE',
            idNumber: population().samples.married.idNumber,
            purpose: '升学材料',
            content: '2026年参加社区志愿服务共计12小时',
          },
        },
        staff,
      )
    ).data!.issueCommunityCertificate;
    // another community cannot revoke it, and nothing changes
    const other = await t.token(Role.COMMUNITY_STAFF, { region: '621022100002' });
    const refused = await t.gql(
      `mutation($id: ID!) { revokeCommunityCertificate(id: $id, reason: "错开") { status } }`,
      { id: cert.id },
      other,
    );
    expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
    expect((await t.gql(CHECK_CERT, { t: cert.token })).data!.verifyCommunityCertificate.status.status).toBe('VALID');
    const mark = await t.auditMark();
    await t.gql(
      `mutation($id: ID!) { revokeCommunityCertificate(id: $id, reason: "信息填写错误") { status } }`,
      { id: cert.id },
      staff,
    );
    expect((await t.auditSince(mark)).map((e) => e.action)).toContain('community.revokeCertificate');
    const check = (await t.gql(CHECK_CERT, { t: cert.token })).data!.verifyCommunityCertificate;
    expect(check).toMatchObject({
      valid: false,
      revoked: true,
      status: { status: 'REVOKED', reason: 'CERTIFICATE_REVOKED' },
    });
    expect(check.problem).toMatch(/^该证明已于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 撤销：信息填写错误$/);
    expect(await offlineCheck(cert.token, mkdtempSync(join(work, 'cache-')))).toMatchObject({
      code: 0,
      status: 'REVOKED',
    });
  });

  describe('bad cases', () => {
    it('answers 404 for a list that does not exist or is not a list number', async () => {
      for (const path of [
        '/status-lists/999999',
        '/status-lists/131071',
        '/status-lists/131072',
        '/status-lists/999999999',
        '/status-lists/abc',
        '/status-lists/-1',
        '/status-lists/1e3',
      ]) {
        const res = await t.http().get(path);
        expect(res.status).toBe(404);
        expect(JSON.stringify(res.body)).not.toMatch(/stack|prisma|Error:/i);
      }
      expect((await t.http().get('/status-lists/999999')).body).toEqual({
        error: { code: 'NOT_FOUND', message: '未找到该状态列表' },
      });
    });

    it('the offline verifier refuses a forged list (bad signature) and a list past its exp', async () => {
      const c = await committed();
      const ref = refOf(c.record);
      const cache = mkdtempSync(join(work, 'cache-'));
      expect(await offlineCheck(c.record, cache)).toMatchObject({ code: 0, status: 'VALID' });
      const cached = join(cache, `${createHash('sha256').update(ref.uri).digest('hex')}.jwt`);
      const genuine = readFileSync(cached, 'utf8');

      // stale: a cached list is read only until its exp
      const { exp } = decodeJwt(genuine);
      expect(await offlineCheck(c.record, cache, '--offline', `--now=${exp! + 1}`)).toEqual({
        code: 2,
        error: 'STALE',
      });

      // forged: the same list claiming everything is valid, signed by another key under the gateway's key id
      const { privateKey } = await generateKeyPair('ES256');
      const header = decodeProtectedHeader(genuine);
      const forged = await new SignJWT(decodeJwt(genuine))
        .setProtectedHeader({ ...header, alg: 'ES256' })
        .sign(privateKey);
      writeFileSync(cached, forged);
      expect(await offlineCheck(c.record, cache, '--offline')).toEqual({ code: 2, error: 'BAD_SIGNATURE' });
      // altered: the genuine signature over a changed payload
      const [h, , sig] = genuine.split('.');
      const changed = { ...decodeJwt(genuine), status_list: { bits: 4, lst: 'eNoDAAAAAAE' } };
      writeFileSync(cached, `${h}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${sig}`);
      expect(await offlineCheck(c.record, cache, '--offline')).toEqual({ code: 2, error: 'BAD_SIGNATURE' });
      // a genuine gateway token of another kind is not a status list
      writeFileSync(cached, c.verification.receipt);
      expect(await offlineCheck(c.record, cache, '--offline')).toEqual({ code: 2, error: 'WRONG_TYPE' });
      // and a token the gateway did not sign is refused before any list is read
      const foreign = await new SignJWT({ status: { status_list: ref } })
        .setProtectedHeader({ alg: 'ES256', kid: header.kid, typ: 'commitment-record+jwt' })
        .sign(privateKey);
      expect(await offlineCheck(foreign, cache, '--offline')).toEqual({ code: 2, error: 'BAD_SIGNATURE' });
      // the gateway itself does not take a forged output's status reference
      const check = (await t.gql(CHECK_RECORD, { t: foreign })).data!.verifyCommitmentRecord;
      expect(check).toMatchObject({ valid: false, status: null });
    });

    it('the verifier uses nothing of the gateway: only node: built-ins', () => {
      const source = readFileSync(VERIFIER, 'utf8');
      const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
      expect(imports.length).toBeGreaterThan(0);
      expect(imports.every((i) => i.startsWith('node:'))).toBe(true);
      expect(source).not.toMatch(/require\(|import\(/);
    });
  });
});
