import Database from 'better-sqlite3';
import { Client } from 'pg';

export type Storage = 'sqlite' | 'postgres';
export type ColumnType = 'text' | 'int' | 'timestamp' | 'jsonb' | 'bool';
export type Value = string | number | boolean | Date | null;

// Bulk writes and plain SQL on the benchmark's own connection (not the gateway's): better-sqlite3
// prepared inserts in one transaction, or PostgreSQL INSERT ... SELECT FROM unnest(arrays), which
// sends 10,000 rows in one statement.
export interface Store {
  storage: Storage;
  insert(table: string, columns: [string, ColumnType][], rows: Value[][]): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: Value[]): Promise<T[]>;
  // a SQL expression for the Asia/Shanghai day ('YYYY-MM-DD') or month ('YYYY-MM') of a UTC timestamp column
  day(column: string): string;
  month(column: string): string;
  // a bind parameter's placeholder (1-based) and how an instant is passed
  param(n: number): string;
  instant(at: Date): string;
  close(): Promise<void>;
}

const BATCH = 10_000;

export function sqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  // the gateway writes DateTime as ISO text with an explicit offset; the generated rows do the same
  const sqliteValue = (v: Value): string | number | null =>
    v instanceof Date ? v.toISOString().replace('Z', '+00:00') : typeof v === 'boolean' ? (v ? 1 : 0) : v;
  return {
    storage: 'sqlite',
    async insert(table, columns, rows) {
      const stmt = db.prepare(
        `INSERT INTO "${table}" (${columns.map(([c]) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      const all = db.transaction((batch: Value[][]) => {
        for (const r of batch) stmt.run(...r.map(sqliteValue));
      });
      for (let i = 0; i < rows.length; i += BATCH * 5) all(rows.slice(i, i + BATCH * 5));
    },
    async query<T>(sql: string, params: Value[] = []) {
      return db.prepare(sql).all(...params.map(sqliteValue)) as T[];
    },
    day: (c) => `strftime('%Y-%m-%d', ${c}, '+8 hours')`,
    month: (c) => `strftime('%Y-%m', ${c}, '+8 hours')`,
    param: () => '?',
    instant: (at) => at.toISOString().replace('Z', '+00:00'),
    async close() {
      db.close();
    },
  };
}

const PG_ARRAY: Record<ColumnType, string> = {
  text: 'text[]',
  int: 'int[]',
  timestamp: 'timestamp(3)[]',
  jsonb: 'jsonb[]',
  bool: 'boolean[]',
};

export async function postgresStore(url: string): Promise<Store> {
  const client = new Client({ connectionString: url });
  await client.connect();
  // Prisma keeps DateTime as timestamp(3) without time zone, in UTC
  await client.query(`SET TIME ZONE 'UTC'`);
  const pgValue = (v: Value): unknown => (v instanceof Date ? v.toISOString().replace('T', ' ').replace('Z', '') : v);
  return {
    storage: 'postgres',
    async insert(table, columns, rows) {
      const sql = `INSERT INTO "${table}" (${columns.map(([c]) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${columns.map(([, t], i) => `$${i + 1}::${PG_ARRAY[t]}`).join(', ')})`;
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        await client.query(
          sql,
          columns.map((_, c) => batch.map((r) => pgValue(r[c]))),
        );
      }
    },
    async query<T>(sql: string, params: Value[] = []) {
      return (await client.query(sql, params.map(pgValue))).rows as T[];
    },
    day: (c) => `to_char(${c} + interval '8 hours', 'YYYY-MM-DD')`,
    month: (c) => `to_char(${c} + interval '8 hours', 'YYYY-MM')`,
    param: (n) => `$${n}`,
    instant: (at) => at.toISOString().replace('T', ' ').replace('Z', ''),
    async close() {
      await client.end();
    },
  };
}
