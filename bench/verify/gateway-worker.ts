import 'reflect-metadata';
import { Session } from 'node:inspector/promises';
import { createGateway } from '../../apps/gateway/src';
import { loadConfig } from '#gw/common';
import { registerDemoSources } from '../../apps/demo/src';
import { announceFailure, announceReady, cpuSample, serveParent } from './ipc';

// Child process: the whole gateway, built exactly as main.ts builds it, listening on loopback.
// Configuration comes from the environment the benchmark sets (see run.ts).

// SQL statements the gateway sends, counted at the driver (better-sqlite3 prepares every
// statement it runs; pg's Client.query carries every statement, BEGIN/COMMIT included). Only a
// counter is added: no timing, no change in behaviour.
let sqlStatements = 0;
function countSql(): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('better-sqlite3') as { prototype: { prepare: (...args: unknown[]) => unknown } };
    const prepare = Database.prototype.prepare;
    Database.prototype.prepare = function (this: unknown, ...args: unknown[]) {
      sqlStatements++;
      return prepare.apply(this, args);
    };
  } catch {
    // not installed: nothing to count
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pg = require('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } };
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      sqlStatements++;
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
