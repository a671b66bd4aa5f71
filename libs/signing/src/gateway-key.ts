import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, importPKCS8, JWK } from 'jose';

export const GATEWAY_KEY_FILE = 'gateway-signing-key.json';
export const GATEWAY_ALG = 'ES256';

export interface GatewayKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

type CryptoKey = Exclude<Awaited<ReturnType<typeof importJWK>>, Uint8Array>;

function kidOf(publicJwk: JWK): string {
  const { kty, crv, x, y, n, e } = publicJwk;
  return 'gw-' + createHash('sha256').update(JSON.stringify({ crv, e, kty, n, x, y })).digest('base64url').slice(0, 16);
}

async function fromPrivateJwk(jwk: JWK): Promise<GatewayKey> {
  const alg = jwk.alg ?? GATEWAY_ALG;
  const privateKey = (await importJWK(jwk, alg)) as CryptoKey;
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk;
  const publicJwk: JWK = { ...pub, alg, use: 'sig' };
  publicJwk.kid = jwk.kid ?? kidOf(publicJwk);
  return { kid: publicJwk.kid, alg, privateKey, publicJwk };
}

// The key this gateway instance signs with: configured (JWK JSON or PKCS#8 PEM), or created
// once under the data directory.
export async function loadGatewayKey(configured: string | undefined, dataDir: string): Promise<GatewayKey> {
  if (configured) {
    if (configured.trim().startsWith('{')) return fromPrivateJwk(JSON.parse(configured) as JWK);
    const privateKey = (await importPKCS8(configured, GATEWAY_ALG, { extractable: true })) as CryptoKey;
    return fromPrivateJwk({ ...(await exportJWK(privateKey)), alg: GATEWAY_ALG });
  }
  const file = join(dataDir, GATEWAY_KEY_FILE);
  if (existsSync(file)) return fromPrivateJwk(JSON.parse(readFileSync(file, 'utf8')) as JWK);
  const { privateKey } = await generateKeyPair(GATEWAY_ALG, { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), alg: GATEWAY_ALG };
  const key = await fromPrivateJwk(jwk);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, JSON.stringify({ ...jwk, kid: key.kid }), { mode: 0o600, flag: 'wx' });
  } catch {
    // another process created it first; use that one so both sign with the same key
    return fromPrivateJwk(JSON.parse(readFileSync(file, 'utf8')) as JWK);
  }
  return key;
}
