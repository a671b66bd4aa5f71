/** @jest-environment node */
import { signedKind } from './signed-kind';

const jws = (header: object) => `${Buffer.from(JSON.stringify(header)).toString('base64url')}.eyJ4IjoxfQ.c2ln`;

describe('signedKind', () => {
  it('tells receipts, commitment records and community certificates apart', () => {
    expect(signedKind(jws({ alg: 'ES256', typ: 'verification-receipt+jwt' }))).toBe('RECEIPT');
    expect(signedKind(` ${jws({ alg: 'ES256', typ: 'commitment-record+jwt' })}\n`)).toBe('COMMITMENT');
    expect(signedKind(`HXZM1:${jws({ typ: 'community-certificate+jwt' })}`)).toBe('CERTIFICATE');
    expect(signedKind(jws({ typ: 'community-certificate+jwt' }))).toBe('CERTIFICATE');
  });

  it('knows nothing else', () => {
    expect(signedKind('hello')).toBeNull();
    expect(signedKind(jws({ typ: 'JWT' }))).toBeNull();
    expect(signedKind('!!!.x.y')).toBeNull();
  });
});
