import 'reflect-metadata';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ensureDevKey, Role, signDevToken } from '#gw/auth';
import { loadConfig } from '#gw/common';
import { BASELINE_DESCRIPTION, BaselineClient, BaselineKey, createBaselineKey, SourceInfo } from './baseline-client';
import { GatewayClient } from './gateway-client';
import { HttpClient } from './http';
import { Child, CpuSample } from './ipc';
import { startJwksMerger } from './jwks-merge';
import { CryptoCost, FLOOR_QUERY, FloorResult, floorLines, measureEs256 } from './floor';
import { LoadResult, Op, OpError, round, runLoad } from './load';
import { BenchOptions, loadBenchOptions, Storage } from './options';
import { CpuProfile, profileMarkdown, summariseProfile } from './profile';
import {
  BenchReport,
  costTable,
  errorLines,
  mainTable,
  markdown,
  PointResult,
  SideResult,
  SoakResult,
  soakLines,
} from './report';
import { cpuBetween, createThrowawayDatabase, parseGatewayTimings, PostgresBackends } from './system';
import { buildPopulation, buildWorkload, WORKLOAD_DESCRIPTION } from './workload';

// `npm run bench`: the gateway's verifyFact against a bare-client baseline, on SQLite and
// PostgreSQL, at several source latencies and concurrency levels. See bench/README.md.

const FANOUT_SOURCES = ['MZ_HUNYIN', 'MZ_DIBAO']; // the sources the workload's fact types reach
const WORKLOAD_SIZE = 8192;
const GATEWAY_START_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 30_000;

interface SandboxReady {
  url: string;
  sources: SourceInfo[];
}
interface GatewayReady {
  url: string;
  pid: number;
}

// ---- cleanup: every resource registers its closer; they run in reverse, each bounded --------

const closers: { name: string; close: () => Promise<void> | void }[] = [];
let cleaning: Promise<void> | undefined;

function onCleanup(name: string, close: () => Promise<void> | void): () => Promise<void> {
  const entry = { name, close };
  closers.push(entry);
  return async () => {
    const i = closers.indexOf(entry);
    if (i >= 0) closers.splice(i, 1);
    await withTimeout(Promise.resolve().then(close), STEP_TIMEOUT_MS, `closing ${name}`);
  };
}

function cleanupAll(): Promise<void> {
  cleaning ??= (async () => {
    while (closers.length > 0) {
      const { name, close } = closers.pop()!;
      try {
        await withTimeout(Promise.resolve().then(close), STEP_TIMEOUT_MS, `closing ${name}`);
      } catch (err) {
        process.stderr.write(`cleanup: ${name}: ${(err as Error).message}\n`);
      }
    }
  })();
  return cleaning;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
    }),
  ]);
}

// ---- measurement ---------------------------------------------------------------------------

interface Env {
  options: BenchOptions;
  storage: Storage;
  sandbox: Child<SandboxReady>;
  gateways: Child<GatewayReady>[]; // one, or the replicas sharing the PostgreSQL database
  startReplica: () => Promise<void>;
  token: string;
  items: ReturnType<typeof buildWorkload>;
  gatewayClient: GatewayClient;
  baselineClient: BaselineClient;
  http: HttpClient;
  pg?: PostgresBackends;
  seq: { gateway: number; baseline: number };
  profiles: string[];
  currentLatencyMs: number;
}

interface Snapshot {
  client: NodeJS.CpuUsage;
  sandbox: CpuSample;
  gateway: CpuSample; // summed over the gateways
  postgres: Map<number, number> | null;
  sourceCalls: number;
  sql: number;
  metrics?: ReturnType<typeof parseGatewayTimings>;
}

async function snapshot(env: Env, withMetrics: boolean): Promise<Snapshot> {
  const [sandbox, gateways, sqls, counts, metricsTexts, postgres] = await Promise.all([
    env.sandbox.call<CpuSample>('cpu'),
    Promise.all(env.gateways.map((g) => g.call<CpuSample>('cpu'))),
    Promise.all(env.gateways.map((g) => g.call<number>('sql'))),
    env.sandbox.call<Record<string, number>>('counts'),
    withMetrics
      ? Promise.all(env.gateways.map((g) => env.http.get(new URL('/metrics', g.ready.url)).then((r) => r.text)))
      : Promise.resolve(undefined),
    env.pg ? env.pg.cpu() : Promise.resolve(null),
  ]);
  return {
    client: process.cpuUsage(),
    sandbox,
    gateway: sumSamples(gateways),
    postgres,
    sourceCalls: Object.values(counts).reduce((a, b) => a + b, 0),
    sql: sqls.reduce((a, b) => a + b, 0),
    metrics: metricsTexts === undefined ? undefined : sumTimings(metricsTexts.map(parseGatewayTimings)),
  };
}

function sumSamples(samples: CpuSample[]): CpuSample {
  return samples.reduce((a, b) => ({
    userUs: a.userUs + b.userUs,
    systemUs: a.systemUs + b.systemUs,
    eluActive: a.eluActive + b.eluActive,
    eluIdle: a.eluIdle + b.eluIdle,
  }));
}

function sumTimings(all: ReturnType<typeof parseGatewayTimings>[]): ReturnType<typeof parseGatewayTimings> {
  return all.reduce((a, b) => ({
    verificationSumS: a.verificationSumS + b.verificationSumS,
    verificationCount: a.verificationCount + b.verificationCount,
    sourceSumS: a.sourceSumS + b.sourceSumS,
    sourceCount: a.sourceCount + b.sourceCount,
  }));
}

// The measured load, with the PostgreSQL lock-wait sampler around it and, when asked, a CPU
// profile of the (single) gateway over exactly this window.
async function measuredLoad(
  env: Env,
  side: 'gateway' | 'baseline',
  run: () => Promise<LoadResult>,
): Promise<{ result: LoadResult; lockWaitMs: number | null }> {
  const profiling = side === 'gateway' && !!env.options.cpuProfileDir && env.gateways.length === 1;
  if (profiling) await env.gateways[0].call('profileStart');
  const measured = env.pg ? await env.pg.lockWait(run()) : { result: await run(), lockWaitMs: null };
  if (profiling) {
    const profile = await env.gateways[0].call<CpuProfile>('profileStop');
    const label = `${env.storage} ${env.currentLatencyMs} ms c=${measured.result.concurrency}`;
    const dir = resolve(env.options.cpuProfileDir!);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `gateway-${label.replace(/[ =]/g, '-')}.cpuprofile`), JSON.stringify(profile));
    env.profiles.push(profileMarkdown(label, summariseProfile(profile), measured.result.ok));
  }
  return measured;
}

function cpuMs(a: CpuSample, b: CpuSample): number {
  return (b.userUs - a.userUs + (b.systemUs - a.systemUs)) / 1000;
}

function elu(a: CpuSample, b: CpuSample): number {
  const active = b.eluActive - a.eluActive;
  const idle = b.eluIdle - a.eluIdle;
  return active + idle > 0 ? round(active / (active + idle), 3) : 0;
}

async function measure(env: Env, side: 'gateway' | 'baseline', concurrency: number): Promise<SideResult> {
  const { options } = env;
  const op: Op = side === 'gateway' ? env.gatewayClient.op : env.baselineClient.op;
  const bound = { concurrency, maxRequests: options.maxRequestsPerPoint };
  if (options.warmupMs > 0) {
    const warm = await runLoad(op, { ...bound, durationMs: options.warmupMs, startSeq: env.seq[side] });
    env.seq[side] += warm.completed;
  }
  const before = await snapshot(env, side === 'gateway');
  const { result, lockWaitMs } = await measuredLoad(env, side, () =>
    runLoad(op, { ...bound, durationMs: options.durationMs, startSeq: env.seq[side] }),
  );
  env.seq[side] += result.completed;
  const after = await snapshot(env, side === 'gateway');
  const per = (ms: number): number => (result.ok > 0 ? round(ms / result.ok, 3) : NaN);
  const clientMs = (after.client.user - before.client.user + (after.client.system - before.client.system)) / 1000;
  const side_: SideResult = {
    ...result,
    cpuMsPerVerification: {
      client: per(clientMs),
      gateway: side === 'gateway' ? per(cpuMs(before.gateway, after.gateway)) : null,
      sandbox: per(cpuMs(before.sandbox, after.sandbox)),
      postgres: ((ms) => (ms === null ? null : per(ms)))(cpuBetween(before.postgres, after.postgres)),
    },
    gatewayEventLoopUtilization: side === 'gateway' ? elu(before.gateway, after.gateway) : null,
    sandboxEventLoopUtilization: elu(before.sandbox, after.sandbox),
    sourceCallsPerVerification:
      result.completed > 0 ? round((after.sourceCalls - before.sourceCalls) / result.completed, 3) : NaN,
    sqlStatementsPerVerification:
      side === 'gateway' && result.completed > 0 ? round((after.sql - before.sql) / result.completed, 1) : null,
    lockWaitMsPerVerification: side === 'gateway' && lockWaitMs !== null ? per(lockWaitMs) : null,
  };
  if (before.metrics && after.metrics) {
    const vCount = after.metrics.verificationCount - before.metrics.verificationCount;
    const sCount = after.metrics.sourceCount - before.metrics.sourceCount;
    side_.gatewayInternals = {
      meanVerificationRunMs:
        vCount > 0
          ? round(((after.metrics.verificationSumS - before.metrics.verificationSumS) * 1000) / vCount, 2)
          : null,
      meanSourceCallMs:
        sCount > 0 ? round(((after.metrics.sourceSumS - before.metrics.sourceSumS) * 1000) / sCount, 2) : null,
      verificationsCounted: vCount,
    };
  }
  return side_;
}

// ---- set-up of one storage -------------------------------------------------------------------

async function startEnvironment(
  options: BenchOptions,
  storage: Storage,
  baselineKey: BaselineKey,
  items: ReturnType<typeof buildWorkload>,
  startup: Record<string, number>,
): Promise<{ env: Env; teardown: () => Promise<void> }> {
  const local: (() => Promise<void>)[] = [];
  const teardown = async (): Promise<void> => {
    while (local.length > 0) {
      try {
        await local.pop()!();
      } catch (err) {
        process.stderr.write(`cleanup: ${(err as Error).message}\n`);
      }
    }
  };
  try {
    const dataDir = mkdtempSync(join(tmpdir(), `bench-verify-${storage}-`));
    local.push(onCleanup(`data dir ${dataDir}`, () => rmSync(dataDir, { recursive: true, force: true })));
    let databaseUrl = `file:${join(dataDir, 'bench.db')}`;
    let pg: PostgresBackends | undefined;
    if (storage === 'postgres') {
      const db = await createThrowawayDatabase(options.pgUrl);
      local.push(onCleanup(`PostgreSQL database ${db.name}`, () => db.drop()));
      databaseUrl = db.url;
      pg = await PostgresBackends.connect(options.pgUrl, db.name);
      local.push(onCleanup('PostgreSQL monitor connection', () => pg!.close()));
    }

    const merger = await startJwksMerger([baselineKey.publicJwk]);
    local.push(onCleanup('JWKS server', () => merger.close()));

    const sandbox = await Child.start<SandboxReady>(
      'sandbox',
      join(__dirname, 'sandbox-worker.js'),
      {
        BENCH_SANDBOX_JWKS_URL: merger.url,
        BENCH_SANDBOX_SEED: String(options.populationSeed),
        BENCH_SANDBOX_SIZE: String(options.populationSize),
      },
      { startTimeoutMs: 60_000 },
    );
    local.push(onCleanup('sandbox', () => sandbox.stop()));

    const gatewayEnv: Record<string, string> = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      SUBJECT_HASH_KEY: 'bench-subject-hash-key-0123456789abcdef',
      DEMO_SOURCES_URL: sandbox.ready.url,
    };
    const config = loadConfig(gatewayEnv);
    const devKey = await ensureDevKey(dataDir); // before the gateway starts: both use this file
    const token = await signDevToken(devKey, config.auth, { roles: [Role.WINDOW_STAFF] });

    const gateways: Child<GatewayReady>[] = [];
    // every gateway shares the data folder (one signing key, as replicas share theirs) and the
    // database; --expose-gc lets the soak read memory after a full collection
    const startGateway = async (): Promise<void> => {
      const n = gateways.length + 1;
      const gateway = await Child.start<GatewayReady>('gateway', join(__dirname, 'gateway-worker.js'), gatewayEnv, {
        startTimeoutMs: GATEWAY_START_TIMEOUT_MS,
        execArgv: ['--expose-gc'],
      });
      local.push(onCleanup(`gateway ${n} (${storage})`, () => gateway.stop()));
      gateways.push(gateway);
    };
    const t0 = performance.now();
    await startGateway();
    startup[storage] = Math.round(performance.now() - t0);
    merger.setGateway(new URL('/.well-known/jwks.json', gateways[0].ready.url).toString());

    const maxConcurrency = Math.max(...options.concurrency, 8);
    const http = new HttpClient(maxConcurrency * 2, options.requestTimeoutMs);
    local.push(onCleanup('HTTP client', () => http.close()));
    const env: Env = {
      options,
      storage,
      sandbox,
      gateways,
      token,
      items,
      startReplica: async () => {
        await startGateway();
        env.gatewayClient = new GatewayClient(
          http,
          gateways.map((g) => g.ready.url),
          token,
          items,
        );
      },
      gatewayClient: new GatewayClient(http, [gateways[0].ready.url], token, items),
      baselineClient: new BaselineClient(http, baselineKey, sandbox.ready.sources, items),
      http,
      pg,
      seq: { gateway: 0, baseline: 0 },
      profiles: [],
      currentLatencyMs: 0,
    };
    return { env, teardown };
  } catch (err) {
    await teardown().catch(() => undefined);
    throw err;
  }
}

// A short run of each side before the first point: JIT, key fetches, connection pools. It must
// succeed at least once, or the set-up is broken and measuring it is pointless.
async function warmUp(env: Env): Promise<void> {
  for (const side of ['baseline', 'gateway'] as const) {
    const op = side === 'gateway' ? env.gatewayClient.op : env.baselineClient.op;
    const r = await runLoad(op, {
      concurrency: 8,
      durationMs: env.options.gatewayWarmupMs,
      maxRequests: env.options.maxRequestsPerPoint,
      startSeq: env.seq[side],
    });
    env.seq[side] += r.completed;
    if (r.ok === 0)
      throw new Error(`${side} warm-up: no request succeeded (${r.errors} errors): ${r.errorSamples.join(' | ')}`);
  }
}

async function setLatency(env: Env, latencyMs: number): Promise<void> {
  env.currentLatencyMs = latencyMs;
  for (const code of FANOUT_SOURCES)
    await env.sandbox.call('setFault', { code, fault: latencyMs > 0 ? { latencyMs } : null });
}

async function measurePoint(env: Env, concurrency: number): Promise<PointResult> {
  const baseline = await measure(env, 'baseline', concurrency);
  const gateway = await measure(env, 'gateway', concurrency);
  const point: PointResult = {
    storage: env.storage,
    replicas: env.gateways.length,
    sourceLatencyMs: env.currentLatencyMs,
    concurrency,
    gateway,
    baseline,
    ratio: {
      throughput: round(gateway.throughput / baseline.throughput, 3),
      p50: round(gateway.latencyMs.p50 / baseline.latencyMs.p50, 2),
      p99: round(gateway.latencyMs.p99 / baseline.latencyMs.p99, 2),
    },
  };
  const where = `${env.storage}${env.gateways.length > 1 ? ` ×${env.gateways.length}` : ''}`;
  out(
    `   ${where} ${env.currentLatencyMs} ms c=${concurrency}: gateway ${gateway.throughput.toFixed(1)}/s p50 ${gateway.latencyMs.p50} p99 ${gateway.latencyMs.p99} err ${gateway.errors} | baseline ${baseline.throughput.toFixed(1)}/s p50 ${baseline.latencyMs.p50} p99 ${baseline.latencyMs.p99} err ${baseline.errors} | ratio ${point.ratio.throughput}`,
  );
  if (env.gateways.some((g) => !g.alive)) throw new Error('a gateway process has exited');
  return point;
}

// Waits (at most QUIET_MAX_MS) until the gateway uses under 5% of a core: after the points, the
// audit chainer and the other background work still have their events to finish, which would
// otherwise be counted against the floor.
const QUIET_SAMPLE_MS = 250;
const QUIET_MAX_MS = 15_000;
async function quiet(gateway: Child<GatewayReady>): Promise<void> {
  const until = performance.now() + QUIET_MAX_MS;
  while (performance.now() < until) {
    const before = await gateway.call<CpuSample>('cpu');
    await new Promise((r) => setTimeout(r, QUIET_SAMPLE_MS));
    if (cpuMs(before, await gateway.call<CpuSample>('cpu')) < QUIET_SAMPLE_MS * 0.05) return;
  }
}

// The pipeline floor (see floor.ts): `{ __typename }` with the bearer token against the first gateway,
// once it is quiet after the points (its code is warm), at 8 in flight, as long as a point.
const FLOOR_CONCURRENCY = 8;
async function measureFloor(env: Env): Promise<FloorResult> {
  const gateway = env.gateways[0];
  const url = new URL('/graphql', gateway.ready.url);
  const body = JSON.stringify({ query: FLOOR_QUERY });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${env.token}` };
  const op: Op = async () => {
    const res = await env.http.post(url, body, headers);
    if (res.status !== 200 || !res.text.includes('"__typename":"Query"') || res.text.includes('"errors"'))
      throw new OpError('floor-answer', `HTTP ${res.status}: ${res.text.slice(0, 200)}`);
  };
  const bound = { concurrency: FLOOR_CONCURRENCY, maxRequests: env.options.maxRequestsPerPoint };
  await quiet(gateway);
  if (env.options.warmupMs > 0) await runLoad(op, { ...bound, durationMs: env.options.warmupMs });
  const before = await gateway.call<CpuSample>('cpu');
  const result = await runLoad(op, { ...bound, durationMs: env.options.durationMs });
  const after = await gateway.call<CpuSample>('cpu');
  const floor: FloorResult = {
    storage: env.storage,
    concurrency: FLOOR_CONCURRENCY,
    requests: result.ok,
    errors: result.errors,
    throughput: result.throughput,
    gatewayCpuMsPerRequest: result.ok > 0 ? round(cpuMs(before, after) / result.ok, 3) : NaN,
    gatewayEventLoopUtilization: elu(before, after),
  };
  out(
    `   ${env.storage} pipeline floor (${FLOOR_QUERY}, c=${FLOOR_CONCURRENCY}): ${floor.throughput.toFixed(1)}/s, gateway ${floor.gatewayCpuMsPerRequest} ms CPU/request, err ${floor.errors}`,
  );
  return floor;
}

// Memory soak: many verifications through one gateway, resident memory read (after a full
// collection) at a tenth of the way and at the end. A leak shows as growth between the two.
const SOAK_CONCURRENCY = 8;
async function runSoak(env: Env): Promise<SoakResult> {
  const gateway = env.gateways[0];
  const client = new GatewayClient(env.http, [gateway.ready.url], env.token, env.items);
  const early = Math.max(1, Math.round(env.options.soak / 10));
  let errors = 0;
  const phase = async (count: number): Promise<void> => {
    const r = await runLoad(client.op, {
      concurrency: SOAK_CONCURRENCY,
      durationMs: 24 * 3600_000,
      maxRequests: count,
      startSeq: env.seq.gateway,
    });
    env.seq.gateway += r.completed;
    errors += r.errors;
  };
  out(`   soak: ${env.options.soak} verifications, ${SOAK_CONCURRENCY} in flight …`);
  await phase(early);
  const first = await gateway.call<{ rssBytes: number; heapUsedBytes: number }>('memory');
  await phase(env.options.soak - early);
  const last = await gateway.call<{ rssBytes: number; heapUsedBytes: number }>('memory');
  return {
    storage: env.storage,
    concurrency: SOAK_CONCURRENCY,
    verifications: env.options.soak,
    errors,
    early: { after: early, ...first },
    end: { after: env.options.soak, ...last },
    rssGrowth: round(last.rssBytes / first.rssBytes - 1, 4),
  };
}

// ---- main ------------------------------------------------------------------------------------

function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bench'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const options = loadBenchOptions();
  const startedAt = new Date();
  const loadAvgAtStart = loadavg();
  const cpuList = cpus();
  const notes = [
    `Everything runs on this one machine over loopback: the load client (this process), the gateway (child process), the sandbox sources (child process)${options.storages.includes('postgres') ? ' and PostgreSQL' : ''} share ${cpuList.length} CPU core(s). The client's own CPU use is part of every number, for the gateway and the baseline alike.`,
    BASELINE_DESCRIPTION + '.',
    `Workload: ${WORKLOAD_DESCRIPTION}; population ${options.populationSize} (seed ${options.populationSeed}); each verifyFact has a fresh idempotency key (no answer from storage).`,
    `Each point: ${options.warmupMs} ms unmeasured warm-up, then ${options.durationMs} ms measured, closed loop with as many requests in flight as the concurrency; baseline measured right before the gateway at the same point. Source latency is the sandbox latencyMs fault on ${FANOUT_SOURCES.join(', ')}.`,
    'Gateway: NODE_ENV=development, LOG_LEVEL=silent, its own defaults otherwise (source timeout 3 s, per-source concurrency cap 64).',
  ];
  out(`# bench/verify — gateway verifyFact vs. bare signed source calls${options.quick ? ' (quick mode)' : ''}`);
  out(
    `# ${cpuList.length} CPU core(s) (${cpuList[0]?.model ?? '?'}), Node ${process.version}, load average ${loadAvgAtStart.map((n) => n.toFixed(2)).join(' ')}`,
  );
  out(
    `# NOTE: load client, gateway, sandbox${options.storages.includes('postgres') ? ' and PostgreSQL' : ''} share these ${cpuList.length} cores; the baseline runs under the same condition, so read the ratio, not the absolute numbers.`,
  );
  out(`# ${BASELINE_DESCRIPTION}`);
  out(
    `# storages ${options.storages.join(', ')}; source latency ${options.latenciesMs.join(', ')} ms; concurrency ${options.concurrency.join(', ')}; ${options.durationMs} ms per measurement`,
  );
  out();

  const population = buildPopulation(options.populationSeed, options.populationSize);
  const items = buildWorkload(population, WORKLOAD_SIZE, options.populationSeed);
  const baselineKey = await createBaselineKey();
  const points: PointResult[] = [];
  const startup: Record<string, number> = {};

  let soak: SoakResult | null = null;
  const floors: FloorResult[] = [];
  const crypto: CryptoCost = measureEs256();
  const profiles: string[] = [];

  for (const storage of options.storages) {
    out(`## ${storage}: starting sandbox and gateway …`);
    const { env, teardown } = await startEnvironment(options, storage, baselineKey, items, startup);
    try {
      out(
        `   gateway ready in ${(startup[storage] / 1000).toFixed(1)} s (migrations, seed, source registration); fan-out MARITAL_STATUS → ${env.baselineClient.fanoutOf('MARITAL_STATUS').join(',')}, LOW_INCOME_ALLOWANCE → ${env.baselineClient.fanoutOf('LOW_INCOME_ALLOWANCE').join(',')}`,
      );
      await warmUp(env);
      for (const latencyMs of options.latenciesMs) {
        await setLatency(env, latencyMs);
        for (const concurrency of options.concurrency) points.push(await measurePoint(env, concurrency));
      }
      // replicas: the same database behind several gateways, at the highest concurrency
      if (storage === 'postgres' && options.replicas > 1) {
        while (env.gateways.length < options.replicas) await env.startReplica();
        out(`   ${env.gateways.length} gateways now share the database`);
        await warmUp(env);
        for (const latencyMs of options.latenciesMs) {
          await setLatency(env, latencyMs);
          points.push(await measurePoint(env, Math.max(...options.concurrency)));
        }
      }
      await setLatency(env, 0);
      floors.push(await measureFloor(env));
      if (options.soak > 0 && soak === null) soak = await runSoak(env);
      profiles.push(...env.profiles);
    } finally {
      await teardown();
    }
  }

  const finishedAt = new Date();
  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    machine: {
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model ?? '?',
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAvgAtStart,
      loadAvgAtEnd: loadavg(),
    },
    options: { ...options, pgUrl: options.pgUrl.replace(/\/\/[^@/]*@/, '//***@') },
    notes,
    points,
    gatewayStartupMs: startup,
    soak,
    floors,
    crypto,
    profiles,
  };

  const root = repoRoot();
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const jsonFile = join(dir, `verify-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(jsonFile, JSON.stringify(report, null, 2) + '\n');
  const mdFile = join(dir, `${options.resultName}.md`);
  writeFileSync(mdFile, markdown(report, relative(root, jsonFile)));

  out();
  out('## Throughput and latency (gateway vs. baseline, same run)');
  out();
  out(mainTable(points));
  out();
  out('## Where the time and CPU go');
  out();
  out(costTable(points));
  out();
  const errors = errorLines(points);
  out(
    errors.length
      ? `## Errors\n${errors.join('\n')}`
      : '## Errors: none (every gateway answer was a finished verification with the expected CONFIRMED/REFUTED outcome and a receipt)',
  );
  out();
  out('## What the pipeline alone costs');
  out();
  for (const line of floorLines(floors, crypto)) out(line);
  out();
  out('## Memory soak');
  out();
  for (const line of soakLines(soak)) out(line);
  out();
  if (options.cpuProfileDir) out(`# CPU profiles and their summary: ${options.cpuProfileDir}`);
  out(`# baseline: ${BASELINE_DESCRIPTION}`);
  out(`# results: ${relative(root, jsonFile)} and ${relative(root, mdFile)}`);
}

let exiting = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    process.stderr.write(`\n${signal}: cleaning up …\n`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

main()
  .then(async () => {
    await cleanupAll();
    process.exit(0);
  })
  .catch(async (err: unknown) => {
    process.stderr.write(`bench/verify failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    await cleanupAll();
    process.exit(1);
  });
