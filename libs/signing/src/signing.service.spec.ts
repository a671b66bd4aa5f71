import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, decodeJwt, JWK } from 'jose';
import type { AppConfig } from '#gw/common';
import { verifyDetached } from '#gw/protocol';
import { GATEWAY_KEY_FILE, loadGatewayKey } from './gateway-key';
import { SigningKeyRepository } from './signing-key.repository';
import { GATEWAY_ISSUER, SigningService } from './signing.service';

describe(loadGatewayKey.name, () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gw-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a key once under the data directory and loads the same one again', async () => {
    const first = await loadGatewayKey(undefined, dir);
    const stored = JSON.parse(readFileSync(join(dir, GATEWAY_KEY_FILE), 'utf8')) as JWK;
    expect(stored).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', kid: first.kid });
    const again = await loadGatewayKey(undefined, dir);
    expect(again.kid).toBe(first.kid);
    expect(again.publicJwk).toEqual(first.publicJwk);
    expect(first.publicJwk).not.toHaveProperty('d');
    expect(first.privateKey.type).toBe('private');
  });

  it('takes a configured PKCS#8 PEM or JWK, with the same key id for the same key', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const jwk = { ...(privateKey.export({ format: 'jwk' }) as JWK), alg: 'ES256' };
    const fromPem = await loadGatewayKey(pem, dir);
    const fromJwk = await loadGatewayKey(JSON.stringify(jwk), dir);
    expect(fromPem.kid).toBe(fromJwk.kid);
    expect(fromPem.kid).toMatch(/^gw-/);
  });

  it('refuses a key that does not fit its algorithm, or has no private part', async () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
    await expect(
      loadGatewayKey(JSON.stringify({ ...(p384.export({ format: 'jwk' }) as JWK), alg: 'ES256' }), dir),
    ).rejects.toThrow(/cannot sign ES256/);
    const { d: _d, ...pub } = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    await expect(loadGatewayKey(JSON.stringify(pub), dir)).rejects.toThrow(/no private part/);
  });
});

describe(SigningService.name, () => {
  let dir: string;
  let sut: SigningService;
  let published: JWK;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gw-sign-'));
    const repo = {
      upsertKey: jest.fn(async (_kid: string, _alg: string, jwk: JWK) => void (published = jwk)),
      findByKid: jest.fn(async (kid: string) => (kid === published.kid ? published : null)),
      listPublished: jest.fn(async () => [published]),
    } as unknown as SigningKeyRepository;
    sut = new SigningService({ dataDir: dir, signing: {} } as unknown as AppConfig, repo);
    await sut.onModuleInit();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('signs a JWT its own check accepts, with the gateway as issuer and the issue time now', async () => {
    const before = Math.floor(Date.now() / 1000);
    const token = await sut.signJwt({ vid: 'v-1', iss: 'someone-else', iat: 1 }, 'verification-receipt+jwt');
    const checked = await sut.checkToken(token, 'verification-receipt+jwt');
    expect(checked).toMatchObject({ ok: true, kid: sut.kid, payload: { vid: 'v-1', iss: GATEWAY_ISSUER } });
    expect(decodeJwt(token).iat).toBeGreaterThanOrEqual(before);
    expect(await sut.checkToken(token, 'other+jwt')).toMatchObject({ ok: false, problem: 'WRONG_TYPE' });
  });

  it('signs a connector body detached, verifiable with the published JWKS', async () => {
    const body = '{"requestId":"r-1"}';
    const signature = await sut.signBody(body);
    expect(await verifyDetached(body, signature, createLocalJWKSet(await sut.jwks()), ['ES256'])).toBe(sut.kid);
  });
});
