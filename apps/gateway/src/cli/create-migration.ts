// Writes a new migration for both providers from the difference between their migration
// history and their schema.prisma (regenerate those from prisma/models.prisma first).
//   node dist/apps/gateway/src/cli/create-migration.js <name>      (name: [a-z0-9_]+)
import { createMigration, MIGRATION_NAME_PATTERN } from '#gw/migrations';

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const name = args[0];
  if (args.length !== 1 || !name || !MIGRATION_NAME_PATTERN.test(name)) {
    console.error('usage: create-migration <name>   (name: lower-case letters, digits and _)');
    return 2;
  }
  const created = await createMigration(name);
  if (!created.sqlite && !created.postgres) {
    console.log('create-migration: no schema change, nothing written');
    return 0;
  }
  for (const provider of ['sqlite', 'postgres'] as const) {
    const folder = created[provider];
    console.log(
      folder
        ? `create-migration: wrote prisma/${provider}/migrations/${folder}/migration.sql`
        : `create-migration: ${provider}: no change`,
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`create-migration: failed: ${oneLine(error)}`);
    process.exit(1);
  },
);
