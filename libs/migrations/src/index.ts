// Database URLs and the offline migration runner: what runs before (or without) the Nest app,
// so it depends on no other lib and loads no framework (Jest's global setup uses it too).
export {
  applyMigrations,
  createMigration,
  migrationStatus,
  migrationsDir,
  MIGRATION_NAME_PATTERN,
} from './migration-runner';
export type { CreateMigrationOptions, MigrationStatus } from './migration-runner';
export * from './database-url';
