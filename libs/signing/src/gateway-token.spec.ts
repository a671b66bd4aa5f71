import { CompactSign, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { checkGatewayToken, MAX_TOKEN_LENGTH, TokenExpectation, TokenProblem, VerifyKey } from './gateway-token';

const expected: TokenExpectation = { typ: 'verification-receipt+jwt', issuer: 'cert-gateway', algorithms: ['ES256'] };
type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

describe(checkGatewayToken.name, () => {
  let published: VerifyKey;
  let gatewayKey: SigningKey;
  let strangerKey: SigningKey;
  const keyFor = jest.fn(async (kid: string) => (kid === 'gw-1' ? published : null));

  beforeAll(async () => {
    const gateway = await generateKeyPair('ES256', { extractable: true });
    gatewayKey = gateway.privateKey;
    published = await importJWK(await exportJWK(gateway.publicKey), 'ES256');
    strangerKey = (await generateKeyPair('ES256')).privateKey;
  });
  beforeEach(() => keyFor.mockClear());

  function sign(
    o: { key?: SigningKey; kid?: string | null; typ?: string; iss?: string | null; exp?: number; alg?: string } = {},
    payload: Record<string, unknown> = { vid: 'v-1', outcome: 'CONFIRMED' },
  ): Promise<string> {
    const jwt = new SignJWT(payload).setProtectedHeader({
      alg: o.alg ?? 'ES256',
      ...(o.kid === null ? {} : { kid: o.kid ?? 'gw-1' }),
      typ: o.typ ?? expected.typ,
    });
    if (o.iss !== null) jwt.setIssuer(o.iss ?? 'cert-gateway');
    if (o.exp !== undefined) jwt.setExpirationTime(o.exp);
    return jwt.setIssuedAt().sign(o.key ?? gatewayKey);
  }

  const check = (token: string) => checkGatewayToken(token, expected, keyFor);

  it('accepts a token the gateway signed, with its key id, payload and header', async () => {
    const result = await check(await sign());
    expect(result).toMatchObject({
      ok: true,
      kid: 'gw-1',
      payload: { vid: 'v-1', outcome: 'CONFIRMED', iss: 'cert-gateway' },
      header: { kid: 'gw-1', typ: expected.typ },
    });
  });

  it.each(['', 'not-a-token', 'a.b', 'a.b.c.d', 'a.b.c d', 'a.b.c+'])('calls %j MALFORMED', async (token) => {
    expect(await check(token)).toEqual({ ok: false, problem: TokenProblem.MALFORMED, kid: null });
    expect(keyFor).not.toHaveBeenCalled();
  });

  it('refuses an oversized token before parsing it', async () => {
    const huge = `${'a'.repeat(MAX_TOKEN_LENGTH)}.b.c`;
    expect(await check(huge)).toEqual({ ok: false, problem: TokenProblem.TOO_LARGE, kid: null });
  });

  it('calls a header that does not decode BAD_HEADER', async () => {
    const [, payload, signature] = (await sign()).split('.');
    expect(await check(`bm90LWpzb24.${payload}.${signature}`)).toEqual({
      ok: false,
      problem: TokenProblem.BAD_HEADER,
      kid: null,
    });
  });

  it('calls a key id the gateway never published, or none, UNKNOWN_KEY', async () => {
    expect(await check(await sign({ key: strangerKey, kid: 'gw-unknown' }))).toEqual({
      ok: false,
      problem: TokenProblem.UNKNOWN_KEY,
      kid: 'gw-unknown',
    });
    expect(await check(await sign({ kid: null }))).toEqual({ ok: false, problem: TokenProblem.UNKNOWN_KEY, kid: null });
  });

  it('calls a foreign signature under a published key id BAD_SIGNATURE', async () => {
    expect(await check(await sign({ key: strangerKey }))).toEqual({
      ok: false,
      problem: TokenProblem.BAD_SIGNATURE,
      kid: 'gw-1',
    });
  });

  it('calls a changed payload BAD_SIGNATURE', async () => {
    const [header, , signature] = (await sign()).split('.');
    const altered = Buffer.from(JSON.stringify({ vid: 'v-1', outcome: 'REFUTED' })).toString('base64url');
    expect(await check(`${header}.${altered}.${signature}`)).toMatchObject({ problem: TokenProblem.BAD_SIGNATURE });
  });

  it('calls a genuine gateway token of another kind WRONG_TYPE', async () => {
    expect(await check(await sign({ typ: 'commitment-record+jwt' }))).toEqual({
      ok: false,
      problem: TokenProblem.WRONG_TYPE,
      kid: 'gw-1',
      claim: 'typ',
    });
  });

  it('calls another issuer, or none, WRONG_ISSUER', async () => {
    expect(await check(await sign({ iss: 'someone-else' }))).toMatchObject({ problem: TokenProblem.WRONG_ISSUER });
    expect(await check(await sign({ iss: null }))).toMatchObject({
      problem: TokenProblem.WRONG_ISSUER,
      claim: 'iss',
    });
  });

  it('calls a token past its expiry EXPIRED', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    expect(await check(await sign({ exp: past }))).toEqual({
      ok: false,
      problem: TokenProblem.EXPIRED,
      kid: 'gw-1',
      claim: 'exp',
    });
  });

  it('calls an algorithm outside the accepted ones ALGORITHM_NOT_ALLOWED', async () => {
    const hs = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', kid: 'gw-1', typ: expected.typ })
      .sign(new Uint8Array(32));
    expect(await check(hs)).toEqual({ ok: false, problem: TokenProblem.ALGORITHM_NOT_ALLOWED, kid: 'gw-1' });
    expect(keyFor).not.toHaveBeenCalled();
  });

  it('calls a signed payload that is not a JSON object UNVERIFIABLE', async () => {
    const token = await new CompactSign(new TextEncoder().encode('[1]'))
      .setProtectedHeader({ alg: 'ES256', kid: 'gw-1', typ: expected.typ })
      .sign(gatewayKey);
    expect(await check(token)).toEqual({ ok: false, problem: TokenProblem.UNVERIFIABLE, kid: 'gw-1' });
  });

  it('calls a published key used with an algorithm it does not fit UNVERIFIABLE', async () => {
    const p384 = (await generateKeyPair('ES384')).privateKey;
    const token = await sign({ key: p384, alg: 'ES384' });
    const lenient = { ...expected, algorithms: ['ES256', 'ES384'] };
    expect(await checkGatewayToken(token, lenient, keyFor)).toEqual({
      ok: false,
      problem: TokenProblem.UNVERIFIABLE,
      kid: 'gw-1',
    });
  });

  it('throws when the published keys cannot be read: the token is not at fault', async () => {
    const down = jest.fn(async () => {
      throw new Error('database unreachable');
    });
    await expect(checkGatewayToken(await sign(), expected, down)).rejects.toThrow('database unreachable');
  });
});
