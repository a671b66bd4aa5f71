import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Role } from '#gw/auth';
import { checkCharacter, idNumberProblem } from '#gw/common';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, GqlResponse, startTestApp, TestApp } from './helpers/test-app';

// Issue 10 part 4: after every kind of operation has run with known ID numbers and names, none
// of them is found in the clear anywhere the gateway writes or publishes: the database (the
// SQLite file and its WAL as raw bytes, every table's rows as text), the logs, /metrics, and
// every signed token's payload. Sealed (AES-GCM) fields hold them only encrypted, so a raw search
// never finds them there either.

const DONGGUAN = '621022100001';
let seq = 0;

// residents unknown to every source, so that their facts go on to assist and commitment
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

const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id outcome nextRoute receipt claim } }`;
const REQUEST = `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id persons { field masked } } }`;
const REVEAL = `mutation($id: ID!, $f: String) { revealAssistSubject(id: $id, field: $f) }`;
const ANSWER = `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id status } }`;
const CANCEL = `mutation($id: ID!, $r: String!) { cancelAssistRequest(id: $id, reason: $r) { id status } }`;
const OFFER = `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { id noticeHash noticeText } }`;
const SIGN = `mutation($i: SignCommitmentInput!) { signCommitment(input: $i) { id record } }`;
const POST = `mutation($i: PostVerifyCommitmentInput!) { recordPostVerification(input: $i) { id status } }`;
const WITHDRAW = `mutation($id: ID!, $r: String!) { withdrawCommitment(id: $id, reason: $r) { id status } }`;
const CREDIT = `query($s: String) { creditRecords(subjectIdNumber: $s) { id subjectMasked } }`;
const REPAIR = `mutation($id: ID!, $n: String!) { repairCreditRecord(id: $id, note: $n) { id } }`;
const CHECK = `mutation($i: CheckCommunityCertificateInput!) { checkCommunityCertificate(input: $i) { id decision } }`;
const ISSUE = `mutation($i: IssueCommunityCertificateInput!) { issueCommunityCertificate(input: $i) { id token qr } }`;
const REVOKE = `mutation($id: ID!, $r: String!) { revokeCommunityCertificate(id: $id, reason: $r) { id status } }`;

// the shapes people type an ID number in
function disguises(id: string): string[] {
  const wide = id.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return [
    id,
    id.toLowerCase(),
    wide,
    `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`,
    `${id.slice(0, 6)}-${id.slice(6, 10)}-${id.slice(10, 14)}-${id.slice(14)}`,
  ];
}

function payloadOf(token: string): string {
  const jws = token.startsWith('HXZM1:') ? token.slice(6) : token;
  const [, payload] = jws.split('.');
  return Buffer.from(payload, 'base64url').toString('utf8');
}

describe('no ID number or name outside sealed fields (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  const logLines: string[] = [];
  const tokens: string[] = [];
  const { married, spouse } = population().samples;
  const assisted = stranger();
  const assistedSpouse = stranger();
  const withdrawn = stranger();
  const cancelled = stranger();
  // everything searched for: every ID number used, the names the claims and subjects carried
  const ids = [married.idNumber, spouse.idNumber, assisted, assistedSpouse, withdrawn, cancelled];
  const names = [married.name, ...(married.formerName ? [married.formerName] : [])];
  let clerk: string;
  let mzOfficer: string;
  let admin: string;
  let community: string;

  const ok = <T extends GqlResponse>(res: T): T => {
    expect(res.errors).toBeUndefined();
    return res;
  };
  const verify = (idNumber: string, factType: string, claim: Record<string, unknown>, name?: string) =>
    t.gql(
      VERIFY,
      {
        i: {
          factType,
          subject: { idNumber, ...(name ? { name } : {}) },
          claim,
          matter: '公共租赁住房申请',
          purpose: '核实',
          // a key a client derived from the resident's ID number: kept only as a keyed hash
          idempotencyKey: `HX-${idNumber}-${++seq}`,
        },
      },
      clerk,
    );

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'debug', VERIFICATION_SWEEP_MS: '3600000' }, { logLines });
    s = await startSources(t, { only: ['MZ_HUNYIN', 'GA_HUJI'] });
    clerk = await t.token(Role.WINDOW_STAFF, { subject: 'window-privacy' });
    mzOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_MZ', subject: 'mz-privacy' });
    admin = await t.token(Role.LIST_ADMIN, { subject: 'admin-privacy' });
    community = await t.token(Role.COMMUNITY_STAFF, { region: DONGGUAN, subject: 'dg-privacy' });
  });
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('runs the verification, assist, commitment, credit and community flows with known people', async () => {
    // shared data: the IDENTITY claim names the resident, the subject carries the name too
    const identity = ok(await verify(married.idNumber, 'IDENTITY', { name: married.name }, married.name)).data!
      .verifyFact;
    expect(JSON.stringify(identity.claim)).not.toContain(married.name);
    expect(identity.receipt).toEqual(expect.any(String));
    tokens.push(identity.receipt);
    const marital = ok(
      await verify(married.idNumber, 'MARITAL_STATUS', { status: 'MARRIED', spouseIdNumber: spouse.idNumber }),
    ).data!.verifyFact;
    expect(marital.outcome).toBe('CONFIRMED');
    tokens.push(marital.receipt);
    for (const token of tokens)
      expect(
        ok(await t.gql(`query($t: String!) { verifyReceipt(token: $t) { valid payload } }`, { t: token })).data!
          .verifyReceipt.valid,
      ).toBe(true);
    ok(
      await t.gql(
        `query($f: VerificationFilter) { verifications(filter: $f) { totalCount } }`,
        {
          f: { subjectIdNumber: married.idNumber },
        },
        clerk,
      ),
    );

    // assist naming a spouse, revealed and answered; then commitment, breach, credit, repair
    const v1 = ok(await verify(assisted, 'MARITAL_STATUS', { status: 'MARRIED', spouseIdNumber: assistedSpouse })).data!
      .verifyFact;
    expect(v1.nextRoute).toBe('INTER_DEPARTMENT');
    const req = ok(
      await t.gql(
        REQUEST,
        {
          i: {
            verificationId: v1.id,
            idNumber: assisted,
            claimIdNumbers: [{ field: 'spouseIdNumber', idNumber: assistedSpouse }],
          },
        },
        clerk,
      ),
    ).data!.requestAssist;
    expect(ok(await t.gql(REVEAL, { id: req.id, f: 'spouseIdNumber' }, mzOfficer)).data!.revealAssistSubject).toBe(
      assistedSpouse,
    );
    expect(ok(await t.gql(REVEAL, { id: req.id }, mzOfficer)).data!.revealAssistSubject).toBe(assisted);
    ok(await t.gql(ANSWER, { i: { id: req.id, answer: 'UNABLE', note: '本部门婚姻登记档案中无该人登记' } }, mzOfficer));
    const offered = ok(await t.gql(OFFER, { i: { verificationId: v1.id, idNumber: assisted } }, clerk)).data!
      .offerCommitment;
    expect(offered.noticeText).not.toContain(assisted);
    const signed = ok(
      await t.gql(
        SIGN,
        {
          i: {
            id: offered.id,
            signerIdNumber: assisted,
            acceptedNoticeHash: offered.noticeHash,
            method: 'ON_SCREEN',
            evidenceHash: createHash('sha256').update(offered.id).digest('hex'),
            evidenceRef: `window-pad/${offered.id}.png`,
          },
        },
        clerk,
      ),
    ).data!.signCommitment;
    tokens.push(signed.record);
    ok(await t.gql(`query($t: String!) { verifyCommitmentRecord(token: $t) { valid } }`, { t: signed.record }));
    ok(
      await t.gql(
        POST,
        { i: { id: offered.id, result: 'BREACHED', evidence: '经民政部门事后核查，当事人已婚' } },
        clerk,
      ),
    );
    const records = ok(await t.gql(CREDIT, { s: assisted }, admin)).data!.creditRecords;
    expect(records).toHaveLength(1);
    ok(await t.gql(REPAIR, { id: records[0].id, n: '当事人已主动纠正并提交说明' }, admin));

    // a commitment withdrawn, an assist cancelled
    const v2 = ok(await verify(withdrawn, 'MARITAL_STATUS', { status: 'UNMARRIED' })).data!.verifyFact;
    const req2 = ok(await t.gql(REQUEST, { i: { verificationId: v2.id, idNumber: withdrawn } }, clerk)).data!
      .requestAssist;
    ok(await t.gql(ANSWER, { i: { id: req2.id, answer: 'UNABLE', note: '无该人登记' } }, mzOfficer));
    const offered2 = ok(await t.gql(OFFER, { i: { verificationId: v2.id, idNumber: withdrawn } }, clerk)).data!
      .offerCommitment;
    ok(await t.gql(WITHDRAW, { id: offered2.id, r: '当事人决定补交证明材料' }, clerk));
    const v3 = ok(await verify(cancelled, 'MARITAL_STATUS', { status: 'UNMARRIED' })).data!.verifyFact;
    const req3 = ok(await t.gql(REQUEST, { i: { verificationId: v3.id, idNumber: cancelled } }, clerk)).data!
      .requestAssist;
    ok(await t.gql(CANCEL, { id: req3.id, r: '当事人已自行提交材料' }, clerk));

    // the community: a check, a certificate issued, checked by anyone and revoked
    ok(await t.gql(CHECK, { i: { communityCode: DONGGUAN, certificate: '志愿服务证明' } }, community));
    const issued = ok(
      await t.gql(
        ISSUE,
        {
          i: {
            communityCode: DONGGUAN,
            certificateCode: 'VOLUNTEER_SERVICE',
            idNumber: married.idNumber,
            purpose: '升学材料',
            content: '2026年参加社区志愿服务共计24小时',
          },
        },
        community,
      ),
    ).data!.issueCommunityCertificate;
    tokens.push(issued.token);
    ok(await t.gql(`query($t: String!) { verifyCommunityCertificate(token: $t) { valid } }`, { t: issued.qr }));
    ok(await t.gql(REVOKE, { id: issued.id, r: '出具有误，重新出具' }, community));
  });

  it('refuses an ID number typed into any free-text field, in any shape, and stores nothing of it', async () => {
    const id = married.idNumber;
    const attempts: [string, (text: string) => Promise<GqlResponse>][] = [
      [
        'matter',
        (text) =>
          t.gql(
            VERIFY,
            {
              i: {
                factType: 'MARITAL_STATUS',
                subject: { idNumber: id },
                claim: { status: 'MARRIED' },
                matter: `公租房 ${text}`,
                purpose: '核实',
                idempotencyKey: `bad-key-${++seq}`,
              },
            },
            clerk,
          ),
      ],
      [
        'subject name',
        (text) =>
          t.gql(
            VERIFY,
            {
              i: {
                factType: 'IDENTITY',
                subject: { idNumber: id, name: text },
                claim: { name: married.name },
                matter: '公租房',
                purpose: '核实',
                idempotencyKey: `bad-key-${++seq}`,
              },
            },
            clerk,
          ),
      ],
      [
        'claim text',
        (text) =>
          t.gql(
            VERIFY,
            {
              i: {
                factType: 'IDENTITY',
                subject: { idNumber: id },
                claim: { name: married.name, formerName: text },
                matter: '公租房',
                purpose: '核实',
                idempotencyKey: `bad-key-${++seq}`,
              },
            },
            clerk,
          ),
      ],
      [
        'content',
        (text) =>
          t.gql(
            ISSUE,
            {
              i: {
                communityCode: DONGGUAN,
                certificateCode: 'VOLUNTEER_SERVICE',
                idNumber: id,
                purpose: '升学材料',
                content: `志愿服务 ${text}`,
              },
            },
            community,
          ),
      ],
      [
        'certificate phrase',
        (text) => t.gql(CHECK, { i: { communityCode: DONGGUAN, certificate: `证明${text}` } }, community),
      ],
    ];
    const before = await t.db.verification.count();
    for (const [field, run] of attempts)
      for (const text of disguises(id)) {
        const res = await run(text);
        expect([field, errorCodes(res)]).toEqual([field, ['BAD_USER_INPUT']]);
        expect(res.errors![0].message).toMatch(/不应包含公民身份号码/);
      }
    expect(await t.db.verification.count()).toBe(before);
  });

  it('finds none of them in the database, its files, the logs, /metrics or any signed payload', async () => {
    const wanted = [...ids, ...names];
    const found = (where: string, text: string) =>
      wanted
        .filter((w) => text.includes(w))
        .map((w) => `${where}: ${ids.includes(w) ? w.slice(0, 6) + '…' : '(name)'}`);
    const leaks: string[] = [];

    // every table, every row, as text
    const url = t.config.databaseUrl;
    const sqlite = url.startsWith('file:');
    const tables = sqlite
      ? (
          await t.db.$queryRawUnsafe<{ name: string }[]>(
            `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
          )
        ).map((r) => r.name)
      : (
          await t.db.$queryRawUnsafe<{ name: string }[]>(
            `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
          )
        ).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['Verification', 'AssistRequest', 'Commitment', 'CreditOutbox', 'AuditEvent']),
    );
    for (const table of tables) {
      const rows = sqlite
        ? await t.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`)
        : await t.db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${table}" t`);
      leaks.push(
        ...found(
          `table ${table}`,
          JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
        ),
      );
    }
    if (sqlite) {
      // the raw files, as UTF-8 and as UTF-16: freed pages and the WAL keep what a row once held
      const file = url.slice('file:'.length);
      for (const path of [file, `${file}-wal`, `${file}-journal`].filter((p) => existsSync(p))) {
        const bytes = readFileSync(path);
        for (const w of wanted) {
          if (bytes.includes(Buffer.from(w, 'utf8')) || bytes.includes(Buffer.from(w, 'utf16le')))
            leaks.push(...found(`file ${path.split('/').pop()}`, w));
        }
      }
    }

    // the logs (at debug), /metrics, every signed payload
    expect(logLines.length).toBeGreaterThan(10);
    leaks.push(...found('logs', logLines.join('\n')));
    const metrics = await t.http().get('/metrics');
    expect(metrics.status).toBe(200);
    leaks.push(...found('/metrics', metrics.text));
    const stored = [
      ...(await t.db.verification.findMany({ select: { receipt: true } })).map((r) => r.receipt),
      ...(await t.db.commitment.findMany({ select: { record: true } })).map((r) => r.record),
      ...(await t.db.issuedCertificate.findMany({ select: { token: true } })).map((r) => r.token),
      ...(await t.db.auditCheckpoint.findMany({ select: { token: true } })).map((r) => r.token),
    ].filter((x): x is string => !!x);
    expect(stored.length).toBeGreaterThan(tokens.length);
    for (const token of [...tokens, ...stored]) leaks.push(...found('signed payload', payloadOf(token)));
    // and what the public verifier hands back
    for (const token of tokens.slice(0, 2)) {
      const res = await t.gql(`query($t: String!) { verifyReceipt(token: $t) { payload subjectMasked } }`, {
        t: token,
      });
      leaks.push(...found('verifyReceipt', JSON.stringify(res.data)));
    }

    expect(leaks).toEqual([]);
  });
});
