import type { Database, Statement } from 'better-sqlite3';
import type { Pool } from 'pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  Transaction,
} from '@prisma/driver-adapter-utils';

// The driver under Prisma, for the few repositories whose statements run on every verification:
// Prisma builds, checks and re-prepares each statement on every call, which cost more CPU than
// the rest of a verification. Those repositories keep prepared statements for the life of the
// connection instead; everything else stays on Prisma.
export type RawDb = SqliteRawDb | PgRawDb;

export interface PgRawDb {
  readonly provider: 'postgres';
  // the pool Prisma's adapter uses: named statements are prepared once per connection
  readonly pool: Pool;
}

export interface SqliteRawDb {
  readonly provider: 'sqlite';
  readonly db: Database;
  // Runs fn (synchronous: better-sqlite3 is) while no Prisma transaction is open on the one
  // connection both share, so that its statements never land inside someone else's transaction;
  // resolves once what fn wrote is committed. Groups issued in the same turn of the event loop
  // share one commit (group commit); a group that throws takes back its own writes only, so fn
  // needs no transaction of its own.
  group<T>(fn: (db: Database) => T): Promise<T>;
}

interface Batch {
  members: { resolve: () => void; reject: (err: unknown) => void }[];
}

// A FIFO lock without timers: taken by every Prisma transaction for its whole life and by the hot
// path for one synchronous block.
class Lock {
  private held = false;
  private readonly waiters: (() => void)[] = [];

  // the lock when it is free right now, else null
  tryAcquire(): (() => void) | null {
    if (this.held) return null;
    this.held = true;
    return this.releaser();
  }

  acquire(): Promise<() => void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => this.waiters.push(() => resolve(this.releaser())));
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiters.shift();
      if (next) next();
      else this.held = false;
    };
  }
}

// Prisma's better-sqlite3 adapter owns the connection and serialises its own transactions, but a
// statement issued outside it while one is open would run inside that transaction. The adapter is
// wrapped as it connects: its connection is kept for the hot path, and each transaction it starts
// first takes a lock the hot path's batches take too. (A Prisma statement outside a transaction
// that runs while a batch is open, within the same turn, commits with the batch.)
export class SharedSqlite implements SqliteRawDb {
  readonly provider = 'sqlite' as const;
  private connection?: Database;
  private readonly lock = new Lock();

  get db(): Database {
    if (!this.connection) throw new Error('SQLite connection not opened yet');
    return this.connection;
  }

  get connected(): boolean {
    return !!this.connection;
  }

  wrap(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
    const connect = factory.connect.bind(factory);
    factory.connect = async () => this.share(await connect());
    return factory;
  }

  async group<T>(fn: (db: Database) => T): Promise<T> {
    let batch = this.batch;
    if (!batch) {
      const release = this.lock.tryAcquire() ?? (await this.lock.acquire());
      // (nobody opens a batch without the lock, so none opened while this waited for it)
      batch = this.open(release);
    }
    const value = batch.members.length === 0 ? this.first(fn) : this.joined(fn);
    return new Promise<T>((resolve, reject) => batch.members.push({ resolve: () => resolve(value), reject }));
  }

  // One write transaction for the groups of this turn, committed once they all ran (setImmediate
  // comes after the turn's I/O callbacks and promise jobs). A commit is most of what a group
  // costs on SQLite: it writes every page the group touched to the WAL.
  private statements?: Record<'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'undo', Statement>;
  private batch?: Batch;

  private tx(): NonNullable<SharedSqlite['statements']> {
    const db = this.db;
    return (this.statements ??= {
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
      savepoint: db.prepare('SAVEPOINT hot_group'),
      release: db.prepare('RELEASE hot_group'),
      undo: db.prepare('ROLLBACK TO hot_group'),
    });
  }

  // The batch's first group runs first in its transaction (nothing can come between opening and
  // it): when it fails, the transaction is simply begun again, with no savepoint to pay for.
  private first<T>(fn: (db: Database) => T): T {
    try {
      return fn(this.db);
    } catch (err) {
      const tx = this.tx();
      tx.rollback.run();
      tx.begin.run();
      throw err;
    }
  }

  // A group that joins a batch runs in a savepoint: when it fails, only its own writes go.
  private joined<T>(fn: (db: Database) => T): T {
    const tx = this.tx();
    tx.savepoint.run();
    try {
      const value = fn(this.db);
      tx.release.run();
      return value;
    } catch (err) {
      tx.undo.run();
      tx.release.run();
      throw err;
    }
  }

  private open(release: () => void): Batch {
    const tx = this.tx();
    try {
      tx.begin.run();
    } catch (err) {
      release();
      throw err;
    }
    const batch: Batch = { members: [] };
    this.batch = batch;
    setImmediate(() => {
      this.batch = undefined;
      try {
        tx.commit.run();
        for (const m of batch.members) m.resolve();
      } catch (err) {
        if (this.db.inTransaction) tx.rollback.run();
        for (const m of batch.members) m.reject(err);
      } finally {
        release();
      }
    });
    return batch;
  }

  private share(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.connection = (adapter as unknown as { client: Database }).client;
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const release = await this.lock.acquire();
      let tx: Transaction;
      try {
        tx = await start(isolationLevel);
      } catch (err) {
        release();
        throw err;
      }
      const commit = tx.commit.bind(tx);
      const rollback = tx.rollback.bind(tx);
      tx.commit = () => commit().finally(release);
      tx.rollback = () => rollback().finally(release);
      return tx;
    };
    return adapter;
  }
}
