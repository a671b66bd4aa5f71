import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '#gw/common';
import { createGateway } from '../bootstrap';
import { renderSchema } from '../graphql/schema-printer';

// Builds the app against a throwaway SQLite file and prints the SDL it serves.
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-schema-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent', SEED_ON_START: 'false' });
  const { app } = await createGateway(config);
  try {
    process.stdout.write(renderSchema(app));
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
