import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule, loadConfig, LoggerModule, MetricsModule } from '#gw/common';
import { AuthModule } from '#gw/auth';
import { CatalogModule } from '#gw/catalog';
import { createDbClient, DbClient, DbModule } from '#gw/db';
import { cloneDatabase, TestDatabase } from '../setup/test-db';

export interface MediumContext {
  config: AppConfig;
  db: DbClient;
  // another instance of the same modules on the same database, as a second replica would be
  replica(env?: Record<string, string>): Promise<INestApplicationContext>;
  app: INestApplicationContext;
  close(): Promise<void>;
}

@Module({})
class MediumRoot {}

// The "medium" tier: one domain module (and what it imports) with the real database layer, on a
// clone of the migrated test database, without HTTP or the GraphQL layer.
export async function bootMedium(
  modules: (Type<unknown> | DynamicModule)[],
  env: Record<string, string> = {},
): Promise<MediumContext> {
  const database: TestDatabase = await cloneDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'gateway-medium-'));
  const configFor = (extra: Record<string, string>) =>
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      SUBJECT_HASH_KEY: 'medium-subject-hash-key-0123456789abcdef',
      ...env,
      ...extra,
    });
  const contexts: INestApplicationContext[] = [];
  const start = async (config: AppConfig) => {
    const root: DynamicModule = {
      module: MediumRoot,
      // every service asks the access policy (auth), which reads regions from the catalog
      imports: [
        ConfigModule.withConfig(config),
        LoggerModule,
        MetricsModule,
        DbModule,
        AuthModule,
        CatalogModule,
        ...modules,
      ],
    };
    // abortOnError off: a module that cannot start fails the test instead of exiting the process
    const app = await NestFactory.createApplicationContext(root, { logger: false, abortOnError: false });
    contexts.push(app);
    return app;
  };
  const config = configFor({});
  const app = await start(config);
  const db = createDbClient(database.url);
  return {
    config,
    db,
    app,
    replica: (extra = {}) => start(configFor(extra)),
    async close() {
      for (const c of contexts.reverse()) await c.close();
      await db.$disconnect();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
