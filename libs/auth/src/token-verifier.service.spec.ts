import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, importJWK, SignJWT } from 'jose';
import { AppConfig, AppException, ErrorCode, loadConfig, maskIdNumber, subjectHash } from '#gw/common';
import { SubjectHasher } from '#gw/signing';
import { DEV_ALG, ensureDevKey } from './dev-keys';
import { ROLE_DEFAULTS, signDevToken } from './dev-token';
import { ALL_ROLES, Role } from './role.enum';
import { TokenVerifier } from './token-verifier.service';

const dataDirs: string[] = [];
const HASH_KEY = 'unit-subject-hash-key-0123456789abcdef';
const RESIDENT_ID = '621022199003070027';

function setup(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'token-verifier-'));
  dataDirs.push(dataDir);
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SUBJECT_HASH_KEY: HASH_KEY, ...env });
  return { sut: new TokenVerifier(config, new SubjectHasher(config)), config, dataDir };
}

type SigningKey = Parameters<SignJWT['sign']>[0];

interface TokenOptions {
  alg?: string;
  kid?: string;
  sub?: string | null;
  exp?: number | null;
  iat?: number;
  claims?: Record<string, unknown>;
}

async function sign(config: AppConfig, key: SigningKey, opts: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ roles: [Role.WINDOW_STAFF], ...opts.claims })
    .setProtectedHeader({ alg: opts.alg ?? DEV_ALG, ...(opts.kid ? { kid: opts.kid } : {}) })
    .setIssuer(config.auth.issuer)
    .setAudience(config.auth.audience)
    .setIssuedAt(opts.iat ?? now);
  if (opts.sub !== null) jwt.setSubject(opts.sub ?? 'user-1');
  if (opts.exp !== null) jwt.setExpirationTime(opts.exp ?? now + 600);
  return jwt.sign(key);
}

// Returns the refusal so that a test can look at its code and message.
async function refusal(promise: Promise<unknown>): Promise<AppException> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppException);
  expect((err as AppException).code).toBe(ErrorCode.UNAUTHENTICATED);
  return err as AppException;
}

afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe(TokenVerifier.name, () => {
  describe('with development keys', () => {
    it.each(ALL_ROLES)('accepts a dev token for %s and fills the role defaults', async (role) => {
      const { sut, config, dataDir } = setup();
      const key = await ensureDevKey(dataDir);
      const resident = role === Role.RESIDENT;
      const token = await signDevToken(key, config.auth, {
        roles: [role],
        idNumber: resident ? RESIDENT_ID : undefined,
      });
      const defaults = ROLE_DEFAULTS[role];
      await expect(sut.verify(token)).resolves.toEqual({
        subject: `demo-${role.toLowerCase()}`,
        name: defaults.name,
        departmentCode: defaults.department,
        regionCode: defaults.region,
        roles: [role],
        resident: resident
          ? {
              subjectHash: subjectHash(RESIDENT_ID, HASH_KEY),
              subjectMasked: maskIdNumber(RESIDENT_ID),
              sealIdNumber: expect.any(Function),
            }
          : undefined,
      });
    });

    it('keeps claims given on the command line over the defaults', async () => {
      const { sut, config, dataDir } = setup();
      const key = await ensureDevKey(dataDir);
      const token = await signDevToken(key, config.auth, {
        roles: [Role.COMMUNITY_STAFF],
        subject: 'clerk-7',
        name: '西关社区',
        region: '621022100002',
      });
      await expect(sut.verify(token)).resolves.toEqual({
        subject: 'clerk-7',
        name: '西关社区',
        departmentCode: null,
        regionCode: '621022100002',
        roles: [Role.COMMUNITY_STAFF],
      });
    });

    it('creates the dev key itself on first use, so a key created later by the CLI matches', async () => {
      const { sut, config, dataDir } = setup();
      const other = await generateKeyPair(DEV_ALG);
      await refusal(sut.verify(await sign(config, other.privateKey)));
      const key = await ensureDevKey(dataDir);
      await expect(sut.verify(await signDevToken(key, config.auth, { roles: [Role.AUDITOR] }))).resolves.toMatchObject({
        roles: [Role.AUDITOR],
      });
    });

    it('refuses a token that names another key id', async () => {
      const { sut, config, dataDir } = setup();
      const key = await ensureDevKey(dataDir);
      const token = await sign(config, await importJWK(key.privateJwk, DEV_ALG), { kid: 'dev-0000000000000000' });
      expect((await refusal(sut.verify(token))).message).toBe('登录凭证无效');
    });

    it('refuses a token signed by a key that is not the dev key', async () => {
      const { sut, config, dataDir } = setup();
      const key = await ensureDevKey(dataDir);
      const other = await generateKeyPair(DEV_ALG);
      const token = await sign(config, other.privateKey, { kid: key.kid });
      expect((await refusal(sut.verify(token))).message).toBe('登录凭证签名无效');
    });

    it('refuses development keys when the configuration is for production', async () => {
      const { config, dataDir } = setup();
      const key = await ensureDevKey(dataDir);
      const token = await signDevToken(key, config.auth, { roles: [Role.WINDOW_STAFF] });
      // loadConfig itself refuses production without a key; this covers the verifier's own check.
      const production = { ...config, isProduction: true, nodeEnv: 'production' as const };
      const sut = new TokenVerifier(production, new SubjectHasher(production));
      await refusal(sut.verify(token));
    });
  });

  describe('with AUTH_PUBLIC_KEY', () => {
    it('accepts a token signed by the key given as PEM', async () => {
      const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
      const { sut, config } = setup({ AUTH_PUBLIC_KEY: await exportSPKI(publicKey) });
      const token = await sign(config, privateKey, {
        alg: 'RS256',
        claims: { name: '窗口人员', department: 'HX_ZWFW', region: '621022000000' },
      });
      await expect(sut.verify(token)).resolves.toEqual({
        subject: 'user-1',
        name: '窗口人员',
        departmentCode: 'HX_ZWFW',
        regionCode: '621022000000',
        roles: [Role.WINDOW_STAFF],
      });
    });

    it('accepts a token signed by the key given as a JWK', async () => {
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const jwk = { ...(await exportJWK(publicKey)), alg: 'ES256', kid: 'idp-1' };
      const { sut, config } = setup({ AUTH_PUBLIC_KEY: JSON.stringify(jwk) });
      const token = await sign(config, privateKey, { alg: 'ES256', kid: 'idp-1' });
      await expect(sut.verify(token)).resolves.toMatchObject({
        subject: 'user-1',
        name: 'user-1',
        departmentCode: null,
        regionCode: null,
      });
    });

    it('refuses dev tokens once a public key is configured', async () => {
      const { publicKey } = await generateKeyPair('RS256', { extractable: true });
      const { sut, config, dataDir } = setup({ AUTH_PUBLIC_KEY: await exportSPKI(publicKey) });
      const key = await ensureDevKey(dataDir);
      await refusal(sut.verify(await signDevToken(key, config.auth, { roles: [Role.AUDITOR] })));
    });

    it('refuses a token signed by another key', async () => {
      const { publicKey } = await generateKeyPair('RS256', { extractable: true });
      const other = await generateKeyPair('RS256');
      const { sut, config } = setup({ AUTH_PUBLIC_KEY: await exportSPKI(publicKey) });
      expect((await refusal(sut.verify(await sign(config, other.privateKey, { alg: 'RS256' })))).message).toBe(
        '登录凭证签名无效',
      );
    });
  });

  describe('claims', () => {
    async function devSetup() {
      const s = setup();
      const key = await ensureDevKey(s.dataDir);
      return { ...s, key: await importJWK(key.privateJwk, DEV_ALG), kid: key.kid };
    }

    it('collapses duplicate roles', async () => {
      const { sut, config, key, kid } = await devSetup();
      const token = await sign(config, key, {
        kid,
        claims: { roles: [Role.AUDITOR, Role.LIST_ADMIN, Role.AUDITOR, Role.LIST_ADMIN] },
      });
      await expect(sut.verify(token)).resolves.toMatchObject({ roles: [Role.AUDITOR, Role.LIST_ADMIN] });
    });

    it('refuses a token without exp', async () => {
      const { sut, config, key, kid } = await devSetup();
      const err = await refusal(sut.verify(await sign(config, key, { kid, exp: null })));
      expect(err.message).toBe('登录凭证声明无效（exp）');
    });

    it('refuses a token without sub', async () => {
      const { sut, config, key, kid } = await devSetup();
      const err = await refusal(sut.verify(await sign(config, key, { kid, sub: null })));
      expect(err.message).toBe('登录凭证声明无效（sub）');
    });

    it('refuses an expired token', async () => {
      const { sut, config, key, kid } = await devSetup();
      const err = await refusal(
        sut.verify(await sign(config, key, { kid, exp: Math.floor(Date.now() / 1000) - 3600 })),
      );
      expect(err.message).toBe('登录凭证已过期');
    });

    it('refuses a token issued in the future beyond the clock tolerance, and accepts one within it', async () => {
      const { sut, config, key, kid } = await devSetup();
      const now = Math.floor(Date.now() / 1000);
      const future = await sign(config, key, { kid, iat: now + config.auth.clockToleranceSec + 60, exp: now + 3600 });
      expect((await refusal(sut.verify(future))).message).toMatch(/签发时间晚于当前时间/);
      const skewed = await sign(config, key, { kid, iat: now + config.auth.clockToleranceSec - 5, exp: now + 3600 });
      await expect(sut.verify(skewed)).resolves.toMatchObject({ subject: 'user-1' });
    });

    it('refuses a token meant to live longer than AUTH_MAX_TOKEN_LIFETIME_SEC', async () => {
      const { sut, config, key, kid } = await devSetup();
      const now = Math.floor(Date.now() / 1000);
      const long = await sign(config, key, { kid, exp: now + config.auth.maxTokenLifetimeSec + 60 });
      expect((await refusal(sut.verify(long))).message).toMatch(/有效期过长/);
      const limited = setup({ AUTH_MAX_TOKEN_LIFETIME_SEC: '600' });
      const dev = await ensureDevKey(limited.dataDir);
      const k = await importJWK(dev.privateJwk, DEV_ALG);
      const token = await sign(limited.config, k, { kid: dev.kid, exp: now + 900 });
      expect((await refusal(limited.sut.verify(token))).message).toMatch(/有效期过长/);
    });

    it('refuses a wrong issuer', async () => {
      const { sut, config, key, kid } = await devSetup();
      const token = await sign({ ...config, auth: { ...config.auth, issuer: 'someone-else' } }, key, { kid });
      expect((await refusal(sut.verify(token))).message).toBe('登录凭证声明无效（iss）');
    });

    it.each([
      ['no roles', { roles: [] }, '登录凭证缺少有效角色（roles）'],
      ['an unknown role', { roles: ['MAYOR'] }, '登录凭证缺少有效角色（roles）'],
      ['roles that are not a list', { roles: 'AUDITOR' }, '登录凭证缺少有效角色（roles）'],
      ['a malformed region', { region: '6210 22' }, '登录凭证声明无效（region）'],
      ['a department that is not text', { department: 7 }, '登录凭证声明无效（department）'],
    ])('refuses a token with %s', async (_name, claims, message) => {
      const { sut, config, key, kid } = await devSetup();
      expect((await refusal(sut.verify(await sign(config, key, { kid, claims })))).message).toBe(message);
    });

    it('cuts an overlong name to 100 characters', async () => {
      const { sut, config, key, kid } = await devSetup();
      const user = await sut.verify(await sign(config, key, { kid, claims: { name: '名'.repeat(300) } }));
      expect(user.name).toBe('名'.repeat(100));
    });
  });

  describe('resident tokens', () => {
    it('turns the configured claim into the subject hash and keeps nothing of the number', async () => {
      const { sut, config, dataDir } = setup({ AUTH_RESIDENT_ID_CLAIM: 'cn_id' });
      const key = await ensureDevKey(dataDir);
      const token = await signDevToken(key, config.auth, {
        roles: [Role.RESIDENT],
        idNumber: RESIDENT_ID.toLowerCase(),
        department: 'HX_MZ',
        region: '621022000000',
      });
      const user = await sut.verify(token);
      expect(user.resident).toEqual({
        subjectHash: subjectHash(RESIDENT_ID, HASH_KEY),
        subjectMasked: maskIdNumber(RESIDENT_ID),
        sealIdNumber: expect.any(Function),
      });
      // sealed for the commitment a resident signs, never in clear
      const sealed = user.resident!.sealIdNumber();
      expect(sealed).not.toContain(RESIDENT_ID);
      // a resident acts for no office and oversees no region, whatever the token claims
      expect([user.departmentCode, user.regionCode]).toEqual([null, null]);
      expect(JSON.stringify(user)).not.toContain(RESIDENT_ID);
      expect(JSON.stringify(user)).not.toContain(RESIDENT_ID.slice(6, 14));
    });

    it.each([
      ['no ID claim', {}],
      ['an invalid ID number', { idNumber: '621022199003070021' }],
      ['a malformed ID number', { idNumber: '12345' }],
    ])('refuses a resident token with %s', async (_label, extra) => {
      const { sut, config, dataDir } = setup();
      const key = await ensureDevKey(dataDir);
      await refusal(sut.verify(await signDevToken(key, config.auth, { roles: [Role.RESIDENT], ...extra })));
    });

    it('refuses the number under another claim name than the configured one', async () => {
      const { sut, config, dataDir } = setup({ AUTH_RESIDENT_ID_CLAIM: 'cn_id' });
      const key = await ensureDevKey(dataDir);
      const token = await signDevToken(
        key,
        { ...config.auth, residentIdClaim: 'resident_id_number' },
        {
          roles: [Role.RESIDENT],
          idNumber: RESIDENT_ID,
        },
      );
      await refusal(sut.verify(token));
    });

    it('refuses a token that is a resident and staff at once', async () => {
      const { sut, config, dataDir } = setup();
      const key = await ensureDevKey(dataDir);
      const token = await signDevToken(key, config.auth, {
        roles: [Role.RESIDENT, Role.WINDOW_STAFF],
        idNumber: RESIDENT_ID,
      });
      await refusal(sut.verify(token));
    });

    it('ignores an ID claim in a staff token', async () => {
      const { sut, config, dataDir } = setup();
      const key = await ensureDevKey(dataDir);
      const user = await sut.verify(
        await signDevToken(key, config.auth, { roles: [Role.WINDOW_STAFF], idNumber: RESIDENT_ID }),
      );
      expect(user.resident).toBeUndefined();
    });
  });

  describe('algorithms', () => {
    it('refuses HS256 even when the secret is the configured public key', async () => {
      const { publicKey } = await generateKeyPair('RS256', { extractable: true });
      const pem = await exportSPKI(publicKey);
      const { sut, config } = setup({ AUTH_PUBLIC_KEY: pem });
      const token = await sign(config, new TextEncoder().encode(pem), { alg: 'HS256' });
      expect((await refusal(sut.verify(token))).message).toBe('登录凭证签名算法不被接受');
    });

    it('refuses an algorithm that is asymmetric but not on the allow-list', async () => {
      const { privateKey, publicKey } = await generateKeyPair('PS256', { extractable: true });
      const { sut, config } = setup({ AUTH_PUBLIC_KEY: await exportSPKI(publicKey), AUTH_ALGORITHMS: 'RS256' });
      expect((await refusal(sut.verify(await sign(config, privateKey, { alg: 'PS256' })))).message).toBe(
        '登录凭证签名算法不被接受',
      );
    });

    it('refuses alg none', async () => {
      const { sut, config } = setup();
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const token = `${b64({ alg: 'none' })}.${b64({ sub: 'x', roles: ['AUDITOR'], iss: config.auth.issuer, aud: config.auth.audience, iat: now, exp: now + 600 })}.`;
      await refusal(sut.verify(token));
    });
  });

  describe('error messages', () => {
    it('are in Chinese and never contain the token or any part of it', async () => {
      const { sut, config, dataDir } = setup();
      const dev = await ensureDevKey(dataDir);
      const key = await importJWK(dev.privateJwk, DEV_ALG);
      const other = await generateKeyPair(DEV_ALG);
      const now = Math.floor(Date.now() / 1000);
      const tokens = [
        await sign(config, key, { kid: dev.kid, exp: now - 3600 }),
        await sign(config, key, { kid: dev.kid, sub: null }),
        await sign(config, other.privateKey, { kid: dev.kid }),
        await sign(config, key, { kid: dev.kid, claims: { roles: ['MAYOR'] } }),
        await sign(config, new TextEncoder().encode('s'.repeat(32)), { alg: 'HS256' }),
        'not-a-jwt',
        'aaaa.bbbb.cccc',
      ];
      for (const token of tokens) {
        const err = await refusal(sut.verify(token));
        expect(err.message).toMatch(/^登录凭证/);
        for (const part of token.split('.').filter((p) => p.length > 0)) expect(err.message).not.toContain(part);
        expect(JSON.stringify(err)).not.toContain(token);
      }
    });
  });

  describe('verified tokens', () => {
    afterEach(() => jest.restoreAllMocks());

    it('checks the signature of a token once and accepts it again from memory', async () => {
      const { sut, config, dataDir } = setup();
      const token = await signDevToken(await ensureDevKey(dataDir), config.auth, { roles: [Role.WINDOW_STAFF] });
      const check = jest.spyOn(sut as unknown as { check: () => Promise<unknown> }, 'check');
      const first = await sut.verify(token);
      await expect(sut.verify(token)).resolves.toEqual(first);
      expect(check).toHaveBeenCalledTimes(1);
      // a token that differs in one character is checked, and refused
      const tampered = token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA');
      await refusal(sut.verify(tampered));
      expect(check).toHaveBeenCalledTimes(2);
    });

    it('refuses a remembered token once it expires, and checks it again after a minute', async () => {
      const { sut, config, dataDir } = setup({ AUTH_CLOCK_TOLERANCE_SEC: '0' });
      const key = await ensureDevKey(dataDir);
      const now = Math.floor(Date.now() / 1000);
      const shortLived = await sign(config, await importJWK(key.privateJwk, DEV_ALG), { kid: key.kid, exp: now + 100 });
      const check = jest.spyOn(sut as unknown as { check: () => Promise<unknown> }, 'check');
      await sut.verify(shortLived);
      // the clock only (Date, for the cache and for jose); timers and promise jobs run as usual
      jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'setInterval'] });
      try {
        jest.setSystemTime(Date.now() + 61_000);
        await sut.verify(shortLived);
        expect(check).toHaveBeenCalledTimes(2);
        jest.setSystemTime((now + 101) * 1000);
        await refusal(sut.verify(shortLived));
      } finally {
        jest.useRealTimers();
      }
    });
  });
});
