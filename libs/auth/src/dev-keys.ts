import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, JWK } from 'jose';

export const DEV_KEY_FILE = 'dev-auth-key.json';
export const DEV_KID_PREFIX = 'dev-';
export const DEV_ALG = 'ES256';

export interface DevKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

// A development-only signing key for tokens printed by `npm run token`; created once under the
// data directory and refused in production.
export async function ensureDevKey(dataDir: string): Promise<DevKey> {
  const file = join(dataDir, DEV_KEY_FILE);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevKey;
  const { privateKey, publicKey } = await generateKeyPair(DEV_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = DEV_KID_PREFIX + createHash('sha256').update(JSON.stringify(publicJwk)).digest('hex').slice(0, 16);
  const key: DevKey = {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: DEV_ALG, use: 'sig' },
    publicJwk: { ...publicJwk, kid, alg: DEV_ALG, use: 'sig' },
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(key, null, 2), { mode: 0o600, flag: 'wx' });
  return key;
}
