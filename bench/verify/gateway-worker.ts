import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createGateway } from '../../apps/gateway/src';
import { loadConfig } from '#gw/common';
import { registerDemoSources } from '../../apps/demo/src';
import { announceFailure, announceReady, cpuSample, serveParent } from './ipc';

// Child process: the whole gateway, built exactly as main.ts builds it, listening on loopback.
// Configuration comes from the environment the benchmark sets (see run.ts).

// SQL statements the gateway runs, counted at the driver: every execution of a better-sqlite3
// statement (prepared once or per call, BEGIN/COMMIT of its transactions included) and every pg
// Client.query (each statement, BEGIN/COMMIT included). Only a counter is added: no timing, no
// change in behaviour.
let sqlStatements = 0;
// BENCH_SQL_TRACE=<file>: also counts each statement text, written to the file every second, to
// see which statements a verification runs (off by default: it costs a map update per statement)
const traceFile = process.env.BENCH_SQL_TRACE?.trim();
const traced = new Map<string, { count: number; ms: number; maxMs: number }>();
function trace(sql: unknown, ms = 0): void {
  const key = String(sql).replace(/\s+/g, ' ').slice(0, 160);
  const t = traced.get(key) ?? { count: 0, ms: 0, maxMs: 0 };
  t.count++;
  t.ms += ms;
  t.maxMs = Math.max(t.maxMs, ms);
  traced.set(key, t);
}
if (traceFile)
  setInterval(() => writeFileSync(traceFile, JSON.stringify(Object.fromEntries(traced), null, 1)), 1000).unref();
function countSql(): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('better-sqlite3') as new (file: string) => {
      prepare(sql: string): object;
      close(): void;
    };
    const probe = new Database(':memory:');
    const Statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, unknown>;
    probe.close();
    for (const method of ['run', 'get', 'all', 'iterate']) {
      const original = Statement[method] as (...args: unknown[]) => unknown;
      Statement[method] = function (this: { source?: string }, ...args: unknown[]) {
        sqlStatements++;
        if (!traceFile) return original.apply(this, args);
        // better-sqlite3 runs synchronously: the time around the call is the statement's
        const started = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          trace(this.source, performance.now() - started);
        }
      };
    }
  } catch {
    // not installed: nothing to count
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pg = require('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } };
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      sqlStatements++;
      if (traceFile) trace(typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text);
      return query.apply(this, args);
    };
  } catch {
    // not installed: nothing to count
  }
}

// The measured window only (not start-up or warm-up) is profiled, through the inspector: the
// parent starts and stops it around the measurement and summarises what it gets back.
let profiler: Session | undefined;
async function profileStart(): Promise<void> {
  profiler = new Session();
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.setSamplingInterval', { interval: 500 });
  await profiler.post('Profiler.start');
}
async function profileStop(): Promise<unknown> {
  if (!profiler) throw new Error('no profile running');
  const { profile } = await profiler.post('Profiler.stop');
  profiler.disconnect();
  profiler = undefined;
  return profile;
}

// Resident memory after a full collection when the gateway runs with --expose-gc: what the
// soak compares is what the process keeps, not garbage that has not been collected yet.
function memory(): { rssBytes: number; heapUsedBytes: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rssBytes: m.rss, heapUsedBytes: m.heapUsed };
}

async function main(): Promise<void> {
  countSql();
  const config = loadConfig(process.env);
  const { app } = await createGateway(config);
  if (config.demoSourcesUrl) await registerDemoSources(app, config.demoSourcesUrl, config.verification.sourceTimeoutMs);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  let stopping: Promise<void> | undefined;
  serveParent({
    cpu: () => cpuSample(),
    sql: () => sqlStatements,
    memory,
    profileStart,
    profileStop,
    stop: () => {
      stopping ??= app.close().then(
        () => {
          setImmediate(() => process.exit(0));
        },
        () => {
          setImmediate(() => process.exit(1));
        },
      );
      return stopping;
    },
  });
  announceReady({ url, pid: process.pid });
}

main().catch(announceFailure);
