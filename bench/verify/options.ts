// Benchmark settings, from the environment. Every loop in the benchmark is bounded by these.

export type Storage = 'sqlite' | 'postgres';

export interface BenchOptions {
  quick: boolean;
  storages: Storage[];
  latenciesMs: number[];
  concurrency: number[];
  durationMs: number; // measured time per point, for the gateway and again for the baseline
  warmupMs: number; // unmeasured time before each measurement (same concurrency)
  gatewayWarmupMs: number; // once per gateway, before its first point
  maxRequestsPerPoint: number; // a hard cap on requests per measurement
  requestTimeoutMs: number; // per HTTP request of the load client
  populationSize: number;
  populationSeed: number;
  pgUrl: string; // a PostgreSQL server URL; a throwaway database is created on it
  cpuProfileDir?: string; // when set, each gateway measurement is profiled; profiles and a summary go here
  replicas: number; // PostgreSQL: gateways sharing the database for the extra replica points (1 = none)
  soak: number; // verifications of the memory soak on the first storage (0 = no soak)
  resultName: string; // the Markdown tables go to bench/results/<resultName>.md
}

function list(raw: string | undefined, fallback: string): string[] {
  return (raw?.trim() ? raw : fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function ints(name: string, raw: string | undefined, fallback: string, min: number, max: number): number[] {
  const values = list(raw, fallback).map(Number);
  for (const v of values)
    if (!Number.isInteger(v) || v < min || v > max) throw new Error(`${name} must list integers from ${min} to ${max}`);
  if (values.length === 0) throw new Error(`${name} is empty`);
  return values;
}

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

export function loadBenchOptions(env: Record<string, string | undefined> = process.env): BenchOptions {
  const quick = ['1', 'true', 'yes'].includes((env.BENCH_QUICK ?? '').toLowerCase());
  const storages = list(env.BENCH_STORAGES, 'sqlite,postgres');
  for (const s of storages)
    if (s !== 'sqlite' && s !== 'postgres') throw new Error('BENCH_STORAGES must list sqlite and/or postgres');
  return {
    quick,
    storages: storages as Storage[],
    latenciesMs: ints('BENCH_LATENCIES', env.BENCH_LATENCIES, '0,20', 0, 1000),
    concurrency: ints('BENCH_CONCURRENCY', env.BENCH_CONCURRENCY, quick ? '8' : '1,8,32', 1, 256),
    durationMs: int('BENCH_DURATION_MS', env.BENCH_DURATION_MS, quick ? 1500 : 5000, 200, 60_000),
    warmupMs: int('BENCH_WARMUP_MS', env.BENCH_WARMUP_MS, quick ? 300 : 700, 0, 10_000),
    gatewayWarmupMs: int('BENCH_GATEWAY_WARMUP_MS', env.BENCH_GATEWAY_WARMUP_MS, quick ? 1000 : 2500, 0, 30_000),
    maxRequestsPerPoint: int('BENCH_MAX_REQUESTS', env.BENCH_MAX_REQUESTS, 200_000, 10, 10_000_000),
    requestTimeoutMs: int('BENCH_REQUEST_TIMEOUT_MS', env.BENCH_REQUEST_TIMEOUT_MS, 10_000, 100, 60_000),
    populationSize: int('BENCH_POPULATION', env.BENCH_POPULATION, 10_000, 1000, 1_000_000),
    populationSeed: int('BENCH_SEED', env.BENCH_SEED, 20231106, 0, 0xffffffff),
    pgUrl: env.BENCH_PG_URL?.trim() || 'postgresql://postgres@127.0.0.1:5432/postgres',
    cpuProfileDir: env.BENCH_CPU_PROF?.trim() || undefined,
    replicas: int('BENCH_REPLICAS', env.BENCH_REPLICAS, quick ? 1 : 2, 1, 4),
    soak: int('BENCH_SOAK', env.BENCH_SOAK, 0, 0, 10_000_000),
    resultName: resultName(env.BENCH_RESULT_NAME),
  };
}

function resultName(raw: string | undefined): string {
  const name = raw?.trim() || 'verify-latest';
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(name))
    throw new Error('BENCH_RESULT_NAME must be lower-case letters, digits and -');
  return name;
}
