import { exportJWK, generateKeyPair } from 'jose';
import { Role } from '#gw/auth';
import { SandboxSetup, startSources } from './helpers/sandbox';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

const REGISTER = `mutation($i: RegisterDataSourceInput!) { registerDataSource(input: $i) { id code status factTypes timeoutMs signsResponses hasAuthSecret providerDepartment { code } grantedDepartments { code } } }`;
const FIELDS = `id status statusReason hasAuthSecret signsResponses lastProbe { ok message latencyMs } grantedDepartments { code } stats { calls breaker }`;

describe('data-source registry (e2e)', () => {
  let t: TestApp;
  let s: SandboxSetup;
  let ga: string;
  let mz: string;
  let publicKeyJwk: Record<string, unknown>;

  beforeAll(async () => {
    publicKeyJwk = (await exportJWK((await generateKeyPair('ES256')).publicKey)) as Record<string, unknown>;
    t = await startTestApp();
    s = await startSources(t, { only: ['MZ_HUNYIN'] });
    ga = await t.token(Role.SOURCE_ADMIN, { department: 'HX_GA', subject: 'ga-admin' });
    mz = await t.token(Role.SOURCE_ADMIN, { department: 'HX_MZ', subject: 'mz-admin' });
  });
  afterAll(async () => {
    await s.sandbox.close();
    await t.close();
  });

  const base = (over: Record<string, unknown> = {}) => ({
    code: `GA_TEST_${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    name: '公安测试数据源',
    endpoint: 'http://127.0.0.1:9/verify',
    factTypes: ['IDENTITY'],
    publicKeyJwk,
    ...over,
  });

  it('registers a source for the caller’s own department, with the default timeout', async () => {
    const res = await t.gql(REGISTER, { i: base({ authSecret: 'super-secret-token-123' }) }, ga);
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerDataSource).toMatchObject({
      status: 'ACTIVE',
      factTypes: ['IDENTITY'],
      timeoutMs: 3000,
      signsResponses: true,
      hasAuthSecret: true,
      providerDepartment: { code: 'HX_GA' },
      grantedDepartments: [],
    });
  });

  it('never gives a secret back, nor writes it to the audit trail', async () => {
    const res = await t.gql(REGISTER, { i: base({ authSecret: 'another-secret-value-456' }) }, ga);
    const id = res.data!.registerDataSource.id;
    const all = await t.gql(`query { dataSources { ${FIELDS} endpoint } }`, {}, ga);
    expect(JSON.stringify(all.body)).not.toContain('another-secret-value-456');
    const events = await t.db.auditEvent.findMany({ where: { targetId: id } });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('another-secret-value-456');
    const introspect = await t.gql(`query { __type(name: "DataSource") { fields { name } } }`);
    expect(introspect.data!.__type.fields.map((f: { name: string }) => f.name)).not.toContain('authSecret');
  });

  it.each([
    ['an unknown fact type', { factTypes: ['NOT_A_FACT'] }, 'BAD_USER_INPUT'],
    ['a non-http endpoint', { endpoint: 'ftp://example/verify' }, 'BAD_USER_INPUT'],
    ['a malformed code', { code: 'bad code' }, 'BAD_USER_INPUT'],
    ['a private key as the source key', { publicKeyJwk: 'PRIVATE' }, 'BAD_USER_INPUT'],
    ['a too short timeout', { timeoutMs: 1 }, 'BAD_USER_INPUT'],
  ])('refuses %s and stores nothing', async (_name, over, code) => {
    let extra = over as Record<string, unknown>;
    if (extra.publicKeyJwk === 'PRIVATE') {
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      extra = { publicKeyJwk: await exportJWK(privateKey) };
    }
    const before = await t.db.dataSource.count();
    const res = await t.gql(REGISTER, { i: base(extra) }, ga);
    expect(errorCodes(res)).toEqual([code]);
    expect(await t.db.dataSource.count()).toBe(before);
  });

  it('refuses a code that is taken', async () => {
    const i = base();
    await t.gql(REGISTER, { i }, ga);
    expect(errorCodes(await t.gql(REGISTER, { i }, ga))).toEqual(['CONFLICT']);
  });

  it('lets only the provider department manage its source', async () => {
    const id = s.sourceIds.MZ_HUNYIN;
    expect(
      errorCodes(await t.gql(`mutation($id: ID!) { suspendDataSource(id: $id, reason: "x") { id } }`, { id }, ga)),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await t.gql(
          `mutation($id: ID!) { grantSourceAccess(sourceId: $id, consumerDepartmentCode: "HX_GA") { id } }`,
          { id },
          ga,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await t.gql(`mutation($id: ID!) { probeDataSource(id: $id) { id } }`, { id }, await t.token(Role.WINDOW_STAFF)),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('grants and revokes access, refusing repeats and unknown departments', async () => {
    const id = s.sourceIds.MZ_HUNYIN;
    const grant = (dept: string) =>
      t.gql(
        `mutation($id: ID!, $d: String!) { grantSourceAccess(sourceId: $id, consumerDepartmentCode: $d) { grantedDepartments { code } } }`,
        { id, d: dept },
        mz,
      );
    const revoke = (dept: string) =>
      t.gql(
        `mutation($id: ID!, $d: String!) { revokeSourceAccess(sourceId: $id, consumerDepartmentCode: $d) { grantedDepartments { code } } }`,
        { id, d: dept },
        mz,
      );
    expect(
      (await grant('HX_RS')).data!.grantSourceAccess.grantedDepartments.map((d: { code: string }) => d.code),
    ).toEqual(['HX_RS', 'HX_ZWFW']);
    expect(errorCodes(await grant('HX_RS'))).toEqual(['CONFLICT']);
    expect(errorCodes(await grant('NO_SUCH_DEPT'))).toEqual(['NOT_FOUND']);
    expect(
      (await revoke('HX_RS')).data!.revokeSourceAccess.grantedDepartments.map((d: { code: string }) => d.code),
    ).toEqual(['HX_ZWFW']);
    expect(errorCodes(await revoke('HX_RS'))).toEqual(['CONFLICT']);
  });

  it('requires a reason to suspend, and refuses suspending twice', async () => {
    const id = s.sourceIds.MZ_HUNYIN;
    expect(
      errorCodes(await t.gql(`mutation($id: ID!) { suspendDataSource(id: $id, reason: "  ") { id } }`, { id }, mz)),
    ).toEqual(['BAD_USER_INPUT']);
    await t.gql(`mutation($id: ID!) { suspendDataSource(id: $id, reason: "维护") { id } }`, { id }, mz);
    expect(
      errorCodes(await t.gql(`mutation($id: ID!) { suspendDataSource(id: $id, reason: "维护") { id } }`, { id }, mz)),
    ).toEqual(['CONFLICT']);
    await t.gql(`mutation($id: ID!) { reactivateDataSource(id: $id) { id } }`, { id }, mz);
  });

  it('probes a healthy source and a down one', async () => {
    const id = s.sourceIds.MZ_HUNYIN;
    const ok = await t.gql(`mutation($id: ID!) { probeDataSource(id: $id) { ${FIELDS} } }`, { id }, mz);
    expect(ok.data!.probeDataSource.lastProbe).toMatchObject({ ok: true, message: null });
    s.sandbox.setFault('MZ_HUNYIN', { down: true });
    const down = await t.gql(`mutation($id: ID!) { probeDataSource(id: $id) { ${FIELDS} } }`, { id }, mz);
    s.sandbox.setFault('MZ_HUNYIN', null);
    expect(down.data!.probeDataSource.lastProbe).toMatchObject({ ok: false });
    expect(down.data!.probeDataSource.lastProbe.message).toBeTruthy();
  });

  it('updates a source and audits which fields changed', async () => {
    const created = (await t.gql(REGISTER, { i: base() }, ga)).data!.registerDataSource;
    const res = await t.gql(
      `mutation($i: UpdateDataSourceInput!) { updateDataSource(input: $i) { timeoutMs factTypes hasAuthSecret } }`,
      {
        i: {
          id: created.id,
          timeoutMs: 1500,
          factTypes: ['IDENTITY', 'HOUSEHOLD_REGISTRATION'],
          authSecret: 'rotated-secret-789',
        },
      },
      ga,
    );
    expect(res.data!.updateDataSource).toEqual({
      timeoutMs: 1500,
      factTypes: ['HOUSEHOLD_REGISTRATION', 'IDENTITY'],
      hasAuthSecret: true,
    });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { targetId: created.id, action: 'source.update' } });
    expect(event.detail).toMatchObject({ changed: ['authSecret', 'factTypes', 'timeoutMs'] });
    expect(JSON.stringify(event.detail)).not.toContain('rotated-secret-789');
    expect(
      errorCodes(
        await t.gql(
          `mutation($i: UpdateDataSourceInput!) { updateDataSource(input: $i) { id } }`,
          { i: { id: created.id } },
          ga,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('publishes the gateway keys that sign requests, without private parts', async () => {
    const res = await t.http().get('/.well-known/jwks.json');
    expect(res.status).toBe(200);
    expect(res.body.keys.length).toBeGreaterThanOrEqual(1);
    for (const k of res.body.keys) {
      expect(k).toMatchObject({ kty: 'EC', alg: 'ES256', use: 'sig', kid: expect.stringMatching(/^gw-/) });
      expect(k).not.toHaveProperty('d');
    }
  });
});
