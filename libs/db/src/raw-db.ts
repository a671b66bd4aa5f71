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
  // Runs fn, which makes ONE write statement (reads besides are fine), while no Prisma transaction
  // is open on the one connection both share, so that it never lands inside someone else's
  // transaction; resolves once what it wrote is committed. One statement is atomic by itself
  // (SQLite takes back a failed statement's writes, its triggers' included), so a write that
  // throws takes back only its own. Writes issued in the same turn of the event loop share one
  // commit (group commit); a write alone in its turn commits by itself, with no BEGIN/COMMIT.
  write<T>(fn: (db: Database) => T): Promise<T>;
}

interface PendingWrite {
  fn: (db: Database) => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
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
// first takes a lock the hot path's writes take too. (The hot path's writes run in one synchronous
// block, so no Prisma statement outside a transaction can come between them either.)
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

  write<T>(fn: (db: Database) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const first = this.pending.push({ fn, resolve: resolve as (value: unknown) => void, reject }) === 1;
      if (first) setImmediate(() => void this.flush());
    });
  }

  // The writes of one turn (setImmediate comes after the turn's I/O callbacks and promise jobs),
  // and those issued while a Prisma transaction kept the lock, run together in one synchronous
  // block: nothing can come between them. A commit is most of what a write costs on SQLite (it
  // writes every page touched to the WAL), so they share one.
  private pending: PendingWrite[] = [];
  private statements?: Record<'begin' | 'commit' | 'rollback', Statement>;

  private async flush(): Promise<void> {
    const release = this.lock.tryAcquire() ?? (await this.lock.acquire());
    const batch = this.pending;
    this.pending = [];
    try {
      if (batch.length === 1) this.alone(batch[0]);
      else this.together(batch);
    } catch (err) {
      for (const w of batch) w.reject(err); // (the connection is gone: nothing ran)
    } finally {
      release();
    }
  }

  private alone(w: PendingWrite): void {
    try {
      w.resolve(w.fn(this.db));
    } catch (err) {
      w.reject(err);
    }
  }

  private together(batch: PendingWrite[]): void {
    const db = this.db;
    const tx = (this.statements ??= {
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
    });
    const done: { w: PendingWrite; value: unknown }[] = [];
    try {
      tx.begin.run();
      for (const w of batch) {
        try {
          done.push({ w, value: w.fn(db) });
        } catch (err) {
          // An I/O error or a full disk makes SQLite roll the whole transaction back: the writes
          // already done are gone too, and the rest must not run outside a transaction.
          if (!db.inTransaction) throw err;
          w.reject(err);
        }
      }
      tx.commit.run();
    } catch (err) {
      if (db.inTransaction) tx.rollback.run();
      for (const w of batch) w.reject(err); // (a promise settles once: those rejected above stay so)
      return;
    }
    for (const { w, value } of done) w.resolve(value);
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
