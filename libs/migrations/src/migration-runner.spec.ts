import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { providerOf, sqliteFilePath } from './database-url';
import { applyMigrations, createMigration, migrationsDir, migrationStatus } from './migration-runner';
import { migrationFolderNames } from './schema-engine';

const ENGINE_TIMEOUT = 60_000;
const ADMIN_URL = process.env.SHADOW_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const EXPECTED_TABLES = ['Region', 'Department', 'FactType', 'AuditEvent'];

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  applied_steps_count: number | string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function expectPrismaRows(rows: MigrationRow[], provider: 'sqlite' | 'postgres', folders: string[]): void {
  expect(rows.map((r) => r.migration_name).sort()).toEqual(folders);
  for (const row of rows) {
    const script = readFileSync(join(migrationsDir(provider), row.migration_name, 'migration.sql'), 'utf8');
    expect(row.checksum).toBe(sha256(script)); // what `prisma migrate deploy` compares
    expect(row.finished_at).not.toBeNull();
    expect(row.rolled_back_at).toBeNull();
    expect(Number(row.applied_steps_count)).toBe(1);
  }
}

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

describe('providerOf', () => {
  it('maps URL schemes to providers and rejects others', () => {
    expect(providerOf('file:./data/gateway.db')).toBe('sqlite');
    expect(providerOf('postgres://u@h/db')).toBe('postgres');
    expect(providerOf('postgresql://u@h/db')).toBe('postgres');
    expect(() => providerOf('mysql://u:secret@h/db')).toThrow(/Unsupported database URL scheme "mysql:"/);
    expect(() => providerOf('mysql://u:secret@h/db')).not.toThrow(/secret/);
    expect(() => providerOf('')).toThrow(/Unsupported database URL/);
  });
});

describe('sqliteFilePath', () => {
  it('resolves relative paths against the working directory', () => {
    expect(sqliteFilePath('file:./data/gateway.db')).toBe(join(process.cwd(), 'data/gateway.db'));
    expect(sqliteFilePath('file:/var/lib/gw.db?connection_limit=1')).toBe('/var/lib/gw.db');
    expect(sqliteFilePath('file::memory:')).toBe(':memory:');
  });
});

describe('migration-runner', () => {
  const folders = {
    sqlite: migrationFolderNames(migrationsDir('sqlite')),
    postgres: migrationFolderNames(migrationsDir('postgres')),
  };

  it('has migrations for both providers, under the same folder names, with lock files', () => {
    expect(folders.sqlite.length).toBeGreaterThan(0);
    expect(folders.postgres).toEqual(folders.sqlite);
    expect(readFileSync(join(migrationsDir('sqlite'), 'migration_lock.toml'), 'utf8')).toContain('provider = "sqlite"');
    expect(readFileSync(join(migrationsDir('postgres'), 'migration_lock.toml'), 'utf8')).toContain(
      'provider = "postgresql"',
    );
  });

  describe('on SQLite', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'migtest-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it(
      'applies all migrations once, writing Prisma rows, and reports status',
      async () => {
        const file = join(dir, 'nested', 'gateway.db');
        const url = `file:${file}`;

        expect(await migrationStatus(url)).toEqual({ applied: [], pending: folders.sqlite });
        expect(existsSync(file)).toBe(false); // the status probe never creates the database

        const logs: string[] = [];
        expect(await applyMigrations(url, (m) => logs.push(m))).toEqual({ applied: folders.sqlite });
        expect(logs.join('\n')).toContain('applied');

        const db = new Database(file, { readonly: true });
        try {
          const tables = (
            db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
          ).map((r) => r.name);
          expect(tables).toEqual(expect.arrayContaining([...EXPECTED_TABLES, '_prisma_migrations']));
          expectPrismaRows(
            db.prepare('SELECT * FROM _prisma_migrations').all() as MigrationRow[],
            'sqlite',
            folders.sqlite,
          );
        } finally {
          db.close();
        }

        expect(await applyMigrations(url)).toEqual({ applied: [] });
        expect(await migrationStatus(url)).toEqual({ applied: folders.sqlite, pending: [] });
      },
      ENGINE_TIMEOUT,
    );

    it(
      'applies migrations exactly once when two runs start together',
      async () => {
        const url = `file:${join(dir, 'race.db')}`;
        const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
        expect([...a.applied, ...b.applied].sort()).toEqual(folders.sqlite);
        expect(await migrationStatus(url)).toEqual({ applied: folders.sqlite, pending: [] });
      },
      ENGINE_TIMEOUT,
    );
  });

  describe('on PostgreSQL', () => {
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

  describe('createMigration', () => {
    it('rejects names that are not [a-z0-9_]+', async () => {
      await expect(createMigration('Add-Things')).rejects.toThrow(/invalid migration name/);
    });

    // The drift check: the migrations folders must produce exactly the schemas generated from
    // prisma/models.prisma. If this fails, run `npm run db:migration:create -- <name>`.
    it(
      'finds no change between the migrations and the schemas',
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
});
