import { ConfigError, loadConfig } from './app-config';

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
});
