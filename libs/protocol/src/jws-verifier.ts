import { KeyObject, verify } from 'node:crypto';

// ES256 / ES384 signatures checked by node:crypto, synchronously: through jose every check is a
// WebCrypto job (a key conversion and a promise round trip), and the gateway checks one on every
// source answer. Only the plainest headers take this path; anything else (another algorithm, a
// critical or unencoded-payload parameter, an embedded key) is left to jose, which also judges
// what this returns null for.

const EC = {
  ES256: { hash: 'sha256', curve: 'prime256v1', size: 64 },
  ES384: { hash: 'sha384', curve: 'secp384r1', size: 96 },
} as const;
type EcAlg = keyof typeof EC;

// the header parameters this path understands; any other sends the signature to jose
const PLAIN_HEADER = new Set(['alg', 'kid', 'typ', 'cty']);

const converted = new WeakMap<object, KeyObject>();

export function isPlainEcHeader(header: Record<string, unknown>, algorithms: string[]): boolean {
  return (
    typeof header.alg === 'string' &&
    header.alg in EC &&
    algorithms.includes(header.alg) &&
    Object.keys(header).every((k) => PLAIN_HEADER.has(k))
  );
}

// The protected header as an object, or null when it is not base64url JSON of an object.
export function decodeJwsHeader(encoded: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function keyObjectOf(key: unknown): KeyObject | null {
  if (key instanceof KeyObject) return key;
  if (typeof key !== 'object' || key === null) return null;
  let object = converted.get(key);
  if (!object) {
    try {
      object = KeyObject.from(key as Parameters<typeof KeyObject.from>[0]);
    } catch {
      return null;
    }
    converted.set(key, object);
  }
  return object;
}

// true / false for a signature this path can judge; null when the key is not a public EC key of
// the algorithm's curve (jose decides, and refuses, then).
export function verifyEcSignature(alg: string, signingInput: string, signature: string, key: unknown): boolean | null {
  const params = EC[alg as EcAlg];
  const object = keyObjectOf(key);
  if (!params || !object || object.type !== 'public' || object.asymmetricKeyType !== 'ec') return null;
  if (object.asymmetricKeyDetails?.namedCurve !== params.curve) return null;
  const raw = Buffer.from(signature, 'base64url');
  if (raw.length !== params.size || raw.toString('base64url') !== signature) return false;
  return verify(params.hash, Buffer.from(signingInput), { key: object, dsaEncoding: 'ieee-p1363' }, raw);
}
