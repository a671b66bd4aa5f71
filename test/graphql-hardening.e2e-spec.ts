import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { Role } from '#gw/auth';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

describe('GraphQL hardening (e2e)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '5', GRAPHQL_MAX_COMPLEXITY: '300', GRAPHQL_BODY_LIMIT_BYTES: '4096' });
    token = await t.token(Role.AUDITOR);
  });
  afterAll(() => t.close());

  it('refuses a query nested deeper than the limit', async () => {
    const res = await t.gql(
      `query { communityChecks { edges { node { certificateType { factTypes { ownerDepartment { name } } } } } } }`,
      {},
      token,
    );
    expect(errorCodes(res)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(res.errors![0].message).toMatch(/层级/);
  });

  it('counts fragments when measuring depth', async () => {
    const res = await t.gql(
      `query { communityChecks { ...A } } fragment A on CommunityCertificateCheckConnection { edges { node { certificateType { factTypes { ownerDepartment { name } } } } } }`,
      {},
      token,
    );
    expect(errorCodes(res)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses a query whose page sizes multiply past the complexity limit', async () => {
    const res = await t.gql(
      `query { communityChecks(first: 100) { nodes { id decision reason guidance legalBasis } } }`,
      {},
      token,
    );
    expect(errorCodes(res)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(res.errors![0].message).toMatch(/复杂度/);
  });

  it('accepts a query within both limits', async () => {
    const res = await t.gql(`query { communityChecks(first: 10) { totalCount nodes { id } } }`, {}, token);
    expect(res.errors).toBeUndefined();
  });

  it('refuses an oversized request body before parsing it', async () => {
    const query = `query { factTypes { code } } # ${'x'.repeat(5000)}`;
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send({ query });
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a malformed JSON body with a GraphQL-shaped error', async () => {
    const res = await t.http().post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const res = await t.http().get('/graphql').query({ query: '{ factTypes { code } }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF|preflight/i);
  });

  it('reports a syntax error with GRAPHQL_PARSE_FAILED and a validation error with GRAPHQL_VALIDATION_FAILED', async () => {
    expect(errorCodes(await t.gql(`query { factTypes { code `, {}, token))).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(errorCodes(await t.gql(`query { factTypes { nope } }`, {}, token))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('never sends a stack trace', async () => {
    const res = await t.gql(`query { certificateType(code: "bad code!") { name } }`, {}, token);
    expect(res.errors).toBeDefined();
    expect(res.errors![0].extensions).not.toHaveProperty('stacktrace');
    expect(res.errors![0].extensions).not.toHaveProperty('exception');
  });

  it('allows introspection outside production', async () => {
    const res = await t.gql(`query { __schema { queryType { name } } }`);
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('GraphQL in production mode (e2e)', () => {
  let t: TestApp;
  let sign: (roles: Role[]) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    t = await startTestApp({
      NODE_ENV: 'production',
      AUTH_ISSUER: 'https://idp.test',
      AUTH_AUDIENCE: 'gateway',
      AUTH_PUBLIC_KEY: await exportSPKI(publicKey),
      LOG_LEVEL: 'silent',
    });
    sign = (roles) =>
      new SignJWT({ roles })
        .setProtectedHeader({ alg: 'RS256' })
        .setSubject('p-1')
        .setIssuer('https://idp.test')
        .setAudience('gateway')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
  });
  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const res = await t.gql(`query { __schema { queryType { name } } }`, {}, await sign([Role.AUDITOR]));
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('serves no landing page', async () => {
    const res = await t.http().get('/graphql').set('accept', 'text/html');
    expect(res.text).not.toMatch(/<html/i);
  });

  it('accepts tokens from the configured identity provider key', async () => {
    const res = await t.gql(`query { factTypes { code } }`, {}, await sign([Role.WINDOW_STAFF]));
    expect(res.errors).toBeUndefined();
  });

  it('refuses development tokens', async () => {
    const res = await t.gql(`query { factTypes { code } }`, {}, await t.token(Role.WINDOW_STAFF));
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('variables that do not fit their types (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers BAD_USER_INPUT, not an internal error', async () => {
    const res = await t.gql(
      `mutation($input: CheckCommunityCertificateInput!) { checkCommunityCertificate(input: $input) { id } }`,
      { input: { communityCode: '621022100001', certificate: '居住证明', unknownField: 1 } },
      await t.token(Role.COMMUNITY_STAFF),
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(await t.db.communityCheck.count()).toBe(0);
  });
});
