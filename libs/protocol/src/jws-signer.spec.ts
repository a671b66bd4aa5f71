import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { compactVerify, createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { signDetached, verifyDetached } from './connector-protocol';
import { assertSigningKeyFits, signCompactJson, signJwsInput } from './jws-signer';

const keyPairs: Record<string, () => { privateKey: KeyObject; publicKey: KeyObject }> = {
  ES256: () => generateKeyPairSync('ec', { namedCurve: 'P-256' }),
  ES384: () => generateKeyPairSync('ec', { namedCurve: 'P-384' }),
  RS256: () => generateKeyPairSync('rsa', { modulusLength: 2048 }),
  PS256: () => generateKeyPairSync('rsa', { modulusLength: 2048 }),
  EdDSA: () => generateKeyPairSync('ed25519'),
};

describe('node:crypto JWS signatures', () => {
  it.each(Object.keys(keyPairs))('%s: jose verifies what signJwsInput signs', async (alg) => {
    const { privateKey, publicKey } = keyPairs[alg]();
    assertSigningKeyFits(alg, privateKey);
    const input = `${Buffer.from(JSON.stringify({ alg })).toString('base64url')}.${Buffer.from('主体 body').toString('base64url')}`;
    const jws = `${input}.${signJwsInput(alg, privateKey, input)}`;
    const { payload, protectedHeader } = await compactVerify(jws, publicKey, { algorithms: [alg] });
    expect(new TextDecoder().decode(payload)).toBe('主体 body');
    expect(protectedHeader.alg).toBe(alg);
  });

  it('a detached signature from a key object verifies like one from jose', async () => {
    const { privateKey, publicKey } = keyPairs.ES256();
    const body = JSON.stringify({ requestId: 'r-1', subject: { name: '张三' } });
    const fast = await signDetached(body, privateKey, 'gw-1', 'ES256');
    const webcrypto = await generateKeyPair('ES256');
    const viaJose = await signDetached(body, webcrypto.privateKey, 'gw-2', 'ES256');
    const keys = createLocalJWKSet({
      keys: [
        { ...(await exportJWK(publicKey)), kid: 'gw-1', alg: 'ES256' },
        { ...(await exportJWK(webcrypto.publicKey)), kid: 'gw-2', alg: 'ES256' },
      ],
    });
    expect(await verifyDetached(body, fast, keys, ['ES256'])).toBe('gw-1');
    expect(await verifyDetached(body, viaJose, keys, ['ES256'])).toBe('gw-2');
    // the same header jose writes
    expect(fast.split('.')[0]).toBe(
      Buffer.from(JSON.stringify({ alg: 'ES256', kid: 'gw-1', typ: 'connector+jws' })).toString('base64url'),
    );
    await expect(verifyDetached(`${body} `, fast, keys, ['ES256'])).rejects.toThrow(/does not verify/);
  });

  it('signCompactJson writes a JWT jose accepts', async () => {
    const { privateKey, publicKey } = keyPairs.ES256();
    const token = signCompactJson(
      { alg: 'ES256', kid: 'gw-1', typ: 'x+jwt' },
      { sub: 's', iss: 'cert-gateway' },
      privateKey,
    );
    const { payload, protectedHeader } = await jwtVerify(token, publicKey, { issuer: 'cert-gateway', typ: 'x+jwt' });
    expect(payload).toEqual({ sub: 's', iss: 'cert-gateway' });
    expect(protectedHeader).toEqual({ alg: 'ES256', kid: 'gw-1', typ: 'x+jwt' });
  });

  it('refuses a key that cannot sign with the algorithm, and an unknown algorithm', () => {
    expect(() => assertSigningKeyFits('ES256', keyPairs.ES384().privateKey)).toThrow(/cannot sign ES256/);
    expect(() => assertSigningKeyFits('RS256', keyPairs.ES256().privateKey)).toThrow(/cannot sign RS256/);
    expect(() => assertSigningKeyFits('ES256', keyPairs.ES256().publicKey)).toThrow(/cannot sign/);
    expect(() => assertSigningKeyFits('HS256', keyPairs.ES256().privateKey)).toThrow(/unsupported/);
    expect(() => signJwsInput('none', keyPairs.ES256().privateKey, 'a.b')).toThrow(/unsupported/);
  });
});
