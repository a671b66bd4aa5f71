import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { Pool } from 'pg';

// One DATABASE_URL selects the provider: `file:` is SQLite (the single-host default),
// `postgres://` / `postgresql://` is PostgreSQL.
export type DbProvider = 'sqlite' | 'postgres';

export function providerOf(url: string): DbProvider {
  const value = (url ?? '').trim();
  if (value.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//i.test(value)) return 'postgres';
  // Never echo the whole URL: it may carry a password.
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1];
  throw new Error(
    `Unsupported database URL${scheme ? ` scheme "${scheme}"` : value ? ' (no scheme)' : ' (empty)'}: ` +
      'expected file:<path> for SQLite or postgresql://… (postgres://…) for PostgreSQL',
  );
}

export const SQLITE_MEMORY = ':memory:';

// The file a `file:` URL names, made absolute against process.cwd() (as Prisma does for
// relative paths in prisma.config.ts). Query parameters (`?connection_limit=…`) are ignored.
// Returns ':memory:' for `file::memory:`.
export function sqliteFilePath(url: string): string {
  if (providerOf(url) !== 'sqlite') throw new Error('not a SQLite (file:) database URL');
  let path = url.trim().slice('file:'.length);
  const query = path.indexOf('?');
  if (query >= 0) path = path.slice(0, query);
  if (path.startsWith('//')) path = decodeURIComponent(path.slice(2)); // file:///abs/path
  if (path === SQLITE_MEMORY || path === '') return SQLITE_MEMORY;
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}

// The URL without its password, for logs and error messages.
export function redactDatabaseUrl(url: string): string {
  try {
    if (providerOf(url) === 'sqlite') return url;
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid database URL>';
  }
}

// A PostgreSQL pool that survives its server ending connections. A connection the server ends
// (restart, failover, pg_terminate_backend) makes its client emit 'error'; pg throws an 'error'
// event nobody listens to, which would kill the process. The query that used the connection fails
// on its own (and is answered SERVICE_UNAVAILABLE), so every client gets a listener for the rest
// of its life.
export function createPgPool(url: string): Pool {
  const pool = new Pool({ connectionString: url.trim() });
  const ignore = (): void => undefined;
  pool.on('error', ignore);
  pool.on('connect', (client) => client.on('error', ignore));
  return pool;
}

// The Prisma driver adapter factory for a URL: used by the Prisma clients and, through
// bindMigrationAwareSqlAdapterFactory, by the WASM schema engine. A PostgreSQL pool may be given
// so that the caller can share it (the verification hot path runs its own statements on it).
export function adapterFactoryFor(url: string, pool?: Pool): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(url) === 'postgres') {
    const shared = pool ?? createPgPool(url);
    // (adapter-pg carries its own copy of @types/pg; the runtime pg module is the same one)
    return new PrismaPg(shared as unknown as ConstructorParameters<typeof PrismaPg>[0], { disposeExternalPool: true });
  }
  const file = sqliteFilePath(url);
  if (file !== SQLITE_MEMORY) mkdirSync(dirname(file), { recursive: true });
  return new PrismaBetterSqlite3({ url: file === SQLITE_MEMORY ? SQLITE_MEMORY : `file:${file}` });
}
