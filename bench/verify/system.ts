import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';

// PostgreSQL throwaway database, PostgreSQL server CPU time (from /proc), and gateway metrics.

export function withDatabase(serverUrl: string, db: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres'), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface ThrowawayDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createThrowawayDatabase(serverUrl: string): Promise<ThrowawayDatabase> {
  const name = `bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  let dropped = false;
  return {
    name,
    url: withDatabase(serverUrl, name),
    async drop() {
      if (dropped) return;
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      dropped = true;
    },
  };
}

// CPU time (user+system, ms) of the PostgreSQL backends serving one database, read from /proc.
// Other databases on the same server (other people's tests) are not counted.
export class PostgresBackends {
  private constructor(
    private readonly client: Client,
    private readonly database: string,
  ) {}

  static async connect(serverUrl: string, database: string): Promise<PostgresBackends> {
    const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres'), connectionTimeoutMillis: 5000 });
    await client.connect();
    return new PostgresBackends(client, database);
  }

  // pid -> CPU ms so far; null when /proc does not show the backends (PostgreSQL elsewhere)
  async cpu(): Promise<Map<number, number> | null> {
    const { rows } = await this.client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
      this.database,
    ]);
    const result = new Map<number, number>();
    for (const { pid } of rows) {
      const ms = processCpuMs(pid);
      if (ms !== null) result.set(pid, ms);
    }
    return rows.length > 0 && result.size === 0 ? null : result;
  }

  // Time the database's backends spent waiting for a lock while `during` ran, estimated by
  // sampling pg_stat_activity about every `everyMs` (PostgreSQL keeps no cumulative lock-wait
  // time): each backend seen waiting on a Lock counts the time since the previous sample.
  async lockWait<T>(during: Promise<T>, everyMs = 10): Promise<{ result: T; lockWaitMs: number; samples: number }> {
    let running = true;
    let lockWaitMs = 0;
    let samples = 0;
    const sampler = (async () => {
      let last = performance.now();
      while (running) {
        const { rows } = await this.client.query<{ n: string }>(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'",
          [this.database],
        );
        const now = performance.now();
        lockWaitMs += Number(rows[0].n) * (now - last);
        last = now;
        samples++;
        await new Promise((r) => setTimeout(r, everyMs));
      }
    })();
    try {
      const result = await during;
      return { result, lockWaitMs: Math.round(lockWaitMs), samples };
    } finally {
      running = false;
      await sampler;
    }
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

// CPU used between two readings: backends present in both count their difference, new ones
// count all they used (a backend that ended in between is lost, so this is a lower bound).
export function cpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime is field 14, stime field 15, in clock ticks (USER_HZ = 100)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export interface GatewayTimings {
  verificationSumS: number; // gateway_verification_duration_seconds (store request -> stored outcome)
  verificationCount: number;
  sourceSumS: number; // gateway_source_request_duration_seconds (one connector call, all sources)
  sourceCount: number;
}

function sumOf(text: string, metric: string): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(metric)) continue;
    const rest = line.slice(metric.length);
    if (rest[0] !== ' ' && rest[0] !== '{') continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

export function parseGatewayTimings(text: string): GatewayTimings {
  return {
    verificationSumS: sumOf(text, 'gateway_verification_duration_seconds_sum'),
    verificationCount: sumOf(text, 'gateway_verification_duration_seconds_count'),
    sourceSumS: sumOf(text, 'gateway_source_request_duration_seconds_sum'),
    sourceCount: sumOf(text, 'gateway_source_request_duration_seconds_count'),
  };
}
