import { createHash } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, exportJWK, generateKeyPair, JWK } from 'jose';
import { Sandbox, startSandbox } from '../apps/sandbox-sources/src';
import { Role } from '#gw/auth';
import { checkCharacter, idNumberProblem, loadConfig } from '#gw/common';
import { CreditDeliveryService } from '#gw/credit';
import { verifyDetached } from '#gw/protocol';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

// Parts 9, 11 and 12 of issue 11, end to end through HTTP: deadlines shortened by configuration
// (not by editing the database) run out under the gateway's own sweeps; departments hear of new
// and overdue work through their webhooks, at least once with stable ids; a breach reaches the
// credit platform with the ID number, which the outbox kept sealed only until it was delivered.

const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id outcome nextRoute } }`;
const REQUEST = `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id kind status toDepartment dueAt } }`;
const ANSWER = `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id status } }`;
const VERIFICATION = `query($id: ID!) { verification(id: $id) { outcome nextRoute attempts { route outcome } } }`;
const C_FIELDS = `id status signedAt postVerifyDueAt overdue`;
const OFFER = `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { id noticeHash } }`;
const SIGN = `mutation($i: SignCommitmentInput!) { signCommitment(input: $i) { ${C_FIELDS} } }`;
const COMMITMENT = `query($id: ID!) { commitment(id: $id) { ${C_FIELDS} } }`;
const POST = `mutation($i: PostVerifyCommitmentInput!) { recordPostVerification(input: $i) { ${C_FIELDS} } }`;
const TO_POST_VERIFY = `query($f: CommitmentFilter, $first: Int, $after: String) {
  commitmentsToPostVerify(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id status overdue }
  }
}`;
const DELIVERIES = `query { creditDeliveries(first: 50) { nodes { id type status payload } } }`;

// the shortened deadlines this gateway runs with (the catalog says 72 hours and 60 days)
const DEADLINES = 'RESIDENCE.assist=3,MARITAL_STATUS.postVerify=4';

interface Hit {
  path: string;
  headers: IncomingHttpHeaders;
  body: { id: string; type: string; occurredAt: string; payload: Record<string, unknown> };
  signed: boolean;
}

// A department's receiving end: checks the gateway's signature, records every POST, and answers
// 500 while `failing` is set (after recording: the gateway must send the same event again).
async function webhooks(publicJwk: JWK) {
  const keys = createLocalJWKSet({ keys: [publicJwk] });
  const hits: Hit[] = [];
  const state = { failing: false };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const sig = req.headers['x-jws-signature'];
      void verifyDetached(text, typeof sig === 'string' ? sig : undefined, keys, ['ES256'])
        .then(
          () => true,
          () => false,
        )
        .then((signed) => {
          hits.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(text), signed });
          res.writeHead(!signed ? 401 : state.failing ? 500 : 200, { 'content-type': 'application/json' });
          res.end('{}');
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    state,
    // each event once, as a receiver that de-duplicates by id keeps them
    events: () => [...new Map(hits.map((h) => [h.body.id, h])).values()],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let seq = 0;
// residents unknown to every source
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

// polls until the gateway's own timers got there (the test's timeout bounds the wait)
async function until<T>(probe: () => Promise<T | undefined | null | false>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('shortened deadlines, department webhooks and the credit export (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let platform: Sandbox;
  let hooks: Awaited<ReturnType<typeof webhooks>>;
  let delivery: CreditDeliveryService;
  let clerk: string;
  let mzOfficer: string;
  let gaOfficer: string;

  const verify = async (factType: string, idNumber: string, claim: Record<string, unknown>) => {
    const res = await t.gql(
      VERIFY,
      {
        i: {
          factType,
          subject: { idNumber },
          claim,
          matter: '公共租赁住房申请',
          purpose: '核实',
          idempotencyKey: `notices-${process.pid}-${++seq}`,
        },
      },
      clerk,
    );
    expect(res.data!.verifyFact).toMatchObject({ outcome: 'UNRESOLVED', nextRoute: 'INTER_DEPARTMENT' });
    return res.data!.verifyFact.id as string;
  };
  const verification = async (id: string) => (await t.gql(VERIFICATION, { id }, clerk)).data!.verification;
  const outcomes = (v: { attempts: { route: string; outcome: string }[] }) =>
    v.attempts.map((a) => `${a.route}:${a.outcome}`);

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = 'gw-notices-e2e';
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256' };
    hooks = await webhooks(publicJwk);
    platform = await startSandbox({ port: 0, population: population().population, gatewayJwks: { keys: [publicJwk] } });
    t = await startTestApp({
      GATEWAY_SIGNING_KEY: JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: 'ES256' }),
      CREDIT_PLATFORM_URL: `${platform.url}/credit/events`,
      DEPARTMENT_WEBHOOKS: `HX_GA=${hooks.url}/ga,HX_MZ=${hooks.url}/mz,HX_TP_SURVEY=${hooks.url}/tp,HX_TP_SOCIAL_WORK=${hooks.url}/tp`,
      DEADLINE_OVERRIDES: DEADLINES,
      // the gateway's own sweeps run the deadlines out; the outbox is driven by the test
      VERIFICATION_SWEEP_MS: '200',
      CREDIT_DELIVERY_MS: '3600000',
      CREDIT_TIMEOUT_MS: '2000',
    });
    s = await startSources(t, { only: ['MZ_HUNYIN', 'GA_HUJI'] });
    delivery = t.app.get(CreditDeliveryService);
    clerk = await t.token(Role.WINDOW_STAFF, { subject: 'window-notices' });
    mzOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_MZ', subject: 'mz-officer' });
    gaOfficer = await t.token(Role.DEPT_OFFICER, { department: 'HX_GA', subject: 'ga-officer' });
  }, 120_000);
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
    await platform.close();
    await hooks.close();
  });
  afterEach(() => {
    hooks.state.failing = false;
    platform.setCreditFault(null);
  });

  it('refuses shortened deadlines in production unless explicitly allowed', () => {
    const production = {
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
      AUTH_ISSUER: 'https://idp.example',
      SUBJECT_HASH_KEY: 'k'.repeat(32),
      DEADLINE_OVERRIDES: DEADLINES,
    };
    expect(() => loadConfig(production)).toThrow(/DEADLINE_CHANGES_IN_PRODUCTION/);
    expect(() => loadConfig({ ...production, DEADLINE_OVERRIDES: 'RESIDENCE.assist=soon' })).toThrow(
      /DEADLINE_OVERRIDES/,
    );
    expect(loadConfig({ ...production, DEADLINE_CHANGES_IN_PRODUCTION: 'true' }).deadlines.overridesSec).toEqual({
      RESIDENCE: { assist: 3 },
      MARITAL_STATUS: { postVerify: 4 },
    });
  });

  it('lets a shortened assist deadline run out by the sweep: expired, escalated to the third party, the late answer refused', async () => {
    const idNumber = stranger();
    const vid = await verify('RESIDENCE', idNumber, { regionCode: '621022100001' });
    const before = Date.now();
    const req = (await t.gql(REQUEST, { i: { verificationId: vid, idNumber } }, clerk)).data!.requestAssist;
    expect(req).toMatchObject({ kind: 'ASSIST', status: 'OPEN', toDepartment: 'HX_GA' });
    // 3 seconds from configuration instead of the catalog's 72 hours
    expect(new Date(req.dueAt).getTime()).toBeLessThanOrEqual(Date.now() + 3000);
    expect(new Date(req.dueAt).getTime()).toBeGreaterThanOrEqual(before + 3000 - 1000);

    const v = await until(async () => {
      const current = await verification(vid);
      return outcomes(current).includes('INTER_DEPARTMENT:EXPIRED') ? current : null;
    });
    expect(outcomes(v).slice(0, 2)).toEqual(['DATA_SHARING:NO_RECORD', 'INTER_DEPARTMENT:EXPIRED']);
    const late = await t.gql(ANSWER, { i: { id: req.id, answer: 'CONFIRMED', note: '经核实属实' } }, gaOfficer);
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    expect(late.errors![0].message).toMatch(/逾期/);
    // escalated: a third-party check was opened for the commissioned organisation
    const thirdParty = await t.db.assistRequest.findFirstOrThrow({
      where: { verificationId: vid, kind: 'THIRD_PARTY' },
    });
    expect(thirdParty.toDepartment).toMatch(/^HX_TP_/);
    const checker = await t.token(Role.THIRD_PARTY, { department: thirdParty.toDepartment });
    const seen = await t.gql(`query($id: ID!) { assistRequest(id: $id) { id kind } }`, { id: thirdParty.id }, checker);
    expect(seen.data!.assistRequest).toEqual({ id: thirdParty.id, kind: 'THIRD_PARTY' });

    // the departments hear of it: the police of the new and of the overdue request, the
    // commissioned organisation of its new check; a first delivery fails and is retried
    const expected = [
      `ASSIST_REQUESTED:HX_GA:${req.id}`,
      `ASSIST_OVERDUE:HX_GA:${req.id}`,
      `ASSIST_REQUESTED:${thirdParty.toDepartment}:${thirdParty.id}`,
    ];
    hooks.state.failing = true;
    const firstPass = Date.now();
    const first = await delivery.deliverDue();
    expect(first.failed).toBeGreaterThanOrEqual(3);
    const failedRows = await t.db.creditOutbox.findMany({ where: { id: { in: expected } } });
    expect(failedRows.map((r) => [r.status, r.attempts, r.lastError])).toEqual(
      expected.map(() => ['PENDING', 1, expect.stringMatching(/HTTP 500/)]),
    );
    // retried after a backoff (two seconds less jitter after the first failure), not at once
    for (const r of failedRows) expect(r.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(firstPass + 1800);
    expect(hooks.hits.filter((h) => expected.includes(h.body.id))).toHaveLength(3);

    hooks.state.failing = false;
    await delivery.deliverDue(new Date(Date.now() + 60_000));
    const hits = hooks.hits.filter((h) => expected.includes(h.body.id));
    // each sent twice under the same id, every time signed
    expect(hits.map((h) => h.body.id).sort()).toEqual([...expected, ...expected].sort());
    expect(hits.every((h) => h.signed && h.headers['idempotency-key'] === h.body.id)).toBe(true);
    const events = hooks.events().filter((h) => expected.includes(h.body.id));
    expect(new Set(events.map((e) => e.body.id)).size).toBe(3);
    expect(events.find((e) => e.body.id === expected[0])).toMatchObject({
      path: '/ga',
      body: {
        type: 'ASSIST_REQUESTED',
        payload: { department: 'HX_GA', assistRequestId: req.id, verificationId: vid, factType: 'RESIDENCE' },
      },
    });
    expect(events.find((e) => e.body.id === expected[2])!.path).toBe('/tp');
    // the person is named only masked
    expect(JSON.stringify(hits)).not.toContain(idNumber);
    expect((await t.db.creditOutbox.findMany({ where: { id: { in: expected } } })).map((r) => r.status)).toEqual([
      'DELIVERED',
      'DELIVERED',
      'DELIVERED',
    ]);
    // delivered is delivered: no further pass sends them again
    await delivery.deliverDue(new Date(Date.now() + 3_600_000));
    expect(hooks.hits.filter((h) => expected.includes(h.body.id))).toHaveLength(6);
    // a department without a webhook is not queued anything
    expect(await t.db.creditOutbox.count({ where: { destination: 'HX_ZWFW' } })).toBe(0);
  }, 120_000);

  it('makes a commitment due by the sweep, lists it for the fact-owning department, and exports its breach with the sealed ID number', async () => {
    const idNumber = stranger();
    const vid = await verify('MARITAL_STATUS', idNumber, { status: 'UNMARRIED' });
    const req = (await t.gql(REQUEST, { i: { verificationId: vid, idNumber } }, clerk)).data!.requestAssist;
    expect(
      (await t.gql(ANSWER, { i: { id: req.id, answer: 'UNABLE', note: '本部门无该人登记' } }, mzOfficer)).errors,
    ).toBeUndefined();
    const offered = (await t.gql(OFFER, { i: { verificationId: vid, idNumber } }, clerk)).data!.offerCommitment;
    const signed = await t.gql(
      SIGN,
      {
        i: {
          id: offered.id,
          signerIdNumber: idNumber,
          acceptedNoticeHash: offered.noticeHash,
          method: 'ON_SCREEN',
          evidenceHash: createHash('sha256').update(offered.id).digest('hex'),
          evidenceRef: `pad/${offered.id}.png`,
        },
      },
      clerk,
    );
    const c = signed.data!.signCommitment;
    // 4 seconds from configuration instead of the catalog's 60 days
    expect(new Date(c.postVerifyDueAt).getTime() - new Date(c.signedAt).getTime()).toBe(4000);
    const sealedAtRest = (await t.db.commitment.findUniqueOrThrow({ where: { id: c.id } })).subjectSealed;
    expect(sealedAtRest).toEqual(expect.any(String));
    expect(sealedAtRest).not.toContain(idNumber.slice(6, 14));

    // the sweep flags it due; the fact-owning department (县民政局) lists it, others do not
    await until(async () => {
      const got = (await t.gql(COMMITMENT, { id: c.id }, clerk)).data!.commitment;
      return got.overdue ? got : null;
    });
    const due = await t.gql(TO_POST_VERIFY, { f: { due: true } }, mzOfficer);
    expect(due.errors).toBeUndefined();
    expect(due.data!.commitmentsToPostVerify.nodes).toContainEqual({ id: c.id, status: 'SIGNED', overdue: true });
    const ga = await t.gql(TO_POST_VERIFY, {}, gaOfficer);
    expect(ga.data!.commitmentsToPostVerify.nodes.map((n: { id: string }) => n.id)).not.toContain(c.id);
    expect(errorCodes(await t.gql(TO_POST_VERIFY, {}, clerk))).toEqual(['FORBIDDEN']);
    const bad = await t.gql(TO_POST_VERIFY, { f: { verificationId: 'not-an-id' } }, mzOfficer);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    // page by page
    const firstPage = (await t.gql(TO_POST_VERIFY, { first: 1 }, mzOfficer)).data!.commitmentsToPostVerify;
    expect(firstPage.nodes).toHaveLength(1);
    expect(firstPage.totalCount).toBeGreaterThanOrEqual(1);

    // 县民政局 hears of the assist request and of the due post-verification (the gateway's own
    // delivery loop may hold a claim on an event for a moment, so deliver until both arrived)
    const wanted = [`ASSIST_REQUESTED:HX_MZ:${req.id}`, `POST_VERIFICATION_DUE:HX_MZ:${c.id}`];
    const mzIdsNow = () =>
      hooks
        .events()
        .filter((h) => h.path === '/mz')
        .map((h) => h.body.id as string);
    await until(async () => {
      await delivery.deliverDue();
      return wanted.every((id) => mzIdsNow().includes(id));
    });
    const mzIds = mzIdsNow();
    expect(mzIds).toEqual(
      expect.arrayContaining([`ASSIST_REQUESTED:HX_MZ:${req.id}`, `POST_VERIFICATION_DUE:HX_MZ:${c.id}`]),
    );
    expect(hooks.events().find((h) => h.body.id === `POST_VERIFICATION_DUE:HX_MZ:${c.id}`)!.body.payload).toMatchObject(
      {
        commitmentId: c.id,
        factType: 'MARITAL_STATUS',
        requesterDepartment: 'HX_ZWFW',
      },
    );

    // the breach: the ID number moves, still sealed, from the commitment to the outbox
    // recorded by the fact-owning department's officer; another department's does not find it
    const postInput = { id: c.id, result: 'BREACHED', evidence: '经核查当事人已登记结婚' };
    expect(errorCodes(await t.gql(POST, { i: postInput }, gaOfficer))).toEqual(['NOT_FOUND']);
    expect((await t.db.commitment.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('SIGNED');
    const breached = await t.gql(POST, { i: postInput }, mzOfficer);
    expect(breached.errors).toBeUndefined();
    expect(breached.data!.recordPostVerification.status).toBe('BREACHED');
    expect((await t.db.commitment.findUniqueOrThrow({ where: { id: c.id } })).subjectSealed).toBeNull();
    const event = (
      await t.db.creditOutbox.findMany({ where: { type: 'CREDIT_RECORD_CREATED', destination: 'CREDIT_PLATFORM' } })
    ).find((r) => (r.payload as { commitmentId?: string }).commitmentId === c.id)!;
    expect(event).toBeDefined();
    expect(event.subjectSealed).toBe(sealedAtRest);
    expect(JSON.stringify(event.payload)).not.toContain(idNumber);

    // the platform is down: the event waits, still sealed
    platform.setCreditFault({ down: true });
    await delivery.deliverDue();
    expect(await t.db.creditOutbox.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      subjectSealed: sealedAtRest,
    });
    expect(platform.creditEvents().find((e) => e.id === event.id)).toBeUndefined();

    platform.setCreditFault(null);
    await delivery.deliverDue(new Date(Date.now() + 60_000));
    const received = platform.creditEvents().find((e) => e.id === event.id);
    expect(received).toMatchObject({
      type: 'CREDIT_RECORD_CREATED',
      subject: { idNumber },
      payload: { commitmentId: c.id, factType: 'MARITAL_STATUS', subjectHash: expect.any(String) },
    });
    expect(JSON.stringify(received!.payload)).not.toContain(idNumber);
    // delivered: the row no longer holds the ID number in any form
    const after = await t.db.creditOutbox.findUniqueOrThrow({ where: { id: event.id } });
    expect(after).toMatchObject({ status: 'DELIVERED', subjectSealed: null });
    expect(JSON.stringify(after)).not.toContain(idNumber);
    // the list administrator's view of deliveries never shows it either
    const admin = await t.token(Role.LIST_ADMIN, { department: 'HX_MZ' });
    const listed = await t.gql(DELIVERIES, {}, admin);
    expect(listed.data!.creditDeliveries.nodes.map((n: { id: string }) => n.id)).toContain(event.id);
    expect(JSON.stringify(listed.data)).not.toContain(idNumber);
    // department notices are not credit deliveries
    expect(
      listed.data!.creditDeliveries.nodes.every((n: { type: string }) => n.type.startsWith('CREDIT_RECORD_')),
    ).toBe(true);
    // a repeat pass sends nothing more
    await delivery.deliverDue(new Date(Date.now() + 3_600_000));
    expect(platform.creditPostCount(event.id)).toBe(1);
  }, 120_000);
});
