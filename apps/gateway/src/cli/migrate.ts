// Applies the pending migrations of prisma/<sqlite|postgres>/migrations to DATABASE_URL
// (default: the SQLite file ./data/gateway.db). Offline: the WASM schema engine does the work.
//   node dist/apps/gateway/src/cli/migrate.js
import { applyMigrations } from '#gw/migrations';

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL || 'file:./data/gateway.db';
  const started = Date.now();
  const { applied } = await applyMigrations(url, (msg) => console.log(`migrate: ${msg}`));
  const took = `${Date.now() - started} ms`;
  console.log(
    applied.length
      ? `migrate: done, applied ${applied.length} migration(s) in ${took}: ${applied.join(', ')}`
      : `migrate: nothing to apply (${took})`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`migrate: failed: ${oneLine(error)}`);
    process.exit(1);
  },
);
