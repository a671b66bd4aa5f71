import 'reflect-metadata';
import { CatalogSeedService } from '#gw/catalog';
import { loadConfig } from '#gw/common';
import { createGateway } from '../bootstrap';

async function main(): Promise<void> {
  const config = { ...loadConfig(), seedOnStart: false };
  const { app } = await createGateway(config);
  try {
    const summary = await app.get(CatalogSeedService).seed();
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`seed failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
