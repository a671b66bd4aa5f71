import { ConfigError, deadlineMs, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('defaults to an embedded SQLite file under ./data and development keys', () => {
    const sut = loadConfig({}, '/srv/gw');
    expect(sut.databaseUrl).toBe('file:/srv/gw/data/gateway.db');
    expect(sut.dataDir).toBe('/srv/gw/data');
    expect(sut.port).toBe(3000);
    expect(sut.auth.devKeys).toBe(true);
    expect(sut.isProduction).toBe(false);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/gw' }).databaseUrl).toBe('postgresql://u@db:5432/gw');
  });

  it('reports every problem at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        NODE_ENV: 'staging',
        AUTH_ALGORITHMS: 'HS256',
        LOG_LEVEL: 'loud',
      });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toHaveLength(5);
    expect(error!.message).toContain('PORT');
    expect(error!.message).toContain('DATABASE_URL');
    expect(error!.message).toContain('NODE_ENV');
    expect(error!.message).toContain('AUTH_ALGORITHMS');
    expect(error!.message).toContain('LOG_LEVEL');
  });

  it('refuses development keys and a missing issuer in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/development keys are refused[\s\S]*AUTH_ISSUER/);
  });

  it('requires a subject hash key in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://idp.example/jwks.json',
        AUTH_ISSUER: 'https://idp.example',
      }),
    ).toThrow(/SUBJECT_HASH_KEY/);
  });

  it('starts in production with an external key and issuer', () => {
    const sut = loadConfig({
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
      AUTH_ISSUER: 'https://idp.example',
      SUBJECT_HASH_KEY: 'k'.repeat(32),
    });
    expect(sut.auth.devKeys).toBe(false);
    expect(sut.isProduction).toBe(true);
  });

  it('allows unsigned sources only outside production, and reports it with every other problem', () => {
    expect(loadConfig({}).verification.allowUnsignedSources).toBe(false);
    expect(loadConfig({ SOURCES_ALLOW_UNSIGNED: 'true' }).verification.allowUnsignedSources).toBe(true);
    let error: ConfigError | undefined;
    try {
      loadConfig({ NODE_ENV: 'production', SOURCES_ALLOW_UNSIGNED: 'true', PORT: 'x' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.join('\n')).toMatch(/SOURCES_ALLOW_UNSIGNED[\s\S]*/);
    expect(error!.problems.some((p) => p.startsWith('PORT'))).toBe(true);
    expect(error!.problems.some((p) => p.includes('AUTH_ISSUER'))).toBe(true);
  });

  it('rejects both key settings at once', () => {
    expect(() =>
      loadConfig({ AUTH_JWKS_URL: 'https://idp/jwks', AUTH_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----x' }),
    ).toThrow(/only one of/);
  });

  it('takes the console client id with an issuer the browser can discover', () => {
    const sut = loadConfig({ AUTH_ISSUER: 'https://idp.example/realms/hx', AUTH_CLIENT_ID: 'cert-console' });
    expect(sut.auth.clientId).toBe('cert-console');
    expect(sut.auth.scope).toBe('openid');
    expect(loadConfig({}).auth.clientId).toBeUndefined();
  });

  it('refuses a console client id without a discoverable issuer, and bad scopes', () => {
    expect(() => loadConfig({ AUTH_CLIENT_ID: 'cert-console' })).toThrow(/AUTH_CLIENT_ID needs AUTH_ISSUER/);
    expect(() => loadConfig({ AUTH_ISSUER: 'http://idp.example', AUTH_CLIENT_ID: 'c' })).toThrow(/AUTH_ISSUER/);
    expect(() => loadConfig({ AUTH_ISSUER: 'https://idp.example', AUTH_CLIENT_ID: 'has space' })).toThrow(
      /AUTH_CLIENT_ID must be/,
    );
    expect(() => loadConfig({ AUTH_SCOPE: 'profile email' })).toThrow(/AUTH_SCOPE/);
    expect(loadConfig({ AUTH_SCOPE: 'openid profile' }).auth.scope).toBe('openid profile');
  });

  it('resolves the console directory against the working directory', () => {
    expect(loadConfig({ CONSOLE_DIR: 'web' }, '/srv/gw').consoleDir).toBe('/srv/gw/web');
    expect(loadConfig({}).consoleDir).toBeUndefined();
  });

  it('polls the reference-data versions every second unless told otherwise, within bounds', () => {
    expect(loadConfig({}).referenceCache.pollMs).toBe(1000);
    expect(loadConfig({ REFERENCE_CACHE_POLL_MS: '250' }).referenceCache.pollMs).toBe(250);
    expect(() => loadConfig({ REFERENCE_CACHE_POLL_MS: '0' })).toThrow(/REFERENCE_CACHE_POLL_MS/);
    expect(() => loadConfig({ REFERENCE_CACHE_POLL_MS: 'often' })).toThrow(/REFERENCE_CACHE_POLL_MS/);
  });

  it('binds the review steps to two distinct department codes', () => {
    expect(loadConfig({}).review).toEqual({ civilAffairsDepartment: 'HX_MZ', organizationDepartment: 'HX_ZZB' });
    expect(loadConfig({ REVIEW_CIVIL_AFFAIRS_DEPARTMENT: 'QY_MZ' }).review.civilAffairsDepartment).toBe('QY_MZ');
    expect(() => loadConfig({ REVIEW_CIVIL_AFFAIRS_DEPARTMENT: 'hx mz' })).toThrow(/REVIEW_CIVIL_AFFAIRS_DEPARTMENT/);
    expect(() => loadConfig({ REVIEW_ORGANIZATION_DEPARTMENT: 'HX_MZ' })).toThrow(/must be different/);
  });

  it('scales or overrides deadlines, validated, and refuses them in production unless allowed', () => {
    const d = loadConfig({
      DEADLINE_SCALE: '0.001',
      DEADLINE_OVERRIDES: '*.assist=60, MARITAL_STATUS.assist=5',
    }).deadlines;
    expect(deadlineMs(d, 'assist', 'MARITAL_STATUS', 72 * 3600_000)).toBe(5000);
    expect(deadlineMs(d, 'assist', 'RESIDENCE', 72 * 3600_000)).toBe(60_000);
    expect(deadlineMs(d, 'postVerify', 'RESIDENCE', 30 * 86_400_000)).toBe(2_592_000);
    expect(deadlineMs(loadConfig({}).deadlines, 'postVerify', 'X', 30 * 86_400_000)).toBe(30 * 86_400_000);
    for (const bad of [{ DEADLINE_SCALE: '0' }, { DEADLINE_SCALE: '2' }, { DEADLINE_SCALE: 'fast' }])
      expect(() => loadConfig(bad)).toThrow(/DEADLINE_SCALE/);
    for (const bad of ['assist=5', 'X.later=5', 'X.assist=0', 'X.assist=-1', 'x.assist=5', 'X.assist=5,X.assist=6'])
      expect(() => loadConfig({ DEADLINE_OVERRIDES: bad })).toThrow(/DEADLINE_OVERRIDES/);
    const production = {
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
      AUTH_ISSUER: 'https://idp.example',
      SUBJECT_HASH_KEY: 'k'.repeat(32),
      DEADLINE_SCALE: '0.5',
    };
    expect(() => loadConfig(production)).toThrow(/refused in production/);
    expect(loadConfig({ ...production, DEADLINE_CHANGES_IN_PRODUCTION: 'true' }).deadlines.scale).toBe(0.5);
  });

  it('reads department webhooks as code=URL pairs', () => {
    expect(
      loadConfig({ DEPARTMENT_WEBHOOKS: 'HX_GA=https://ga.example/hook, HX_MZ=http://127.0.0.1:9/x' })
        .departmentWebhooks,
    ).toEqual({
      HX_GA: 'https://ga.example/hook',
      HX_MZ: 'http://127.0.0.1:9/x',
    });
    for (const bad of ['HX_GA', 'HX_GA=ftp://x', 'hx=https://x', 'HX_GA=https://a,HX_GA=https://b'])
      expect(() => loadConfig({ DEPARTMENT_WEBHOOKS: bad })).toThrow(/DEPARTMENT_WEBHOOKS/);
  });
});
