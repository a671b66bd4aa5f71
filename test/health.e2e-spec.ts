import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSchema } from '../apps/gateway/src';
import { startTestApp, TestApp } from './helpers/test-app';

describe('operations (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers /healthz', async () => {
    const res = await t.http().get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('is ready when the database is reachable and migrated', async () => {
    const res = await t.http().get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ready', database: 'ok', pendingMigrations: [] });
  });

  it('echoes a caller-supplied request id and makes one up otherwise', async () => {
    const given = await t.http().get('/healthz').set('x-request-id', 'req-abc_123');
    expect(given.headers['x-request-id']).toBe('req-abc_123');
    const made = await t.http().get('/healthz').set('x-request-id', 'bad id with spaces');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('seeds idempotently: a second run creates nothing new', async () => {
    const { CatalogSeedService } = await import('#gw/catalog');
    const before = await Promise.all([t.db.listItem.count(), t.db.certificateType.count(), t.db.region.count()]);
    const summary = await t.app.get(CatalogSeedService).seed();
    expect(summary.listsCreated).toEqual([]);
    expect(summary.listsDiverged).toEqual([]);
    expect(await Promise.all([t.db.listItem.count(), t.db.certificateType.count(), t.db.region.count()])).toEqual(
      before,
    );
  });

  it('serves exactly the committed schema/schema.graphql (regenerate with npm run schema:generate)', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(renderSchema(t.app)).toBe(committed);
  });
});

describe('readiness (e2e)', () => {
  it('reports migrations pending on an empty database started without migrating', async () => {
    const t = await startTestApp({
      DATABASE_URL: `file:${join(tmpdir(), `gw-empty-${process.pid}.db`)}`,
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
    });
    try {
      const res = await t.http().get('/readyz');
      expect(res.status).toBe(503);
      expect(res.body.status).toBe('migrations pending');
      expect(res.body.pendingMigrations.length).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });

  it('reports not ready when the database cannot be reached', async () => {
    const t = await startTestApp({
      DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none',
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
    });
    try {
      const res = await t.http().get('/readyz');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'not ready', database: 'unreachable' });
      expect((await t.http().get('/healthz')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
