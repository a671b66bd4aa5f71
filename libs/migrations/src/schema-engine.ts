// A small typed wrapper around Prisma's WASM schema engine (@prisma/schema-engine-wasm), which
// applies and diffs migrations through the Prisma driver adapters, so that migrations run with
// no schema-engine binary (and no download) at all.
//
// Loading: the package entry (schema_engine.js) does `import * as wasm from
// "./schema_engine_bg.wasm"`, which only bundlers understand. We load the wasm-bindgen glue
// (schema_engine_bg.js, exported as "@prisma/schema-engine-wasm/schema_engine_bg") ourselves,
// instantiate schema_engine_bg.wasm with the glue as its only import module
// ("./schema_engine_bg.js"), hand the instance exports to the glue (__wbg_set_wasm) and run
// __wbindgen_start — exactly what the entry file would do. This happens once per process.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import { Client } from 'pg';
import type * as Wasm from '@prisma/schema-engine-wasm/schema_engine_bg';
import { adapterFactoryFor, DbProvider, providerOf } from './database-url';

export type MigrationList = Wasm.MigrationList;
export type DiffTarget = Wasm.DiffTarget;

type Glue = typeof Wasm & { __wbg_set_wasm(exports: Record<string, unknown>): void };

// The project compiles without the DOM lib, which is where TypeScript declares WebAssembly.
interface WebAssemblyApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const WebAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

const NO_FILTER: Wasm.SchemaFilter = { externalTables: [], externalEnums: [] };
export const MIGRATION_LOCK_FILE = 'migration_lock.toml';
export const MIGRATION_SCRIPT_FILE = 'migration.sql';

// ---------------------------------------------------------------------------------------------
// Loading the engine (once per process)

let loading: Promise<Glue> | undefined;
let crashed: string | undefined;

interface PanicRegistry {
  set_message(message: string): void;
  last?: string;
}

function panicRegistry(): PanicRegistry {
  // The glue reports Rust panics to global.PRISMA_WASM_PANIC_REGISTRY (Prisma's CLI defines it).
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      this.last = message;
    },
  };
  return g.PRISMA_WASM_PANIC_REGISTRY;
}

async function instantiate(): Promise<Glue> {
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  // An ES module: `require` loads it on Node >= 20.19; Jest turns it into CommonJS.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const glue = require('@prisma/schema-engine-wasm/schema_engine_bg') as Glue;
  const bytes = readFileSync(join(dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': withTrackedTimers(glue) });
  panicRegistry();
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

// The engine arms timers it never clears (after applyMigrations on PostgreSQL: a 10 s one,
// presumably the timeout raced against its `pg_advisory_lock(72707369)`), which kept a finished
// process (or Jest) alive for 10 s. Its timers are tracked and, once no engine is open any more,
// unref'd: they still fire, but no longer hold the process.
type Timer = ReturnType<typeof setTimeout>;
const pendingTimers = new Set<Timer>();
let openEngines = 0;

function withTrackedTimers(glue: Glue): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const [name, fn] of Object.entries(glue as Record<string, unknown>)) {
    if (!name.startsWith('__wbg_setTimeout_') || typeof fn !== 'function') continue;
    imports[name] = (callback: () => void, ms: number) => {
      const timer: Timer = (fn as (cb: () => void, ms: number) => Timer)(() => {
        pendingTimers.delete(timer);
        callback();
      }, ms);
      pendingTimers.add(timer);
      if (openEngines === 0) timer.unref?.();
      return timer;
    };
  }
  return imports;
}

function releaseTimers(): void {
  if (openEngines > 0) return;
  for (const timer of pendingTimers) timer.unref?.();
}

function loadEngine(): Promise<Glue> {
  if (crashed) {
    return Promise.reject(
      new Error(`the schema engine crashed earlier in this process (${crashed}); restart the process`),
    );
  }
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

// ---------------------------------------------------------------------------------------------
// Migrations folder

// The shape Prisma's CLI builds from a migrations folder: every sub-directory is a migration,
// sorted by name, each with its migration.sql; plus the lock file.
export function readMigrationsList(baseDir: string, shadowDbInitScript = ''): MigrationList {
  const lockPath = join(baseDir, MIGRATION_LOCK_FILE);
  const lockfile = {
    path: MIGRATION_LOCK_FILE,
    content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
  };
  const migrationDirectories = migrationFolderNames(baseDir).map((name) => {
    let content: Wasm.JsResult<string, string>;
    try {
      content = { tag: 'ok', value: readFileSync(join(baseDir, name, MIGRATION_SCRIPT_FILE), 'utf8') };
    } catch (error) {
      content = { tag: 'error', value: (error as Error).message };
    }
    return { path: name, migrationFile: { path: MIGRATION_SCRIPT_FILE, content } };
  });
  return { baseDir, lockfile, shadowDbInitScript, migrationDirectories };
}

export function migrationFolderNames(baseDir: string): string[] {
  if (!existsSync(baseDir)) return [];
  return readdirSync(baseDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}

// ---------------------------------------------------------------------------------------------
// Driver adapters as the engine sees them

interface TrackingFactory extends SqlMigrationAwareDriverAdapterFactory {
  disposeAll(): Promise<void>;
}

function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

// PostgreSQL catalog types that @prisma/adapter-pg 7.10 refuses ("Unsupported column type") but
// the engine's schema describer selects; their text form is what the engine expects.
const PG_TEXT_LIKE: Record<number, number> = {
  18: 25, // "char" (pg_class.relkind, pg_constraint.contype, …) -> text
};

// Wraps the application's adapter factory so that
// - every adapter the engine opens is disposed when we dispose the engine (pg pools would
//   otherwise keep the process alive);
// - SQLite shadow databases accept multi-statement scripts: when diffing from a migrations
//   folder the engine replays each migration.sql on the shadow database through executeRaw,
//   which better-sqlite3 refuses ("contains more than one statement"); we run those through
//   executeScript (db.exec) instead;
// - PostgreSQL shadow databases are created and dropped by us: @prisma/adapter-pg 7.10 builds
//   the shadow pool as {...config, database} where config.connectionString wins, so its shadow
//   "database" is the main database. Ours is `migtest_shadow_<random>` on the shadow server
//   (SHADOW_DATABASE_URL, else the engine's URL), dropped on dispose;
// - PostgreSQL catalog columns of type "char" reach the engine as text (see PG_TEXT_LIKE), else
//   describing a database (needed to diff from a migrations folder) fails.
function trackingFactory(
  inner: SqlMigrationAwareDriverAdapterFactory,
  provider: DbProvider,
  shadowAdminUrl: string | undefined,
): TrackingFactory {
  const open = new Set<SqlDriverAdapter>();
  const shadowDatabases = new Set<string>();

  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => {
      open.delete(adapter);
      disposed ??= dispose();
      return disposed;
    };
    return adapter;
  };

  const allowScripts = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        // Matched by message, not instanceof: under Jest the error comes from another realm.
        if (query.args.length === 0 && /more than one statement/.test(String((error as Error)?.message))) {
          await adapter.executeScript(query.sql);
          return 0;
        }
        throw error;
      }
    };
    return adapter;
  };

  const pgPatched = new WeakSet<object>();
  const patchPg = <T extends object>(queryable: T): T => {
    const q = queryable as T & {
      performIO?: (query: unknown) => Promise<{ fields?: { dataTypeID: number }[] } | undefined>;
      startTransaction?: (...args: unknown[]) => Promise<object>;
    };
    if (provider !== 'postgres' || pgPatched.has(q) || typeof q.performIO !== 'function') return queryable;
    pgPatched.add(q);
    const performIO = q.performIO.bind(q);
    q.performIO = async (query) => {
      const result = await performIO(query);
      for (const field of result?.fields ?? []) {
        const text = PG_TEXT_LIKE[field.dataTypeID];
        if (text !== undefined) field.dataTypeID = text;
      }
      return result;
    };
    if (typeof q.startTransaction === 'function') {
      const startTransaction = q.startTransaction.bind(q);
      q.startTransaction = async (...args) => patchPg(await startTransaction(...args));
    }
    return queryable;
  };

  const admin = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: shadowAdminUrl, connectionTimeoutMillis: 10_000 });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  const dropShadow = async (name: string): Promise<void> => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    shadowDatabases.delete(name);
  };

  const connectToPostgresShadow = async (): Promise<SqlDriverAdapter> => {
    if (!shadowAdminUrl) throw new Error('no PostgreSQL server for the shadow database');
    const name = `migtest_shadow_${randomBytes(6).toString('hex')}`;
    await admin((c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    shadowDatabases.add(name);
    const url = new URL(shadowAdminUrl);
    url.pathname = '/' + name;
    const adapter = await new PrismaPg({ connectionString: url.toString() }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await dropShadow(name);
    };
    return adapter;
  };

  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      return track(patchPg(await inner.connect()));
    },
    async connectToShadowDb() {
      if (provider === 'postgres') return track(patchPg(await connectToPostgresShadow()));
      return track(allowScripts(await inner.connectToShadowDb()));
    },
    async disposeAll() {
      for (const adapter of [...open]) await adapter.dispose().catch(() => undefined);
      for (const name of [...shadowDatabases]) await dropShadow(name).catch(() => undefined);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Errors

function isError(value: unknown): value is Error {
  return typeof value === 'object' && value !== null && typeof (value as Error).message === 'string';
}

// Engine errors carry a Rust span trace ("   0: schema_engine_wasm::…") and, when the driver
// adapter failed, only "External error id#N": the JS error itself sits in the error registry.
function engineError(error: unknown, registry: { consumeError(id: number): { error: unknown } | undefined }): Error {
  // Duck-typed checks: errors may come from another realm (Jest sandboxes, native modules).
  if (isError(error) && error.name === 'RuntimeError' && !(error as { code?: unknown }).code) {
    crashed = panicRegistry().last ?? error.message;
    return new Error(`schema engine panic: ${crashed}`);
  }
  if (!isError(error)) return new Error(String(error));
  const lines = error.message.split('\n');
  const trace = lines.findIndex((line) => /^\s+\d+: /.test(line));
  let message = (trace >= 0 ? lines.slice(0, trace) : lines).join('\n').trim();
  const external = /External error id#(\d+)/.exec(message);
  if (external) {
    const cause = registry.consumeError(Number(external[1]))?.error;
    if (isError(cause)) message = message.replace(external[0], `${cause.name}: ${cause.message}`);
  }
  const wrapped = new Error(message);
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) (wrapped as Error & { code?: unknown }).code = code;
  return wrapped;
}

// ---------------------------------------------------------------------------------------------
// The wrapper

export interface SchemaFile {
  path: string;
  content: string;
}

export interface DiffOutcome {
  /** The SQL script that turns `from` into `to` (Prisma's "-- This is an empty migration." when empty). */
  script: string;
  /** True when `from` and `to` describe the same schema. */
  empty: boolean;
}

export interface SchemaEngineHandle {
  readonly provider: DbProvider;
  /** The SQL turning `from` into `to`. A `migrations` target needs a shadow database, which the handle manages. */
  diff(from: DiffTarget, to: DiffTarget): Promise<DiffOutcome>;
  /** Applies the unapplied migrations of the list to the database; returns the names it applied. */
  applyMigrations(migrations: MigrationList): Promise<string[]>;
  /** Frees the engine and closes every connection (and shadow database) it opened. */
  dispose(): Promise<void>;
}

export interface OpenSchemaEngineOptions {
  /** Prisma schema files given to the engine as its datamodels. */
  schemaFiles?: SchemaFile[];
  /** Receives the engine's log lines. */
  log?: (message: string) => void;
  /** PostgreSQL server (URL of any database on it) on which shadow databases are created; default: SHADOW_DATABASE_URL, else `url`. */
  shadowAdminUrl?: string;
}

export const diffTarget = {
  empty: (): DiffTarget => ({ tag: 'empty' }),
  migrations: (list: MigrationList): DiffTarget => ({ tag: 'migrations', ...list }),
  schema: (files: SchemaFile[]): DiffTarget => ({ tag: 'schemaDatamodel', files }),
};

export async function openSchemaEngine(
  url: string,
  options: OpenSchemaEngineOptions = {},
): Promise<SchemaEngineHandle> {
  const provider = providerOf(url);
  const glue = await loadEngine();
  const shadowAdminUrl =
    provider === 'postgres' ? (options.shadowAdminUrl ?? process.env.SHADOW_DATABASE_URL ?? url) : undefined;
  const factory = trackingFactory(adapterFactoryFor(url), provider, shadowAdminUrl);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const log = options.log;
  const datamodels = (options.schemaFiles ?? []).map((f): [string, string] => [f.path, f.content]);

  let engine: Wasm.SchemaEngine;
  openEngines++;
  try {
    engine = await glue.SchemaEngine.new(
      { datamodels: datamodels.length ? datamodels : undefined },
      (message: unknown) => log?.(typeof message === 'string' ? message : JSON.stringify(message)),
      bound,
    );
  } catch (error) {
    openEngines--;
    releaseTimers();
    await factory.disposeAll();
    throw engineError(error, bound.errorRegistry);
  }

  let disposed = false;
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    if (disposed) throw new Error('schema engine already disposed');
    try {
      return await fn();
    } catch (error) {
      throw engineError(error, bound.errorRegistry);
    }
  };

  return {
    provider,
    diff: (from, to) =>
      call(async () => {
        const result = await engine.diff({ from, to, script: true, exitCode: true, filters: NO_FILTER });
        // With exitCode: true the engine answers 2 when the diff is not empty.
        return { script: result.stdout ?? '', empty: result.exitCode === 0 };
      }),
    applyMigrations: (migrationsList) =>
      call(async () => (await engine.applyMigrations({ migrationsList, filters: NO_FILTER })).appliedMigrationNames),
    async dispose() {
      if (disposed) return;
      disposed = true;
      openEngines--;
      try {
        engine.free();
      } finally {
        await factory.disposeAll();
        releaseTimers();
      }
    },
  };
}
