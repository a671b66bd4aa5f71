import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { CompactSign, compactVerify, exportJWK, generateKeyPair, importJWK } from 'jose';
import { SIGNATURE_TYP, signDetached, verifyDetached } from './connector-protocol';
import { verifyEcSignature } from './jws-verifier';

const ALGS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];
const body = JSON.stringify({ requestId: 'r-1', result: 'CONFIRMED', asOf: '2026-10-01T00:00:00Z', recordRef: 'x' });
const b64 = (s: string) => Buffer.from(s).toString('base64url');
type VerifyKey = Parameters<typeof compactVerify>[1] & object;

// What jose alone says of a detached signature (the reference the fast path must agree with).
async function joseVerdict(signature: string, key: unknown, algorithms = ALGS): Promise<boolean> {
  const [h, , s] = signature.split('.');
  try {
    const { protectedHeader } = await compactVerify(`${h}.${b64(body)}.${s}`, key as VerifyKey, { algorithms });
    return protectedHeader.typ === SIGNATURE_TYP;
  } catch {
    return false;
  }
}

async function gatewayVerdict(signature: string, key: unknown, algorithms = ALGS, text = body): Promise<boolean> {
  return verifyDetached(text, signature, async () => key as never, algorithms).then(
    () => true,
    () => false,
  );
}

describe('ES signatures checked by node:crypto', () => {
  it.each(['ES256', 'ES384'] as const)(
    '%s: agrees with jose on the genuine signature and on every tampering',
    async (alg) => {
      const { privateKey, publicKey } = await generateKeyPair(alg);
      const other = await generateKeyPair(alg);
      const signature = await signDetached(body, privateKey, 'k1', alg);
      const [h, , s] = signature.split('.');
      const raw = Buffer.from(s, 'base64url');
      const flipped = Buffer.from(raw);
      flipped[5] ^= 1;
      const cases: [string, string, unknown, string[]?][] = [
        ['genuine', signature, publicKey],
        ['with the public key as a node KeyObject', signature, KeyObject.from(publicKey)],
        ['another key', signature, other.publicKey],
        ['a bit flipped', `${h}..${flipped.toString('base64url')}`, publicKey],
        ['truncated', `${h}..${raw.subarray(0, raw.length - 1).toString('base64url')}`, publicKey],
        ['padded with =', `${h}..${s}=`, publicKey],
        ['alg not allowed', signature, publicKey, ['RS256']],
        ['another typ', `${b64(JSON.stringify({ alg, kid: 'k1', typ: 'JWT' }))}..${s}`, publicKey],
      ];
      for (const [what, sig, key, algs] of cases) {
        const expected = await joseVerdict(sig, key, algs);
        expect([what, await gatewayVerdict(sig, key, algs)]).toEqual([what, expected]);
      }
      expect(await gatewayVerdict(signature, publicKey)).toBe(true);
      expect(await gatewayVerdict(signature, publicKey, ALGS, body + ' ')).toBe(false);
    },
  );

  it('leaves headers it does not know, and keys of another curve, to jose (which refuses them)', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const crit = await new CompactSign(new TextEncoder().encode(body))
      .setProtectedHeader({ alg: 'ES256', typ: SIGNATURE_TYP, crit: ['exp'], exp: 1 } as never)
      .sign(privateKey)
      .catch(() => null);
    if (crit) expect(await gatewayVerdict(crit.replace(/\.[^.]+\./, '..'), publicKey)).toBe(false);
    const p384 = await generateKeyPair('ES384');
    const signature = await signDetached(body, privateKey, 'k1', 'ES256');
    expect(verifyEcSignature('ES256', 'x.y', signature.split('.')[2], p384.publicKey)).toBeNull();
    expect(await gatewayVerdict(signature, p384.publicKey)).toBe(false);
    // a private key is not a verification key for this path
    const { privateKey: nodePrivate } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    expect(verifyEcSignature('ES256', 'x.y', signature.split('.')[2], nodePrivate)).toBeNull();
  });

  it('accepts what jose accepts for an imported JWK', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = await importJWK(await exportJWK(publicKey), 'ES256');
    const signature = await signDetached(body, privateKey, 'k1', 'ES256');
    expect(await gatewayVerdict(signature, jwk)).toBe(true);
    expect(await joseVerdict(signature, jwk)).toBe(true);
  });
});
