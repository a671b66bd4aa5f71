import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsDir } from './migration-runner';

export const ENGINE_TIMEOUT = 60_000;
export const EXPECTED_TABLES = ['Region', 'Department', 'FactType', 'AuditEvent'];

export interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  applied_steps_count: number | string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// The rows `prisma migrate deploy` would have written: same names, checksums and states.
export function expectPrismaRows(rows: MigrationRow[], provider: 'sqlite' | 'postgres', folders: string[]): void {
  expect(rows.map((r) => r.migration_name).sort()).toEqual(folders);
  for (const row of rows) {
    const script = readFileSync(join(migrationsDir(provider), row.migration_name, 'migration.sql'), 'utf8');
    expect(row.checksum).toBe(sha256(script)); // what `prisma migrate deploy` compares
    expect(row.finished_at).not.toBeNull();
    expect(row.rolled_back_at).toBeNull();
    expect(Number(row.applied_steps_count)).toBe(1);
  }
}
