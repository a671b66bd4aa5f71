import { Role } from '#gw/auth';
import { errorCodes, GqlResponse, startTestApp, TestApp } from './helpers/test-app';

const DONGGUAN = '621022100001';
const CHECK = `mutation($input: CheckCommunityCertificateInput!) { checkCommunityCertificate(input: $input) { id decision reason } }`;
const VERIFY = `query { verifyAuditChain { valid eventCount brokenAtSeq problem } }`;

const VALID = [
  '居住证明',
  '低保证明',
  'VOLUNTEER_SERVICE',
  '亲属关系证明',
  '开个住址证明',
  '重名证明',
  '无犯罪记录证明',
];
// Each is refused before anything is written, and leaves one REFUSED audit event.
const INVALID = [
  { communityCode: DONGGUAN, certificate: 'NOT_A_CODE' }, // NOT_FOUND
  { communityCode: DONGGUAN, certificate: 'bad code!' }, // BAD_USER_INPUT
  { communityCode: '621022100002', certificate: '居住证明' }, // FORBIDDEN: another community
  { communityCode: '6210', certificate: '居住证明' }, // BAD_USER_INPUT from validation
  { communityCode: DONGGUAN, certificate: 'x'.repeat(101) }, // BAD_USER_INPUT: too long
];
const CALLS = 40;

// Which database this runs on is chosen by TEST_DATABASE_URL (see test/setup).
describe('audit chain under concurrent mutations (e2e)', () => {
  let t: TestApp;
  let auditor: string;
  let inputs: { communityCode: string; certificate: string }[];
  let results: GqlResponse[];

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.token(Role.AUDITOR);
    const clerk = await t.token(Role.COMMUNITY_STAFF, { region: DONGGUAN, subject: 'clerk-dongguan' });
    inputs = Array.from({ length: CALLS - INVALID.length }, (_, i) => ({
      communityCode: DONGGUAN,
      certificate: VALID[i % VALID.length],
    }));
    INVALID.forEach((bad, k) => inputs.splice(k * 8 + 7, 0, bad));
    results = await Promise.all(inputs.map((input) => t.gql(CHECK, { input }, clerk)));
  }, 120_000);
  afterAll(() => t.close());

  const succeeded = () => results.filter((r) => r.errors === undefined);
  const refused = () => results.filter((r) => r.errors !== undefined);

  it('answers every call, refusing exactly the invalid ones with a client error', () => {
    expect(results).toHaveLength(CALLS);
    expect(succeeded()).toHaveLength(CALLS - INVALID.length);
    expect(
      refused()
        .map((r) => errorCodes(r)[0])
        .sort(),
    ).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND']);
    for (const r of succeeded()) expect(['ALLOWED', 'REFUSED']).toContain(r.data!.checkCommunityCertificate.decision);
  });

  it('keeps the audit chain valid with one event per call', async () => {
    const res = await t.gql(VERIFY, {}, auditor);
    expect(res.errors).toBeUndefined();
    expect(res.data!.verifyAuditChain).toEqual({ valid: true, eventCount: CALLS, brokenAtSeq: null, problem: null });
  });

  it('numbers the audit events 1..N without gaps or repeats, each chained to the one before', async () => {
    const events = await t.db.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: CALLS }, (_, i) => i + 1));
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    const head = await t.db.auditHead.findFirstOrThrow();
    expect(head).toMatchObject({ seq: CALLS, lastHash: events[events.length - 1].hash });
  });

  it('records one OK event per stored check and one REFUSED event per refused call', async () => {
    const events = await t.db.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    const ok = events.filter((e) => e.outcome === 'OK');
    expect(ok).toHaveLength(succeeded().length);
    expect(events.filter((e) => e.outcome === 'REFUSED')).toHaveLength(refused().length);
    const ids = succeeded().map((r) => r.data!.checkCommunityCertificate.id as string);
    expect(ok.map((e) => e.targetId).sort()).toEqual([...ids].sort());
  });

  it('stores exactly one check per successful call', async () => {
    expect(await t.db.communityCheck.count()).toBe(succeeded().length);
    const res = await t.gql(`query { communityChecks(first: 50) { totalCount } }`, {}, auditor);
    expect(res.data!.communityChecks.totalCount).toBe(succeeded().length);
  });
});
