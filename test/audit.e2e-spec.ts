import { Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const CHECK = `mutation($c: String!) { checkCommunityCertificate(input: { communityCode: "621022100001", certificate: $c }) { id } }`;
const VERIFY = `query { verifyAuditChain { valid eventCount brokenAtSeq problem } }`;

describe('audit trail (e2e)', () => {
  let t: TestApp;
  let auditor: string;
  let clerk: string;

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.token(Role.AUDITOR);
    clerk = await t.token(Role.COMMUNITY_STAFF);
    for (const c of ['居住证明', '低保证明', 'VOLUNTEER_SERVICE', 'NOT_A_CODE']) await t.gql(CHECK, { c }, clerk);
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
    expect(res.data!.verifyAuditChain).toEqual({ valid: true, eventCount: 4, brokenAtSeq: null, problem: null });
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
    const last = await t.db.auditEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    await t.db.auditEvent.delete({ where: { seq: last.seq } });
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
