import { createHash, createPrivateKey, generateKeyPairSync, JsonWebKey, KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { assertSigningKeyFits } from '#gw/protocol';

export const GATEWAY_KEY_FILE = 'gateway-signing-key.json';
export const GATEWAY_ALG = 'ES256';

export interface GatewayKey {
  kid: string;
  alg: string;
  // imported once, as a node:crypto key object: every signature uses it as it is
  privateKey: KeyObject;
  publicJwk: JWK;
}

function kidOf(publicJwk: JWK): string {
  const { kty, crv, x, y, n, e } = publicJwk;
  return 'gw-' + createHash('sha256').update(JSON.stringify({ crv, e, kty, n, x, y })).digest('base64url').slice(0, 16);
}

function privateJwkOf(key: KeyObject): JWK {
  return key.export({ format: 'jwk' }) as JWK;
}

function fromPrivateJwk(jwk: JWK): GatewayKey {
  const alg = jwk.alg ?? GATEWAY_ALG;
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk;
  if (!_d) throw new Error('the gateway signing key has no private part');
  // only the key material: node reads kty, crv, x, y, d (n, e … for RSA) and refuses a mismatch
  const privateKey = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' });
  assertSigningKeyFits(alg, privateKey);
  const publicJwk: JWK = { ...pub, alg, use: 'sig' };
  publicJwk.kid = jwk.kid ?? kidOf(publicJwk);
  return { kid: publicJwk.kid, alg, privateKey, publicJwk };
}

// The key this gateway instance signs with: configured (JWK JSON or PKCS#8 PEM), or created
// once under the data directory.
export async function loadGatewayKey(configured: string | undefined, dataDir: string): Promise<GatewayKey> {
  if (configured) {
    if (configured.trim().startsWith('{')) return fromPrivateJwk(JSON.parse(configured) as JWK);
    return fromPrivateJwk({ ...privateJwkOf(createPrivateKey(configured)), alg: GATEWAY_ALG });
  }
  const file = join(dataDir, GATEWAY_KEY_FILE);
  if (existsSync(file)) return fromPrivateJwk(JSON.parse(readFileSync(file, 'utf8')) as JWK);
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk: JWK = { ...privateJwkOf(privateKey), alg: GATEWAY_ALG };
  const key = fromPrivateJwk(jwk);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, JSON.stringify({ ...jwk, kid: key.kid }), { mode: 0o600, flag: 'wx' });
  } catch {
    // another process created it first; use that one so both sign with the same key
    return fromPrivateJwk(JSON.parse(readFileSync(file, 'utf8')) as JWK);
  }
  return key;
}
