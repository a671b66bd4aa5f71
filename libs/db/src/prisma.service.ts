import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, LOGGER } from '#gw/common';
import { PrismaClient as PostgresClient } from './generated/postgres/client';
import { Prisma, PrismaClient as SqliteClient } from './generated/sqlite/client';
import { adapterFactoryFor, createPgPool, DbProvider, providerOf, SQLITE_MEMORY, sqliteFilePath } from '#gw/migrations';
import { SqliteCheckpointer } from './sqlite-checkpointer';
import { RawDb, SharedSqlite } from './raw-db';

// Both generated clients have the same models and the same API; repositories are typed against
// one of them. Provider-specific behaviour stays in this file.
export type DbClient = SqliteClient;
export type Tx = Prisma.TransactionClient;
export { Prisma };

const SQLITE_CHECKPOINT_MS = 1000;

export function createDbClient(databaseUrl: string): DbClient {
  return openDb(databaseUrl).client;
}

// The Prisma client and, for the hot path, the driver under it (one connection or pool for both).
function openDb(databaseUrl: string): { client: DbClient; raw: RawDb | SharedSqlite } {
  if (providerOf(databaseUrl) === 'postgres') {
    const pool = createPgPool(databaseUrl);
    const adapter = adapterFactoryFor(databaseUrl, pool);
    return {
      client: new PostgresClient({ adapter } as never) as unknown as DbClient,
      raw: { provider: 'postgres', pool },
    };
  }
  const shared = new SharedSqlite();
  return { client: new SqliteClient({ adapter: shared.wrap(adapterFactoryFor(databaseUrl)) } as never), raw: shared };
}

@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly client: DbClient;
  readonly provider: DbProvider;
  private prepared?: Promise<void>;
  private readonly driver: RawDb | SharedSqlite;
  private readonly databaseUrl: string;
  private readonly checkpointIntervalMs: number;
  private checkpointer?: SqliteCheckpointer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(LOGGER) private readonly logger?: Logger,
  ) {
    this.databaseUrl = config.databaseUrl;
    this.checkpointIntervalMs = SQLITE_CHECKPOINT_MS;
    this.provider = providerOf(config.databaseUrl);
    ({ client: this.client, raw: this.driver } = openDb(config.databaseUrl));
  }

  // The driver under Prisma, for repositories on the verification hot path only (see raw-db.ts).
  async raw(): Promise<RawDb> {
    await this.prepare();
    if (this.driver instanceof SharedSqlite && !this.driver.connected) await this.client.$connect();
    return this.driver;
  }

  // SQLite needs WAL and a busy timeout so that readers and the single writer do not fail
  // with SQLITE_BUSY under concurrent requests.
  prepare(): Promise<void> {
    this.prepared ??= (async () => {
      if (this.provider === 'sqlite') {
        await this.client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
        await this.client.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
        // in WAL mode NORMAL survives a process crash; only an OS crash or power loss can lose
        // the last commits, and it saves a disk flush per commit
        await this.client.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
        await this.client.$queryRawUnsafe('PRAGMA foreign_keys = ON');
        // Every verification rewrites a few dozen pages (rows and their indexes). Checkpoints (copy
        // the WAL back into the file) run in a thread of their own (sqlite-checkpointer.ts); the
        // connection's own stays as a backstop at 256 MiB of WAL (32 MiB where no thread runs, for
        // an in-memory database), and the WAL is cut back to 64 MiB after a checkpoint. A larger
        // page cache keeps the hot index pages.
        await this.client.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${this.startCheckpointer() ? 65536 : 8192}`);
        await this.client.$queryRawUnsafe('PRAGMA journal_size_limit = 67108864');
        await this.client.$queryRawUnsafe('PRAGMA cache_size = -32768');
      }
    })();
    return this.prepared;
  }

  async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    await this.prepare();
    return this.client.$transaction(fn, { maxWait: 10_000, timeout: 20_000 });
  }

  async ping(): Promise<void> {
    await this.client.$queryRawUnsafe('SELECT 1');
  }

  // Only for a database file (an in-memory database has no WAL to copy).
  private startCheckpointer(): boolean {
    const file = sqliteFilePath(this.databaseUrl);
    if (file === SQLITE_MEMORY || this.checkpointIntervalMs <= 0) return false;
    this.checkpointer ??= new SqliteCheckpointer(file, this.checkpointIntervalMs, (message) =>
      this.logger?.warn({ err: message }, 'SQLite checkpoint failed; the connection checkpoints by itself meanwhile'),
    );
    return true;
  }

  async onModuleDestroy(): Promise<void> {
    await this.checkpointer?.stop();
    await this.client.$disconnect();
  }
}
