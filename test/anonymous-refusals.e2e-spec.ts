import type { AuditEvent } from '#gw/db';
import { Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const MUTATION = `mutation { checkCommunityCertificate(input: { communityCode: "621022100001", certificate: "居住证明" }) { id } }`;
// long enough that 25 concurrent calls fall in one window on a loaded machine
const WINDOW_MS = 3000;

describe('mutations refused without a valid token (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ AUDIT_ANONYMOUS_REFUSAL_WINDOW_MS: String(WINDOW_MS) });
  });
  afterAll(() => t.close());

  it('audits a flood as one event at once and one summary per window, while each caller is still refused', async () => {
    const before = await t.auditMark();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => t.gql(MUTATION, {}, i % 2 ? 'not-a-token' : undefined)),
    );
    for (const r of results) expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    expect(await t.auditSince(before)).toHaveLength(1);

    let summary: AuditEvent | undefined;
    for (let i = 0; i < 50 && !summary; i++) {
      await new Promise((r) => setTimeout(r, WINDOW_MS / 4));
      [summary] = await t.auditSince(before, { action: 'graphql.anonymousRefusals' });
    }
    expect(summary).toMatchObject({
      outcome: 'REFUSED',
      actorSubject: 'anonymous',
      detail: { code: 'UNAUTHENTICATED', count: 24, actions: { 'graphql.checkCommunityCertificate': 24 } },
    });
    expect(await t.db.communityCheck.count()).toBe(0);

    const metrics = await t.http().get('/metrics');
    expect(metrics.text).toMatch(/^gateway_anonymous_refusals_total 25$/m);
    const chain = await t.gql(`query { verifyAuditChain { valid } }`, {}, await t.token(Role.AUDITOR));
    expect(chain.data!.verifyAuditChain.valid).toBe(true);
  });

  it('still audits every refusal of a signed-in caller', async () => {
    const before = await t.auditMark();
    const auditor = await t.token(Role.AUDITOR);
    await Promise.all(Array.from({ length: 5 }, () => t.gql(MUTATION, {}, auditor)));
    const events = await t.auditSince(before);
    expect(events).toHaveLength(5);
    for (const e of events)
      expect(e).toMatchObject({ outcome: 'REFUSED', actorSubject: 'demo-auditor', detail: { code: 'FORBIDDEN' } });
  });
});
