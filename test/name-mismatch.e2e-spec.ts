import { decodeJwt } from 'jose';
import { Role } from '#gw/auth';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) {
  id status outcome route nextRoute fallbackRoutes reason source receipt
  attempts { source outcome reason route }
} }`;
const RECEIPT = `query($t: String!) { verifyReceipt(token: $t) { valid outcome } }`;
const COMMUNITY = '621022100001';

let seq = 0;
const key = () => `e2e-name-${process.pid}-${++seq}`;

// A source that knows the ID number under another name says nothing about the claim: the
// result is its own outcome with its own reason, and it settles nothing.
describe('name does not match the ID number (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let clerk: string;
  const { married, spouse } = population().samples;
  const input = (name: string, over: Record<string, unknown> = {}) => ({
    factType: 'MARITAL_STATUS',
    subject: { idNumber: married.idNumber, name },
    claim: { status: 'MARRIED', spouseIdNumber: spouse.idNumber },
    matter: '公共租赁住房申请',
    purpose: '核实婚姻状况',
    idempotencyKey: key(),
    communityCode: COMMUNITY,
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp({ VERIFICATION_SWEEP_MS: '3600000' });
    s = await startSources(t, { only: ['MZ_HUNYIN'] });
    clerk = await t.token(Role.WINDOW_STAFF, { subject: 'clerk-name' });

    // a gateway boots on a fresh database clone: slow on a loaded machine
  }, 120_000);
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  it('answers NAME_MISMATCH with the reason, not REFUTED, and offers no route; the right name then confirms', async () => {
    const res = await t.gql(VERIFY, { i: input(`${married.name}某`) }, clerk);
    expect(res.errors).toBeUndefined();
    const v = res.data!.verifyFact;
    expect(v).toMatchObject({
      status: 'DONE',
      outcome: 'NAME_MISMATCH',
      route: null,
      nextRoute: null,
      fallbackRoutes: [],
      source: 'MZ_HUNYIN',
    });
    expect(v.reason).toBe('姓名与公民身份号码不一致（MZ_HUNYIN）；所称事实未判定，请核对当事人姓名后重新核验');
    expect(v.attempts).toEqual([
      { source: 'MZ_HUNYIN', outcome: 'NAME_MISMATCH', reason: '姓名与公民身份号码不一致', route: 'DATA_SHARING' },
    ]);
    // the signed receipt says the same, and does not say REFUTED
    expect(decodeJwt(v.receipt)).toMatchObject({ outcome: 'NAME_MISMATCH', route: null });
    expect((await t.gql(RECEIPT, { t: v.receipt })).data!.verifyReceipt).toEqual({
      valid: true,
      outcome: 'NAME_MISMATCH',
    });
    // nothing settled: the burden monitor counts nothing, and the source stays healthy
    const days = await t.db.burdenDaily.findMany({ where: { communityCode: COMMUNITY } });
    expect(days.reduce((n, d) => n + d.verifiedBySharedData + d.verifiedByOtherRoutes, 0)).toBe(0);
    const health = await t.gql(
      `query { dataSources { code stats { breaker failures } } }`,
      {},
      await t.token(Role.SOURCE_ADMIN, { department: 'HX_MZ' }),
    );
    expect(health.data!.dataSources).toContainEqual({ code: 'MZ_HUNYIN', stats: { breaker: 'CLOSED', failures: 0 } });

    // with the name corrected, the same claim is confirmed
    const fixed = (await t.gql(VERIFY, { i: input(married.name) }, clerk)).data!.verifyFact;
    expect(fixed).toMatchObject({ outcome: 'CONFIRMED', route: 'DATA_SHARING', source: 'MZ_HUNYIN' });
  });

  it('a false claim with a mismatched name is still only a name mismatch', async () => {
    const v = (await t.gql(VERIFY, { i: input('张冒名', { claim: { status: 'UNMARRIED' } }) }, clerk)).data!.verifyFact;
    expect(v.outcome).toBe('NAME_MISMATCH');
    expect(v.attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['NAME_MISMATCH']);
  });

  it('refuses to send a name mismatch to an assist or a commitment', async () => {
    const v = (await t.gql(VERIFY, { i: input('李不符') }, clerk)).data!.verifyFact;
    const assist = await t.gql(
      `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`,
      { i: { verificationId: v.id, idNumber: married.idNumber } },
      clerk,
    );
    expect(errorCodes(assist)).toEqual(['CONFLICT']);
    const commit = await t.gql(
      `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { id } }`,
      { i: { verificationId: v.id, idNumber: married.idNumber } },
      clerk,
    );
    expect(errorCodes(commit)).toEqual(['CONFLICT']);
    expect(await t.db.assistRequest.count({ where: { verificationId: v.id } })).toBe(0);
    expect(await t.db.commitment.count({ where: { verificationId: v.id } })).toBe(0);
  });
});
