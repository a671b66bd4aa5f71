import { KeyObject, constants, sign } from 'node:crypto';

// Signs a JWS signing input (`base64url(header).base64url(payload)`) with a node:crypto key
// object, synchronously. jose signs through WebCrypto (an async job with a key conversion per
// call), about four times the CPU of one node:crypto call for ES256: the gateway signs every
// connector request and every receipt, so its own signatures take this path. Verifying stays
// with jose (header, algorithm and critical-parameter checks are not re-implemented here).

interface AlgParams {
  hash: string | null;
  fits: (key: KeyObject) => boolean;
  options?: { dsaEncoding?: 'ieee-p1363'; padding?: number; saltLength?: number };
}

const curve = (key: KeyObject) => key.asymmetricKeyDetails?.namedCurve;

const ALGS: Record<string, AlgParams> = {
  ES256: {
    hash: 'sha256',
    fits: (k) => k.asymmetricKeyType === 'ec' && curve(k) === 'prime256v1',
    options: { dsaEncoding: 'ieee-p1363' },
  },
  ES384: {
    hash: 'sha384',
    fits: (k) => k.asymmetricKeyType === 'ec' && curve(k) === 'secp384r1',
    options: { dsaEncoding: 'ieee-p1363' },
  },
  RS256: { hash: 'sha256', fits: (k) => k.asymmetricKeyType === 'rsa' },
  PS256: {
    hash: 'sha256',
    fits: (k) => k.asymmetricKeyType === 'rsa' || k.asymmetricKeyType === 'rsa-pss',
    options: { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
  },
  EdDSA: { hash: null, fits: (k) => k.asymmetricKeyType === 'ed25519' || k.asymmetricKeyType === 'ed448' },
};

// Refuses, at load time rather than at the first signature, a key that cannot sign with alg.
export function assertSigningKeyFits(alg: string, key: KeyObject): void {
  const params = ALGS[alg];
  if (!params) throw new Error(`unsupported signing algorithm ${alg}`);
  if (key.type !== 'private' || !params.fits(key))
    throw new Error(`the key (${key.type} ${key.asymmetricKeyType ?? ''}) cannot sign ${alg}`);
}

export function signJwsInput(alg: string, key: KeyObject, signingInput: string): string {
  const params = ALGS[alg];
  if (!params) throw new Error(`unsupported signing algorithm ${alg}`);
  const data = Buffer.from(signingInput, 'ascii');
  return sign(params.hash, data, params.options ? { key, ...params.options } : key).toString('base64url');
}

export function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

// A compact JWS over the JSON of payload (a JWT when payload holds claims).
export function signCompactJson(header: { alg: string } & Record<string, unknown>, payload: object, key: KeyObject) {
  const input = `${base64urlJson(header)}.${base64urlJson(payload)}`;
  return `${input}.${signJwsInput(header.alg, key, input)}`;
}
