import { DEFAULT_GATEWAY_JWKS_URL, loadSandboxConfig, SandboxConfigError } from './config';

describe(loadSandboxConfig.name, () => {
  it('has defaults for everything', () => {
    expect(loadSandboxConfig({})).toEqual({
      port: 3001,
      host: '127.0.0.1',
      seed: 20231106,
      size: 2000,
      gatewayJwksUrl: DEFAULT_GATEWAY_JWKS_URL,
      faults: {},
    });
  });

  it('reads the environment', () => {
    const sut = loadSandboxConfig({
      SANDBOX_PORT: '0',
      SANDBOX_HOST: '0.0.0.0',
      SANDBOX_PUBLIC_URL: 'http://sandbox:3001',
      SANDBOX_SEED: '42',
      SANDBOX_POPULATION: '100000',
      GATEWAY_JWKS_URL: 'http://gateway:3000/.well-known/jwks.json',
      SANDBOX_FAULTS: '{"MZ_HUNYIN":{"latencyMs":20},"RS_SHEBAO":{"errorRate":0.1,"badSignature":true}}',
    });
    expect(sut).toEqual({
      port: 0,
      host: '0.0.0.0',
      publicUrl: 'http://sandbox:3001',
      seed: 42,
      size: 100000,
      gatewayJwksUrl: 'http://gateway:3000/.well-known/jwks.json',
      faults: { MZ_HUNYIN: { latencyMs: 20 }, RS_SHEBAO: { errorRate: 0.1, badSignature: true } },
    });
  });

  it('reports every problem at once in one error', () => {
    let error: unknown;
    try {
      loadSandboxConfig({
        SANDBOX_PORT: '70000',
        SANDBOX_SEED: 'abc',
        SANDBOX_POPULATION: '0',
        GATEWAY_JWKS_URL: 'ftp://x',
        SANDBOX_FAULTS: '{"XX":{},"MZ_DIBAO":{"hang":"yes"}}',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SandboxConfigError);
    const { problems } = error as SandboxConfigError;
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(
      /SANDBOX_PORT[\s\S]*SANDBOX_SEED[\s\S]*SANDBOX_POPULATION[\s\S]*GATEWAY_JWKS_URL[\s\S]*unknown source XX[\s\S]*MZ_DIBAO\.hang/,
    );
  });

  it('refuses faults that are not a JSON object', () => {
    expect(() => loadSandboxConfig({ SANDBOX_FAULTS: 'latency=20' })).toThrow(/SANDBOX_FAULTS must be a JSON object/);
    expect(() => loadSandboxConfig({ SANDBOX_FAULTS: '[1]' })).toThrow(/SANDBOX_FAULTS must be a JSON object/);
  });
});
