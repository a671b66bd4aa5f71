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

  it('tells every proxy and browser not to keep an answer, whether it succeeded or failed', async () => {
    const post = (query: string) =>
      t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${token}`)
        .send({ query });
    const ok = await post(`query { communityChecks(first: 1) { totalCount } }`);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.headers['cache-control']).toBe('no-store');
    const failed = await post(`query { factTypes { nope } }`);
    expect(failed.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(failed.headers['cache-control']).toBe('no-store');
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

describe('request limits before anything expensive (e2e)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.token(Role.WINDOW_STAFF);
  });
  afterAll(() => t.close());

  const post = (body: object, auth = token) =>
    t.http().post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${auth}`).send(body);

  // F(k) spreads F(k-1) twice: spread out, 40 levels are 2^40 selections in under 3 KB. A check that
  // expands fragments at every spread would hold the event loop for hours; this must answer at once
  // and leave /healthz answering meanwhile (Jest's timeout is the only clock here).
  it('refuses a document built to be exponential, and /healthz keeps answering', async () => {
    const defs = ['fragment F0 on Query { factTypes { code name } }'];
    for (let k = 1; k <= 40; k++) defs.push(`fragment F${k} on Query { ...F${k - 1} ...F${k - 1} }`);
    const query = `query { ...F40 } ${defs.join(' ')}`;
    expect(query.length).toBeLessThan(3000);
    const [res, health] = await Promise.all([post({ query }), t.http().get('/healthz')]);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(health.status).toBe(200);
  });

  it('refuses a fragment cycle without walking it', async () => {
    const res = await post({ query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('runs none of 100 aliased verifyFact calls in one request', async () => {
    const calls = Array.from(
      { length: 100 },
      (_, i) =>
        `v${i}: verifyFact(input: { factType: "MARITAL_STATUS", subject: { idNumber: "11010519491231002X" }, claim: {}, matter: "m", purpose: "p", idempotencyKey: "k${i}" }) { id }`,
    );
    const res = await post({ query: `mutation { ${calls.join(' ')} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.body.errors[0].message).toMatch(/顶层字段|别名/);
    expect(await t.db.verification.count()).toBe(0);
  });

  it('needs operationName for a document with two operations, and refuses an unknown one', async () => {
    const query = 'query A { factTypes { code } } query B { factTypes { name } }';
    const two = await post({ query });
    expect(two.status).toBe(400);
    expect(two.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(two.body.errors[0].message).toMatch(/operationName/);
    const unknown = await post({ query, operationName: 'C' });
    expect(unknown.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const chosen = await post({ query, operationName: 'B' });
    expect(chosen.status).toBe(200);
    expect(chosen.body.data.factTypes.length).toBeGreaterThan(0);
  });

  it('refuses a subscription with BAD_USER_INPUT, not an internal error', async () => {
    const res = await post({ query: 'subscription { factTypes { code } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toMatch(/订阅/);
  });

  it('refuses variables nested tens of thousands deep without overflowing the stack', async () => {
    // serialised by hand: the test client's own JSON encoder would overflow first
    const body = `{"query":"query { factTypes { code } }","variables":{"v":${'['.repeat(30_000)}"x"${']'.repeat(30_000)}}}`;
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const deep = await post({
      query: 'query { factTypes { code } }',
      variables: { v: JSON.parse('{"a":'.repeat(20) + '1' + '}'.repeat(20)) },
    });
    expect(deep.status).toBe(400);
    expect(deep.body.errors[0].message).toMatch(/嵌套过深/);
  });

  it('refuses a batch (an array of requests)', async () => {
    const res = await post([{ query: '{ factTypes { code } }' }, { query: '{ factTypes { code } }' }]);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
