import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import './source-aliases';
import { applyMigrations } from '#gw/migrations';
import { adminQuery, TEMPLATE_ENV, TemplateInfo, withDatabase } from './test-db';

export default async function globalSetup(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'gateway-e2e-'));
  const pgUrl = process.env.TEST_DATABASE_URL;
  let info: TemplateInfo;
  if (pgUrl) {
    const templateDb = `gw_template_${randomBytes(4).toString('hex')}`;
    await adminQuery(pgUrl, `CREATE DATABASE "${templateDb}"`);
    await applyMigrations(withDatabase(pgUrl, templateDb));
    info = { provider: 'postgres', serverUrl: pgUrl, templateDb, workDir };
  } else {
    const sqliteFile = join(workDir, 'template.db');
    await applyMigrations(`file:${sqliteFile}`);
    info = { provider: 'sqlite', sqliteFile, workDir };
  }
  process.env[TEMPLATE_ENV] = JSON.stringify(info);
}
