import { Role } from '#gw/auth';
import { population, SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

// verifyCertificate checks every fact before it stores or asks anything (issue 10 part 6), and
// accepts a set of facts that satisfies the certificate's rule: every all-of group, and one of
// each any-of group (issue 11 part 7).

const CERT = `mutation($i: VerifyCertificateInput!) { verifyCertificate(input: $i) {
  outcome certificate { code } verifications { factType outcome source certificateCode } } }`;
const DONGGUAN = '621022100001';

let seq = 0;
const key = (label: string) => `cert-rules-${label}-${process.pid}-${++seq}`;

describe('certificate rules (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let clerk: string;
  const { samples } = population();

  beforeAll(async () => {
    t = await startTestApp();
    s = await startSources(t);
    clerk = await t.token(Role.WINDOW_STAFF, { subject: 'cert-clerk' });
  }, 120_000);
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  async function metric(name: string): Promise<number> {
    const text = (await t.http().get('/metrics')).text;
    return text
      .split('\n')
      .filter((l) => l.startsWith(name))
      .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
  }

  async function footprint() {
    return {
      verifications: await t.db.verification.count(),
      attempts: await t.db.verificationAttempt.count(),
      burden: JSON.stringify(await t.db.burdenDaily.findMany({ orderBy: [{ communityCode: 'asc' }, { day: 'asc' }] })),
      metric: await metric('gateway_verifications_total'),
      calls: s.sandbox.sources.map((x) => s.sandbox.requestCount(x.code)),
    };
  }

  describe('validation before anything is stored (issue 10 part 6)', () => {
    it('refuses one valid and one invalid fact without storing, calling or counting either', async () => {
      const before = await footprint();
      const res = await t.gql(
        CERT,
        {
          i: {
            certificateCode: 'INHERITANCE',
            subject: { idNumber: samples.deceased.idNumber },
            facts: [
              { factType: 'DEATH', claim: { deceased: true } },
              { factType: 'KINSHIP', claim: { relation: 'NEIGHBOUR', relativeIdNumber: samples.married.idNumber } },
            ],
            matter: '继承权公证',
            purpose: '核实死亡和亲属关系',
            communityCode: DONGGUAN,
            idempotencyKey: key('partial'),
          },
        },
        clerk,
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].message).toMatch(/^所称事实不符合“亲属关系”的要求/);
      expect(res.errors![0].extensions).toMatchObject({ details: { field: 'facts[1].claim', factType: 'KINSHIP' } });
      expect(await footprint()).toEqual(before);
    });

    it('refuses a bad ID number for the whole certificate, storing nothing', async () => {
      const before = await footprint();
      const res = await t.gql(
        CERT,
        {
          i: {
            certificateCode: 'INHERITANCE',
            subject: { idNumber: '621022193204178901' },
            facts: [
              { factType: 'DEATH', claim: { deceased: true } },
              { factType: 'KINSHIP', claim: { relation: 'SPOUSE', relativeIdNumber: samples.married.idNumber } },
            ],
            matter: '继承权公证',
            purpose: '核实死亡和亲属关系',
            idempotencyKey: key('bad-id'),
          },
        },
        clerk,
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(await footprint()).toEqual(before);
    });
  });
});
