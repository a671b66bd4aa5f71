import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

// The database is migrated once per run (global setup) and cloned for each test file: a file
// copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL.

export const TEMPLATE_ENV = 'GATEWAY_TEST_TEMPLATE';

export interface TemplateInfo {
  provider: 'sqlite' | 'postgres';
  // SQLite: path of the migrated template file; PostgreSQL: server URL and template db name
  sqliteFile?: string;
  serverUrl?: string;
  templateDb?: string;
  workDir: string;
}

export function readTemplate(): TemplateInfo {
  const raw = process.env[TEMPLATE_ENV];
  if (!raw) throw new Error('test database template missing: run the e2e tests through jest (global setup)');
  return JSON.parse(raw) as TemplateInfo;
}

export function withDatabase(serverUrl: string, db: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function cloneDatabase(): Promise<TestDatabase> {
  const t = readTemplate();
  const name = `gw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (t.provider === 'sqlite') {
    const dir = join(t.workDir, name);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'gateway.db');
    copyFileSync(t.sqliteFile!, file);
    return { url: `file:${file}`, drop: async () => undefined };
  }
  await adminQuery(t.serverUrl!, `CREATE DATABASE "${name}" TEMPLATE "${t.templateDb}"`);
  return {
    url: withDatabase(t.serverUrl!, name),
    drop: () => adminQuery(t.serverUrl!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
