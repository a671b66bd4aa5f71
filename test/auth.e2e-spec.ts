import { createHmac } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { DEV_ALG, Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const QUERY = `query { factTypes { code } }`;
const MUTATION = `mutation { checkCommunityCertificate(input: { communityCode: "621022100001", certificate: "居住证明" }) { id } }`;

function b64(obj: object): string {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

describe('authentication and authorisation (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function sign(
    payload: Record<string, unknown>,
    opts: { kid?: string; key?: Parameters<SignJWT['sign']>[0]; exp?: number } = {},
  ) {
    const key = opts.key ?? (await importJWK(t.devKey.privateJwk, DEV_ALG));
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ roles: [Role.WINDOW_STAFF], department: 'HX_ZWFW', ...payload })
      .setProtectedHeader({ alg: DEV_ALG, kid: opts.kid ?? t.devKey.kid })
      .setSubject('u-1')
      .setIssuer(t.config.auth.issuer)
      .setAudience(t.config.auth.audience)
      .setIssuedAt(now - 10)
      .setExpirationTime(opts.exp ?? now + 600)
      .sign(key);
  }

  it('accepts a valid token', async () => {
    const res = await t.gql(QUERY, {}, await sign({}));
    expect(res.errors).toBeUndefined();
    expect(res.data!.factTypes.length).toBeGreaterThan(0);
  });

  it('refuses a call without a token', async () => {
    const res = await t.gql(QUERY);
    expect(res.status).toBe(200);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.data).toBeNull();
  });

  it('refuses a malformed authorization header', async () => {
    const res = await t.http().post('/graphql').set('authorization', 'Basic dXNlcjpwYXNz').send({ query: QUERY });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair(DEV_ALG);
    const res = await t.gql(QUERY, {}, await sign({}, { key: privateKey }));
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const good = await sign({});
    const [h, , s] = good.split('.');
    const forged = `${h}.${b64({ sub: 'u-1', roles: [Role.AUDITOR], iss: t.config.auth.issuer, aud: t.config.auth.audience, iat: 1, exp: 4102444800 })}.${s}`;
    expect(errorCodes(await t.gql(`query { verifyAuditChain { valid } }`, {}, forged))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an expired token', async () => {
    const res = await t.gql(QUERY, {}, await sign({}, { exp: Math.floor(Date.now() / 1000) - 3600 }));
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors![0].message).toMatch(/过期/);
  });

  it('refuses alg "none"', async () => {
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', roles: ['AUDITOR'], iss: t.config.auth.issuer, aud: t.config.auth.audience, iat: 1, exp: 4102444800 })}.`;
    expect(errorCodes(await t.gql(QUERY, {}, token))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an HMAC token made with the public key as secret (algorithm confusion)', async () => {
    const header = b64({ alg: 'HS256', typ: 'JWT', kid: t.devKey.kid });
    const payload = b64({
      sub: 'x',
      roles: ['AUDITOR'],
      iss: t.config.auth.issuer,
      aud: t.config.auth.audience,
      iat: 1,
      exp: 4102444800,
    });
    const secret = JSON.stringify(await exportJWK(await importJWK(t.devKey.publicJwk, DEV_ALG)));
    const sig = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
    expect(errorCodes(await t.gql(QUERY, {}, `${header}.${payload}.${sig}`))).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['a wrong issuer', { iss: 'someone-else' }],
    ['a wrong audience', { aud: 'another-app' }],
    ['an unknown role', { roles: ['MAYOR'] }],
    ['no roles', { roles: [] }],
    ['a malformed department claim', { department: 'x y z' }],
  ])('refuses a token with %s', async (_name, override) => {
    const { iss, aud, ...claims } = override as Record<string, unknown>;
    const key = await importJWK(t.devKey.privateJwk, DEV_ALG);
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ roles: [Role.WINDOW_STAFF], ...claims })
      .setProtectedHeader({ alg: DEV_ALG, kid: t.devKey.kid })
      .setSubject('u-1')
      .setIssuer((iss as string) ?? t.config.auth.issuer)
      .setAudience((aud as string) ?? t.config.auth.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(key);
    expect(errorCodes(await t.gql(QUERY, {}, token))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a role that may not call the operation', async () => {
    const res = await t.gql(`query { auditTrail { totalCount } }`, {}, await t.token(Role.WINDOW_STAFF));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });

  it('records refused mutations as refusals only, and refused queries not at all', async () => {
    const before = await t.auditMark();
    await t.gql(MUTATION);
    await t.gql(MUTATION, {}, await t.token(Role.AUDITOR));
    await t.gql(`query { auditTrail { totalCount } }`, {}, await t.token(Role.WINDOW_STAFF));
    const events = await t.auditSince(before);
    expect(events.map((e) => [e.actorSubject, e.outcome, e.detail])).toEqual([
      ['anonymous', 'REFUSED', { code: 'UNAUTHENTICATED' }],
      ['demo-auditor', 'REFUSED', { code: 'FORBIDDEN' }],
    ]);
    expect(await t.db.communityCheck.count()).toBe(0);
  });

  it('never echoes the token in errors or headers', async () => {
    const token = await sign({}, { exp: Math.floor(Date.now() / 1000) - 3600 });
    const res = await t.http().post('/graphql').set('authorization', `Bearer ${token}`).send({ query: QUERY });
    expect(JSON.stringify(res.body)).not.toContain(token.split('.')[2]);
    expect(JSON.stringify(res.headers)).not.toContain(token.split('.')[2]);
  });
});
