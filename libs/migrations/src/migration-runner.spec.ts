import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { providerOf, sqliteFilePath } from './database-url';
import {
  applyMigrations,
  createMigration,
  migrationsDir,
  migrationStatus,
  pendingSchemaChange,
} from './migration-runner';
import { ENGINE_TIMEOUT, EXPECTED_TABLES, expectPrismaRows, MigrationRow } from './migration-test-helpers';
import { migrationFolderNames } from './schema-engine';

// The PostgreSQL half of these tests is migration-runner.pg-spec.ts (Jest project "postgres").
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

  describe('createMigration', () => {
    it('rejects names that are not [a-z0-9_]+', async () => {
      await expect(createMigration('Add-Things')).rejects.toThrow(/invalid migration name/);
    });

    // The drift check: the SQLite migrations folder must produce exactly the schema generated from
    // prisma/models.prisma (the PostgreSQL half needs a server: migration-runner.pg-spec.ts). If
    // this fails, run `npm run db:migration:create -- <name>`.
    it(
      'finds no change between the SQLite migrations and the schema',
      async () => {
        expect(await pendingSchemaChange('sqlite')).toBeNull();
      },
      ENGINE_TIMEOUT,
    );
  });
});
