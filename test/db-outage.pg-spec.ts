import { Client } from 'pg';
import { Role } from '#gw/auth';
import { readTemplate, withDatabase } from './setup/test-db';
import { startTestApp, TestApp } from './helpers/test-app';

// A database outage must look like one: retryable SERVICE_UNAVAILABLE answers with a retry hint,
// keys still served for offline verifiers, readiness down, and everything back once the database
// is. PostgreSQL only: the outage is made by refusing and killing the test database's connections.
const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id outcome } }`;

describe('database outage (PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  let database: string;

  const input = (key: string) => ({
    factType: 'MARITAL_STATUS',
    subject: { idNumber: '11010519491231002X' },
    claim: { status: 'UNMARRIED' },
    matter: '公共租赁住房申请',
    purpose: '核实婚姻状况',
    idempotencyKey: key,
  });

  async function admin(sql: string): Promise<void> {
    const client = new Client({ connectionString: withDatabase(readTemplate().serverUrl!, 'postgres') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
  const killConnections = () =>
    admin(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
    );

  beforeAll(async () => {
    if (readTemplate().provider !== 'postgres')
      throw new Error('run with TEST_DATABASE_URL set (npm run test:postgres)');
    t = await startTestApp();
    token = await t.token(Role.WINDOW_STAFF);
    database = new URL(t.config.databaseUrl).pathname.slice(1);
  });
  afterAll(async () => {
    await admin(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    await t.close();
  });

  it('answers SERVICE_UNAVAILABLE with a retry hint, serves the JWKS and reports not ready, then recovers', async () => {
    await admin(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    await killConnections();

    const res = await t.gql(VERIFY, { i: input('outage-1') }, token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryAfterMs: 5000 } });
    expect(res.errors?.[0]?.message).toMatch(/稍后重试/);
    const jwks = await t.http().get('/.well-known/jwks.json');
    expect(jwks.status).toBe(200);
    expect(jwks.body.keys.length).toBeGreaterThan(0);
    const ready = await t.http().get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.database).toBe('unreachable');

    await admin(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    let back = await t.http().get('/readyz');
    for (let i = 0; i < 50 && back.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      back = await t.http().get('/readyz');
    }
    expect(back.status).toBe(200);
    const again = await t.gql(VERIFY, { i: input('outage-1') }, token);
    expect(again.errors).toBeUndefined();
    expect(again.data?.verifyFact.outcome).toBe('UNRESOLVED');
  });

  it('never answers INTERNAL_SERVER_ERROR while connections are killed under load', async () => {
    let killing = true;
    const killer = (async () => {
      while (killing) {
        await killConnections();
        await new Promise((r) => setTimeout(r, 15));
      }
    })();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => t.gql(VERIFY, { i: input(`load-key-${i}`) }, token)),
    );
    killing = false;
    await killer;
    const codes = results.flatMap((r) => (r.errors ?? []).map((e) => `${e.extensions?.code} ${e.message}`));
    expect(codes.filter((c) => !c.startsWith('SERVICE_UNAVAILABLE'))).toEqual([]);
    expect(results.every((r) => r.errors || r.data?.verifyFact.outcome === 'UNRESOLVED')).toBe(true);
  });
});
