import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportSPKI, generateKeyPair } from 'jose';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

// A stand-in for the built console: the gateway serves whatever `npm run build` wrote.
function fakeConsole(): string {
  const dir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><div id="app"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'index-Abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('the web console and development sign-in (e2e)', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = fakeConsole();
    t = await startTestApp({ CONSOLE_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the console at / with a strict policy and no caching of the page', async () => {
    const res = await t.http().get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<div id="app">');
    expect(res.headers['cache-control']).toBe('no-cache');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('answers client-side routes with the console page', async () => {
    for (const path of ['/window/verify', '/public/check', '/signin/callback']) {
      const res = await t.http().get(path);
      expect({ path, status: res.status, html: res.text.includes('<div id="app">') }).toEqual({
        path,
        status: 200,
        html: true,
      });
    }
  });

  it('caches hashed assets for good, and a missing file is a 404, not the page', async () => {
    const asset = await t.http().get('/assets/index-Abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    const other = await t.http().get('/favicon.svg');
    expect(other.headers['cache-control']).toBe('public, max-age=3600');
    const missing = await t.http().get('/assets/gone-123.js');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<div id="app">');
  });

  it('never shadows the gateway’s own paths', async () => {
    const graphql = await t.http().get('/graphql').set('accept', 'text/html');
    expect(graphql.text).not.toContain('<div id="app">');
    expect((await t.http().get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await t.http().get('/.well-known/jwks.json')).body.keys.length).toBeGreaterThan(0);
    const list = await t.http().get('/lists/NOPE.json');
    expect(list.status).toBe(404);
    expect(list.body.error.code).toBe('NOT_FOUND');
    const metrics = await t.http().get('/metrics');
    expect(metrics.text).not.toContain('<div id="app">');
    for (const path of ['/auth/nothing', '/dev/nothing', '/.well-known/nothing']) {
      const res = await t.http().get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });

  it('tells the console to offer development sign-in', async () => {
    const res = await t.http().get('/auth/config');
    expect(res.body).toEqual({ signIn: 'DEVELOPMENT', issuer: null, clientId: null, scope: null });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('lists the roles with their demo department and region, and the catalog to choose from', async () => {
    const res = await t.http().get('/dev/identities');
    expect(res.status).toBe(200);
    expect(res.body.roles).toContainEqual(
      expect.objectContaining({ role: 'COMMUNITY_STAFF', department: null, region: '621022100001' }),
    );
    expect(res.body.departments).toContainEqual(expect.objectContaining({ code: 'HX_ZWFW' }));
    expect(res.body.regions).toContainEqual(expect.objectContaining({ code: '621022100001', level: 'COMMUNITY' }));
  });

  it('mints a development token the API accepts, with the chosen claims', async () => {
    const res = await t
      .http()
      .post('/dev/token')
      .send({ roles: ['SOURCE_ADMIN', 'AUDITOR'], department: 'HX_MZ', region: '621022000000' });
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.expiresAt)).toBeGreaterThan(Date.now());
    const payload = JSON.parse(Buffer.from(res.body.token.split('.')[1], 'base64url').toString('utf8'));
    expect(payload).toMatchObject({ roles: ['SOURCE_ADMIN', 'AUDITOR'], department: 'HX_MZ', region: '621022000000' });
    const gql = await t.gql(`query { verifyAuditChain { valid } }`, {}, res.body.token);
    expect(gql.data).toEqual({ verifyAuditChain: { valid: true } });
  });

  it('offers synthetic residents by key and masked number, and mints their token with the number in the configured claim', async () => {
    const identities = await t.http().get('/dev/identities');
    const residents: { key: string; masked: string }[] = identities.body.residents;
    expect(residents.length).toBeGreaterThan(0);
    expect(JSON.stringify(residents)).not.toMatch(/\d{17}[\dX]/);
    const res = await t
      .http()
      .post('/dev/token')
      .send({ roles: ['RESIDENT'], resident: residents[0].key });
    expect(res.status).toBe(200);
    const payload = JSON.parse(Buffer.from(res.body.token.split('.')[1], 'base64url').toString('utf8'));
    expect(payload.roles).toEqual(['RESIDENT']);
    expect(payload[t.config.auth.residentIdClaim]).toMatch(/^\d{17}[\dX]$/);
    const me = await t.gql(`query { residentMe { subjectMasked } }`, {}, res.body.token);
    expect(me.data).toEqual({ residentMe: { subjectMasked: residents[0].masked } });
    for (const body of [
      { roles: ['RESIDENT'] },
      { roles: ['RESIDENT'], resident: 'nobody' },
      { roles: ['RESIDENT', 'WINDOW_STAFF'], resident: residents[0].key },
    ]) {
      const refused = await t.http().post('/dev/token').send(body);
      expect([body, refused.status, refused.body.error?.code]).toEqual([body, 400, 'BAD_USER_INPUT']);
    }
  });

  it('refuses unknown roles, departments and regions', async () => {
    const cases = [
      { roles: [] },
      { roles: ['ROOT'] },
      { roles: 'WINDOW_STAFF' },
      { roles: ['WINDOW_STAFF'], department: 'NOPE' },
      { roles: ['WINDOW_STAFF'], region: '999999999999' },
      { roles: ['WINDOW_STAFF'], region: '62102' },
    ];
    for (const body of cases) {
      const res = await t.http().post('/dev/token').send(body);
      expect({ body, status: res.status, code: res.body.error?.code }).toEqual({
        body,
        status: 400,
        code: 'BAD_USER_INPUT',
      });
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('sign-in in production (e2e)', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = fakeConsole();
    const { publicKey } = await generateKeyPair('ES256');
    t = await startTestApp({
      NODE_ENV: 'production',
      CONSOLE_DIR: dir,
      AUTH_ISSUER: 'https://idp.test/realms/hx',
      AUTH_PUBLIC_KEY: await exportSPKI(publicKey),
      AUTH_CLIENT_ID: 'cert-console',
      AUTH_SCOPE: 'openid profile',
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses development tokens and identities, as the token command does', async () => {
    const token = await t
      .http()
      .post('/dev/token')
      .send({ roles: ['WINDOW_STAFF'] });
    expect(token.status).toBe(403);
    expect(token.body.error.code).toBe('FORBIDDEN');
    expect(token.body.token).toBeUndefined();
    const identities = await t.http().get('/dev/identities');
    expect(identities.status).toBe(403);
    expect(identities.body.roles).toBeUndefined();
  });

  it('tells the console to sign in with OpenID Connect, and lets it reach the provider', async () => {
    const res = await t.http().get('/auth/config');
    expect(res.body).toEqual({
      signIn: 'OIDC',
      issuer: 'https://idp.test/realms/hx',
      clientId: 'cert-console',
      scope: 'openid profile',
    });
    const page = await t.http().get('/');
    expect(page.headers['content-security-policy']).toContain("connect-src 'self' https://idp.test");
  });

  it('still serves the API', async () => {
    const res = await t.gql(`query { factTypes { code } }`, {}, 'not-a-token');
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('a gateway with an external key but no console client (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    const { publicKey } = await generateKeyPair('ES256');
    t = await startTestApp({ AUTH_PUBLIC_KEY: await exportSPKI(publicKey), AUTH_ISSUER: 'https://idp.test' });
  });
  afterAll(() => t.close());

  it('offers no sign-in and no development tokens', async () => {
    expect((await t.http().get('/auth/config')).body.signIn).toBe('NONE');
    expect(
      (
        await t
          .http()
          .post('/dev/token')
          .send({ roles: ['AUDITOR'] })
      ).status,
    ).toBe(403);
  });
});
