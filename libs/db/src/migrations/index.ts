export { applyMigrations, createMigration, migrationStatus, migrationsDir, MIGRATION_NAME_PATTERN } from './migration-runner';
export type { CreateMigrationOptions, MigrationStatus } from './migration-runner';
