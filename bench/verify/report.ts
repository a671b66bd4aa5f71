import { CryptoCost, FloorResult, floorLines } from './floor';
import type { LoadResult } from './load';
import type { Storage } from './options';

export interface SideResult extends LoadResult {
  cpuMsPerVerification: { client: number; gateway: number | null; sandbox: number; postgres: number | null };
  gatewayEventLoopUtilization: number | null; // share of wall time the gateway's event loop was busy
  sandboxEventLoopUtilization: number;
  sourceCallsPerVerification: number; // requests the sandbox received / completed verifications
  sqlStatementsPerVerification: number | null; // statements the gateway sent to its database / completed verifications
  lockWaitMsPerVerification: number | null; // PostgreSQL: backend time waiting on locks (sampled) / successes
  gatewayInternals?: {
    meanVerificationRunMs: number | null; // gateway_verification_duration_seconds: stored request -> stored outcome
    meanSourceCallMs: number | null; // gateway_source_request_duration_seconds: one connector call
    verificationsCounted: number;
  };
}

export interface PointResult {
  storage: Storage;
  replicas: number; // gateways sharing the database
  sourceLatencyMs: number;
  concurrency: number;
  gateway: SideResult;
  baseline: SideResult;
  ratio: { throughput: number; p50: number; p99: number };
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    platform: string;
    loadAvgAtStart: number[];
    loadAvgAtEnd: number[];
  };
  options: Record<string, unknown>;
  notes: string[];
  points: PointResult[];
  gatewayStartupMs: Record<string, number>;
  soak: SoakResult | null;
  floors?: FloorResult[]; // absent in runs before the floor was measured
  crypto?: CryptoCost;
  profiles: string[]; // markdown sections, one per profiled measurement
}

export interface SoakResult {
  storage: Storage;
  concurrency: number;
  verifications: number;
  errors: number;
  early: { after: number; rssBytes: number; heapUsedBytes: number };
  end: { after: number; rssBytes: number; heapUsedBytes: number };
  rssGrowth: number; // end.rss / early.rss - 1
}

function storageLabel(p: PointResult): string {
  const name = p.storage === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  return p.replicas > 1 ? `${name} ×${p.replicas} replicas` : name;
}

const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;

export function soakLines(s: SoakResult | null): string[] {
  if (!s) return ['No soak in this run (set BENCH_SOAK, e.g. 100000).'];
  return [
    `${s.verifications} verifications on ${s.storage === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${s.concurrency} in flight, source 0 ms, ${s.errors} errors.`,
    '',
    '| after | gateway RSS | heap used |',
    '|---:|---:|---:|',
    `| ${s.early.after} | ${mib(s.early.rssBytes)} | ${mib(s.early.heapUsedBytes)} |`,
    `| ${s.end.after} | ${mib(s.end.rssBytes)} | ${mib(s.end.heapUsedBytes)} |`,
    '',
    `RSS growth from ${s.early.after} to ${s.end.after} verifications: ${(s.rssGrowth * 100).toFixed(1)}% (measured after a full garbage collection; the gateway runs with --expose-gc).`,
  ];
}

const f = (n: number | null | undefined, digits = 1): string =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits);
const ratio = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');

export function mainTable(points: PointResult[]): string {
  const head =
    '| storage | source latency | conc. | gateway verif/s | gw p50 ms | gw p99 ms | gw errors | baseline verif/s | base p50 ms | base p99 ms | base errors | throughput gw/base | p50 gw/base | p99 gw/base |';
  const sep = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = points.map((p) =>
    [
      storageLabel(p),
      `${p.sourceLatencyMs} ms`,
      p.concurrency,
      f(p.gateway.throughput),
      f(p.gateway.latencyMs.p50),
      f(p.gateway.latencyMs.p99),
      `${p.gateway.errors}/${p.gateway.completed}`,
      f(p.baseline.throughput),
      f(p.baseline.latencyMs.p50),
      f(p.baseline.latencyMs.p99),
      `${p.baseline.errors}/${p.baseline.completed}`,
      ratio(p.ratio.throughput),
      ratio(p.ratio.p50),
      ratio(p.ratio.p99),
    ].join(' | '),
  );
  return [head, sep, ...rows.map((r) => `| ${r} |`)].join('\n');
}

export function costTable(points: PointResult[]): string {
  const head =
    '| storage | src ms | conc. | gw mean ms | gw run() mean ms | gw source call mean ms | base mean ms | gateway CPU ms/verif | PG CPU ms/verif | sandbox CPU ms/verif (gw · base) | client CPU ms/verif (gw · base) | gateway loop busy | SQL statements/verif | PG lock wait ms/verif | source calls/verif (gw · base) |';
  const sep = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = points.map((p) => {
    const g = p.gateway;
    const b = p.baseline;
    return [
      storageLabel(p),
      p.sourceLatencyMs,
      p.concurrency,
      f(g.latencyMs.mean, 2),
      f(g.gatewayInternals?.meanVerificationRunMs, 2),
      f(g.gatewayInternals?.meanSourceCallMs, 2),
      f(b.latencyMs.mean, 2),
      f(g.cpuMsPerVerification.gateway, 2),
      p.storage === 'postgres' ? f(g.cpuMsPerVerification.postgres, 2) : '–',
      `${f(g.cpuMsPerVerification.sandbox, 2)} · ${f(b.cpuMsPerVerification.sandbox, 2)}`,
      `${f(g.cpuMsPerVerification.client, 2)} · ${f(b.cpuMsPerVerification.client, 2)}`,
      g.gatewayEventLoopUtilization === null ? '–' : `${Math.round(g.gatewayEventLoopUtilization * 100)}%`,
      f(g.sqlStatementsPerVerification, 1),
      f(g.lockWaitMsPerVerification, 3),
      `${f(g.sourceCallsPerVerification, 2)} · ${f(b.sourceCallsPerVerification, 2)}`,
    ].join(' | ');
  });
  return [head, sep, ...rows.map((r) => `| ${r} |`)].join('\n');
}

export function errorLines(points: PointResult[]): string[] {
  const lines: string[] = [];
  for (const p of points) {
    for (const [side, r] of [
      ['gateway', p.gateway],
      ['baseline', p.baseline],
    ] as const) {
      if (r.errors === 0) continue;
      const kinds = Object.entries(r.errorKinds)
        .map(([k, n]) => `${k} ×${n}`)
        .join(', ');
      lines.push(
        `- ${storageLabel(p)} ${p.sourceLatencyMs} ms c=${p.concurrency} ${side}: ${r.errors} errors (${kinds}); e.g. ${r.errorSamples[0] ?? ''}`,
      );
    }
  }
  return lines;
}

export function markdown(report: BenchReport, jsonFile: string): string {
  const errors = errorLines(report.points);
  return [
    '# Verification benchmark — latest run',
    '',
    `Run ${report.startedAt} → ${report.finishedAt} on ${report.machine.cpus} CPU(s) (${report.machine.cpuModel}), Node ${report.machine.node}, ${report.machine.platform}; load average at start ${report.machine.loadAvgAtStart.map((n) => n.toFixed(2)).join(' ')}, at end ${report.machine.loadAvgAtEnd.map((n) => n.toFixed(2)).join(' ')}.`,
    `Full data: \`${jsonFile}\`. How to run and read it: \`bench/README.md\`.`,
    '',
    ...report.notes.map((n) => `- ${n}`),
    '',
    '## Throughput and latency',
    '',
    mainTable(report.points),
    '',
    'Throughput ratio below 1 means the gateway completes fewer verifications per second than the bare signed source calls; latency ratios above 1 mean it answers more slowly.',
    '',
    '## Where the time and CPU go',
    '',
    costTable(report.points),
    '',
    "`gw run()` is the gateway's own `gateway_verification_duration_seconds` (from the stored request to the stored outcome: source calls, receipt, the outcome's statement group); `gw source call` is `gateway_source_request_duration_seconds` (signing, HTTP call, response check). The rest of `gw mean` is HTTP, GraphQL, auth, validation and the request's statement group. CPU columns are process CPU time (user+system) divided by successful verifications during the measurement (PG: the server backends serving the benchmark database, from /proc; WAL writer and checkpointer not included). `gateway loop busy` is the gateway event-loop utilisation. SQL statements are counted at the driver in the gateway process (every better-sqlite3 statement execution, every pg `Client.query`, so BEGIN/COMMIT included). `PG lock wait` is the time the benchmark database's backends were seen waiting on a lock (pg_stat_activity sampled about every 10 ms), per successful verification; with replicas, CPU and SQL columns are the sum over the gateways.",
    '',
    '## Errors',
    '',
    ...(errors.length
      ? errors
      : [
          'None: every request ended in a finished verification with the expected CONFIRMED / REFUTED outcome (gateway) or a verified, parsed source answer (baseline).',
        ]),
    '',
    '## What the pipeline alone costs',
    '',
    ...floorLines(report.floors ?? [], report.crypto ?? null),
    '',
    '## Memory soak',
    '',
    ...soakLines(report.soak),
    '',
    '## CPU profile of the measured windows',
    '',
    ...(report.profiles.length ? report.profiles : ['Not profiled in this run (set BENCH_CPU_PROF to a folder).', '']),
    `Gateway start-up (migrations, seed, source registration): ${Object.entries(report.gatewayStartupMs)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(', ')}.`,
    '',
  ].join('\n');
}
