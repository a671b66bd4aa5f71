import { createLocalJWKSet, jwtVerify } from 'jose';
import { hashAuditEntry } from '#gw/audit';
import { Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const CHECK = `mutation($c: String!) { checkCommunityCertificate(input: { communityCode: "621022100001", certificate: $c }) { id } }`;
const VERIFY = `query($c: [String!]) { verifyAuditChain(checkpoints: $c) { valid eventCount unchainedCount brokenAtSeq problem checkpointsChecked } }`;

describe('audit trail (e2e)', () => {
  let t: TestApp;
  let auditor: string;
  let clerk: string;

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.token(Role.AUDITOR);
    clerk = await t.token(Role.COMMUNITY_STAFF);
    for (const c of ['居住证明', '低保证明', 'VOLUNTEER_SERVICE', 'NOT_A_CODE']) await t.gql(CHECK, { c }, clerk);
    // requests only append; the chainer links them (every AUDIT_CHAIN_MS, and when asked to verify)
    await t.gql(VERIFY, {}, auditor);
  });
  afterAll(() => t.close());

  it('lists events newest first, with actor, action, outcome and no personal data', async () => {
    const res = await t.gql(
      `query { auditTrail(first: 10) { totalCount nodes { seq action outcome actorSubject actorRoles targetType targetId detail hash prevHash } } }`,
      {},
      auditor,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.auditTrail.nodes;
    expect(res.data!.auditTrail.totalCount).toBe(4);
    expect(nodes.map((n: { seq: number }) => n.seq)).toEqual([4, 3, 2, 1]);
    expect(nodes[0]).toMatchObject({
      action: 'graphql.checkCommunityCertificate',
      outcome: 'REFUSED',
      detail: { code: 'NOT_FOUND' },
    });
    expect(nodes[3]).toMatchObject({
      action: 'community.checkCertificate',
      outcome: 'OK',
      actorRoles: ['COMMUNITY_STAFF'],
      targetType: 'CommunityCheck',
    });
    expect(nodes[2].prevHash).toBe(nodes[3].hash);
  });

  it('filters by outcome', async () => {
    const res = await t.gql(`query { auditTrail(filter: { outcome: REFUSED }) { totalCount } }`, {}, auditor);
    expect(res.data!.auditTrail.totalCount).toBe(1);
  });

  it('verifies an intact chain', async () => {
    const res = await t.gql(VERIFY, {}, auditor);
    expect(res.data!.verifyAuditChain).toMatchObject({
      valid: true,
      eventCount: 4,
      unchainedCount: 0,
      brokenAtSeq: null,
      problem: null,
    });
  });

  it('detects a tampered row, and recovers once it is restored', async () => {
    const original = await t.db.auditEvent.findUniqueOrThrow({ where: { seq: 2 } });
    await t.db.auditEvent.update({
      where: { seq: 2 },
      data: { detail: { ...(original.detail as object), decision: 'ALLOWED' } },
    });
    const res = await t.gql(VERIFY, {}, auditor);
    expect(res.data!.verifyAuditChain).toMatchObject({ valid: false, brokenAtSeq: 2 });
    await t.db.auditEvent.update({ where: { seq: 2 }, data: { detail: original.detail as object } });
    expect((await t.gql(VERIFY, {}, auditor)).data!.verifyAuditChain.valid).toBe(true);
  });

  it('detects a deleted last row', async () => {
    const last = await t.db.auditEvent.findFirstOrThrow({ where: { seq: { not: null } }, orderBy: { seq: 'desc' } });
    await t.db.auditEvent.delete({ where: { id: last.id } });
    const res = await t.gql(VERIFY, {}, auditor);
    expect(res.data!.verifyAuditChain).toMatchObject({ valid: false, brokenAtSeq: last.seq });
    await t.db.auditEvent.create({ data: last as never });
  });

  it('is for auditors only', async () => {
    expect(errorCodes(await t.gql(VERIFY, {}, clerk))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(`query { auditTrail { totalCount } }`, {}, await t.token(Role.LIST_ADMIN)))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('rejects an inverted time range', async () => {
    const res = await t.gql(
      `query { auditTrail(filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { totalCount } }`,
      {},
      auditor,
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

// Re-chaining (rewriting rows from the middle and recomputing every hash after them, the head
// included) passes a hash-chain check by construction; signed checkpoints are what catch it.
describe('audit checkpoints (e2e)', () => {
  let t: TestApp;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp({ AUDIT_CHECKPOINT_MS: '0' });
    auditor = await t.token(Role.AUDITOR);
    const clerk = await t.token(Role.COMMUNITY_STAFF);
    for (const c of ['居住证明', '低保证明', 'VOLUNTEER_SERVICE', '重名证明']) await t.gql(CHECK, { c }, clerk);
    await t.gql(VERIFY, {}, auditor);
  });
  afterAll(() => t.close());

  it('publishes signed checkpoints anyone can verify offline against the JWKS', async () => {
    const res = await t.http().get('/audit/checkpoints?limit=5');
    expect(res.status).toBe(200);
    const [latest] = res.body.checkpoints;
    expect(latest).toMatchObject({ seq: 4, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const jwks = createLocalJWKSet((await t.http().get('/.well-known/jwks.json')).body);
    const { payload, protectedHeader } = await jwtVerify(latest.token, jwks);
    expect(protectedHeader.typ).toBe('audit-checkpoint+jwt');
    expect(payload).toMatchObject({ seq: 4, hash: latest.hash });
    expect((await t.http().get('/audit/checkpoints?limit=abc')).status).toBe(400);
    expect((await t.http().get('/audit/checkpoints?limit=1&limit=2')).status).toBe(400);
  });

  it('detects a history re-chained from the middle, by the stored checkpoint and by one kept outside', async () => {
    const kept: string = (await t.http().get('/audit/checkpoints')).body.checkpoints[0].token;
    const originals = await t.db.auditEvent.findMany({ where: { seq: { not: null } }, orderBy: { seq: 'asc' } });
    const head = await t.db.auditHead.findFirstOrThrow();
    let prev = originals[1].hash!;
    for (const e of originals.slice(2)) {
      const forged = { ...e, seq: e.seq!, prevHash: prev, outcome: e.outcome as 'OK', detail: { forged: true } };
      const hash = hashAuditEntry(forged);
      await t.db.auditEvent.update({ where: { id: e.id }, data: { detail: forged.detail, prevHash: prev, hash } });
      prev = hash;
    }
    await t.db.auditHead.update({ where: { id: head.id }, data: { lastHash: prev } });

    const byStored = (await t.gql(VERIFY, {}, auditor)).data!.verifyAuditChain;
    expect(byStored).toMatchObject({ valid: false, brokenAtSeq: 4 });
    expect(byStored.problem).toMatch(/检查点/);

    // whoever rewrote the rows can delete the stored checkpoints too; a kept one still catches it
    const stored = await t.db.auditCheckpoint.findMany();
    await t.db.auditCheckpoint.deleteMany();
    // (this instance remembers the newest checkpoint it signed, and notices it is gone)
    const noStored = (await t.gql(VERIFY, {}, auditor)).data!.verifyAuditChain;
    expect(noStored).toMatchObject({ valid: false });
    expect(noStored.problem).toMatch(/检查点被删除/);
    expect(await t.db.auditCheckpoint.count()).toBe(0); // nothing new signed over the forged head
    const byKept = (await t.gql(VERIFY, { c: [kept] }, auditor)).data!.verifyAuditChain;
    expect(byKept).toMatchObject({ valid: false, brokenAtSeq: 4, checkpointsChecked: 1 });

    // restored, the chain and every checkpoint agree again
    for (const e of originals) {
      await t.db.auditEvent.update({
        where: { id: e.id },
        data: { detail: e.detail as object, prevHash: e.prevHash, hash: e.hash },
      });
    }
    await t.db.auditHead.update({ where: { id: head.id }, data: { lastHash: head.lastHash } });
    for (const c of stored) await t.db.auditCheckpoint.create({ data: c });
    expect((await t.gql(VERIFY, { c: [kept] }, auditor)).data!.verifyAuditChain).toMatchObject({
      valid: true,
      problem: null,
    });
  });

  it('refuses a checkpoint the gateway did not sign', async () => {
    const res = await t.gql(VERIFY, { c: ['eyJhbGciOiJub25lIn0.e30.'] }, auditor);
    expect(res.data!.verifyAuditChain).toMatchObject({ valid: false });
    expect(res.data!.verifyAuditChain.problem).toMatch(/有效检查点/);
  });

  it('records a mutation that failed on an unexpected error as FAILED', async () => {
    await t.db.$executeRawUnsafe('DROP TABLE "CommunityCheck"');
    const res = await t.gql(CHECK, { c: '居住证明' }, await t.token(Role.COMMUNITY_STAFF));
    expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    const failed = await t.db.auditEvent.findMany({ where: { outcome: 'FAILED' } });
    expect(failed).toEqual([
      expect.objectContaining({
        action: 'graphql.checkCommunityCertificate',
        detail: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
  });
});
