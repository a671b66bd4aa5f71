import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { applyMigrations, createMigration, migrationsDir, migrationStatus } from './migration-runner';
import { ENGINE_TIMEOUT, EXPECTED_TABLES, expectPrismaRows, MigrationRow } from './migration-test-helpers';
import { migrationFolderNames } from './schema-engine';

// Needs a PostgreSQL server (Jest project "postgres", run by .ci/run); `npm test` leaves it out.
const ADMIN_URL = process.env.SHADOW_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = '/' + name;
  return url.toString();
}

describe('migration-runner on PostgreSQL', () => {
  const folders = { postgres: migrationFolderNames(migrationsDir('postgres')) };

  describe('apply', () => {
    const suffix = randomBytes(4).toString('hex');
    const names = { main: `migtest_runner_${suffix}`, race: `migtest_race_${suffix}` };

    beforeAll(async () => {
      await withAdmin(async (c) => {
        for (const name of Object.values(names)) await c.query(`CREATE DATABASE "${name}"`);
      });
    });
    afterAll(async () => {
      await withAdmin(async (c) => {
        for (const name of Object.values(names)) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    });

    it(
      'applies all migrations once, writing Prisma rows, and reports status',
      async () => {
        const url = databaseUrl(names.main);
        expect(await migrationStatus(url)).toEqual({ applied: [], pending: folders.postgres });

        expect(await applyMigrations(url)).toEqual({ applied: folders.postgres });

        const client = new Client({ connectionString: url });
        await client.connect();
        try {
          const { rows: tables } = await client.query<{ tablename: string }>(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
          );
          expect(tables.map((t) => t.tablename)).toEqual(
            expect.arrayContaining([...EXPECTED_TABLES, '_prisma_migrations']),
          );
          const { rows } = await client.query<MigrationRow>('SELECT * FROM _prisma_migrations');
          expectPrismaRows(rows, 'postgres', folders.postgres);
        } finally {
          await client.end();
        }

        expect(await applyMigrations(url)).toEqual({ applied: [] });
        expect(await migrationStatus(url)).toEqual({ applied: folders.postgres, pending: [] });
      },
      ENGINE_TIMEOUT,
    );

    it(
      'applies migrations exactly once when two runs start together',
      async () => {
        const url = databaseUrl(names.race);
        const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
        expect([...a.applied, ...b.applied].sort()).toEqual(folders.postgres);
        expect(await migrationStatus(url)).toEqual({ applied: folders.postgres, pending: [] });
      },
      ENGINE_TIMEOUT,
    );
  });

  // The drift check: both migrations folders must produce exactly the schemas generated from
  // prisma/models.prisma. If this fails, run `npm run db:migration:create -- <name>`.
  it(
    'finds no change between the migrations and the schemas, and leaves no shadow database',
    async () => {
      expect(await createMigration('drift_check', { dryRun: true })).toEqual({ sqlite: null, postgres: null });
      const leftovers = await withAdmin(
        async (c) => (await c.query("SELECT datname FROM pg_database WHERE datname LIKE 'migtest_shadow_%'")).rows,
      );
      expect(leftovers).toEqual([]);
    },
    ENGINE_TIMEOUT,
  );
});
