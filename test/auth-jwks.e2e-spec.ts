import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWK, SignJWT } from 'jose';
import { Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const ISSUER = 'https://idp.test';
const AUDIENCE = 'gateway';
const ALG = 'RS256';
const QUERY = `query { factTypes { code } }`;

type PrivateKey = Parameters<SignJWT['sign']>[0];

interface Jwks {
  url: string;
  port: number;
  requests: number;
  listen(port?: number): Promise<void>;
  stop(): Promise<void>;
}

// A stand-in for the identity provider: serves whatever keys it is given at /jwks.json.
async function startJwks(keys: JWK[]): Promise<Jwks> {
  let server: Server | undefined;
  const jwks: Jwks = {
    url: '',
    port: 0,
    requests: 0,
    async listen(port = 0) {
      server = createServer((req, res) => {
        if (req.url !== '/jwks.json') {
          res.writeHead(404).end();
          return;
        }
        jwks.requests++;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
      });
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
      jwks.port = (server.address() as AddressInfo).port;
      jwks.url = `http://127.0.0.1:${jwks.port}/jwks.json`;
    },
    async stop() {
      if (!server?.listening) return;
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server!.close((err) => (err ? reject(err) : resolve())));
    },
  };
  await jwks.listen();
  return jwks;
}

async function keyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  return { privateKey, kid, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' } as JWK };
}

function sign(key: PrivateKey, kid: string, opts: { issuer?: string; audience?: string } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: [Role.WINDOW_STAFF], department: 'HX_ZWFW', name: '窗口人员' })
    .setProtectedHeader({ alg: ALG, kid, typ: 'JWT' })
    .setSubject('idp-user-1')
    .setIssuer(opts.issuer ?? ISSUER)
    .setAudience(opts.audience ?? AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(key);
}

function productionEnv(jwksUrl: string): Record<string, string> {
  return { NODE_ENV: 'production', AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, AUTH_JWKS_URL: jwksUrl };
}

describe('authentication against a JWKS endpoint (e2e)', () => {
  let t: TestApp;
  let jwks: Jwks;
  let idp: Awaited<ReturnType<typeof keyPair>>;
  let rogue: Awaited<ReturnType<typeof keyPair>>;

  beforeAll(async () => {
    idp = await keyPair('idp-2026-01');
    // The same key material published a second time under a development key id: a JWKS that
    // (wrongly or maliciously) does this must still not let dev-style tokens in.
    rogue = await keyPair('dev-0123456789abcdef');
    const rogueUnderOtherKid = { ...rogue.publicJwk, kid: 'idp-rogue' };
    jwks = await startJwks([idp.publicJwk, rogue.publicJwk, rogueUnderOtherKid]);
    t = await startTestApp(productionEnv(jwks.url));
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await jwks.stop();
  });

  it('runs in production with the JWKS key source', () => {
    expect(t.config.isProduction).toBe(true);
    expect(t.config.auth).toMatchObject({ jwksUrl: jwks.url, devKeys: false, issuer: ISSUER, audience: AUDIENCE });
  });

  it('accepts a token signed by a key the JWKS publishes', async () => {
    const res = await t.gql(QUERY, {}, await sign(idp.privateKey, idp.kid));
    expect(res.errors).toBeUndefined();
    expect(res.data!.factTypes.length).toBeGreaterThan(0);
    expect(jwks.requests).toBeGreaterThan(0);
  });

  it('refuses a token whose kid the JWKS does not publish', async () => {
    const res = await t.gql(QUERY, {}, await sign(idp.privateKey, 'idp-unknown'));
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.data).toBeNull();
  });

  it('refuses a token that names a published kid but is signed by another key', async () => {
    const { privateKey } = await generateKeyPair(ALG);
    const res = await t.gql(QUERY, {}, await sign(privateKey, idp.kid));
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors![0].message).toBe('登录凭证签名无效');
  });

  it('refuses a dev- key id in production even when the JWKS publishes it', async () => {
    const refused = await t.gql(QUERY, {}, await sign(rogue.privateKey, rogue.kid));
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(refused.data).toBeNull();
    // the very same key under an ordinary kid is accepted: the refusal is about the kid alone
    const accepted = await t.gql(QUERY, {}, await sign(rogue.privateKey, 'idp-rogue'));
    expect(accepted.errors).toBeUndefined();
  });

  it('refuses a token for another audience or issuer', async () => {
    expect(
      errorCodes(await t.gql(QUERY, {}, await sign(idp.privateKey, idp.kid, { audience: 'another-app' }))),
    ).toEqual(['UNAUTHENTICATED']);
    expect(
      errorCodes(await t.gql(QUERY, {}, await sign(idp.privateKey, idp.kid, { issuer: 'https://evil.test' }))),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('does not accept the gateway’s own dev tokens', async () => {
    const res = await t.gql(QUERY, {}, await t.token(Role.WINDOW_STAFF));
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('authentication when the JWKS endpoint is unreachable (e2e)', () => {
  let t: TestApp;
  let jwks: Jwks;
  let idp: Awaited<ReturnType<typeof keyPair>>;

  beforeAll(async () => {
    idp = await keyPair('idp-2026-01');
    jwks = await startJwks([idp.publicJwk]);
    t = await startTestApp(productionEnv(jwks.url));
    // stopped before the gateway first asks it for keys
    await jwks.stop();
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await jwks.stop();
  });

  it('answers UNAUTHENTICATED, not an internal error', async () => {
    const res = await t.gql(QUERY, {}, await sign(idp.privateKey, idp.kid));
    expect(res.status).toBe(200);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.data).toBeNull();
    expect(jwks.requests).toBe(0);
  }, 30_000);

  it('recovers once the endpoint is back', async () => {
    await jwks.listen(jwks.port);
    const res = await t.gql(QUERY, {}, await sign(idp.privateKey, idp.kid));
    expect(res.errors).toBeUndefined();
    expect(res.data!.factTypes.length).toBeGreaterThan(0);
    expect(jwks.requests).toBe(1);
  }, 30_000);
});
