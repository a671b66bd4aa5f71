import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { createGateway } from '../../apps/gateway/src';
import { ensureDevKey, Role, signDevToken } from '#gw/auth';
import { BURDEN_COUNTERS, BurdenCounts, CHECK_COUNTER, zeroCounts } from '#gw/burden';
import { loadConfig } from '#gw/common';
import { baselineReport, baselineTrendByMonth } from './baseline';
import { generate, Generated } from './generate';
import { postgresStore, sqliteStore, Storage, Store } from './store';

// The burden monitor on a county-year of records: the gateway's queries over the daily counters
// (GraphQL over HTTP) against the same numbers computed from the raw tables with GROUP BY.
// Both must agree exactly; the run fails otherwise.

const COUNTY = '621022000000';
const TOWNSHIP = '621022100000';
const YEAR = 2025;
const FROM = `${YEAR}-01-01`;
const TO = `${YEAR}-12-31`;

const env = process.env;
const int = (name: string, fallback: number) => {
  const v = env[name] ? Number(env[name]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`${name} must be a non-negative integer`);
  return v;
};
const options = {
  storages: (env.BENCH_STORAGES ?? 'sqlite,postgres')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean) as Storage[],
  pgUrl: env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  checks: int('BENCH_CHECKS', 600_000),
  verifications: int('BENCH_VERIFICATIONS', 500_000),
  certificates: int('BENCH_CERTIFICATES', 40_000),
  communitiesPerTownship: int('BENCH_COMMUNITIES_PER_TOWNSHIP', 12),
  iterations: Math.max(1, int('BENCH_ITERATIONS', 20)),
};
for (const s of options.storages)
  if (s !== 'sqlite' && s !== 'postgres') throw new Error(`unknown storage ${s} in BENCH_STORAGES`);

const COUNTS = `checksAllowed refusedByReason { reason count } certificatesIssued certificatesRevoked formsFiled assistRequested assistAnswered assistOverdue verifiedBySharedData verifiedByOtherRoutes`;
const REPORT = `query($f: BurdenFilter!) { burdenReport(filter: $f, first: 50) { totalCount nodes { communityCode communityName ${COUNTS} } } }`;
const TREND = `query($f: BurdenFilter!) { burdenTrend(filter: $f, granularity: MONTH) { start end ${COUNTS} } }`;

type Row = Record<string, any>;
interface Timing {
  p50: number;
  p95: number;
  mean: number;
  n: number;
}
interface Line {
  storage: Storage;
  query: string;
  gateway: Timing;
  baseline: Timing;
}

function countsOf(row: Row): BurdenCounts {
  const c = zeroCounts();
  for (const k of BURDEN_COUNTERS) if (typeof row[k] === 'number') c[k] = row[k];
  for (const r of row.refusedByReason as { reason: string; count: number }[]) c[CHECK_COUNTER[r.reason]] = r.count;
  return c;
}

function timing(ms: number[]): Timing {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), mean: s.reduce((a, b) => a + b, 0) / s.length, n: s.length };
}

async function measure<T>(iterations: number, fn: () => Promise<T>): Promise<{ result: T; timing: Timing }> {
  let result = await fn(); // warm-up, and the answer that is compared
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    result = await fn();
    ms.push(performance.now() - t0);
  }
  return { result, timing: timing(ms) };
}

const mismatches: string[] = [];
function same(what: string, a: unknown, b: unknown): void {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  if (x !== y) mismatches.push(`${what}:\n  gateway:  ${x.slice(0, 2000)}\n  baseline: ${y.slice(0, 2000)}`);
}

interface Database {
  url: string;
  store: () => Promise<Store>;
  drop: () => Promise<void>;
}

async function createDatabase(storage: Storage, dir: string): Promise<Database> {
  if (storage === 'sqlite') {
    const file = join(dir, 'bench-burden.db');
    return {
      url: `file:${file}`,
      store: async () => sqliteStore(file),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `bench_burden_${process.pid}`;
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: options.pgUrl, connectionTimeoutMillis: 5000 });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(options.pgUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    store: () => postgresStore(url.toString()),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const cleanups = new Set<() => Promise<void>>();
async function cleanupAll(): Promise<void> {
  for (const c of [...cleanups].reverse())
    await c().catch((e: unknown) => console.error(`cleanup failed: ${(e as Error).message}`));
  cleanups.clear();
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    console.error(`\n${sig}: dropping the benchmark databases`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

async function runStorage(
  storage: Storage,
  lines: Line[],
  generated: Record<string, Generated & { seconds: number }>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-burden-'));
  const db = await createDatabase(storage, dir);
  cleanups.add(db.drop);
  let app: INestApplication | undefined;
  let store: Store | undefined;
  try {
    console.log(`\n== ${storage}`);
    const config = loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      DATA_DIR: dir,
      DATABASE_URL: db.url,
      VERIFICATION_SWEEP_MS: '3600000',
      CREDIT_DELIVERY_MS: '3600000',
    });
    ({ app } = await createGateway(config));
    await app.listen(0, '127.0.0.1');
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const token = await signDevToken(await ensureDevKey(dir), config.auth, { roles: [Role.AUDITOR] });

    store = await db.store();
    const t0 = performance.now();
    console.log(
      `generating a county-year (${YEAR}): ${options.checks.toLocaleString('en')} community checks, ${options.verifications.toLocaleString('en')} verifications, ${options.certificates.toLocaleString('en')} certificates, filings, assist requests`,
    );
    const g = await generate(
      store,
      {
        countyPrefix: COUNTY.slice(0, 6),
        year: YEAR,
        checks: options.checks,
        verifications: options.verifications,
        certificates: options.certificates,
        communitiesPerTownship: options.communitiesPerTownship,
        seed: 20261127,
      },
      (s) => console.log(s),
    );
    if (storage === 'postgres') await store.query('ANALYZE');
    generated[storage] = { ...g, seconds: (performance.now() - t0) / 1000 };
    console.log(
      `generated in ${generated[storage].seconds.toFixed(1)} s; ${g.communities} communities, ${g.dailyRows.toLocaleString('en')} BurdenDaily rows`,
    );

    const gql = async (query: string, variables: Record<string, unknown>, retry = true): Promise<Row> => {
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
      } catch (err) {
        // a keep-alive connection the server closed while the baseline ran (only ever in a warm-up run)
        if (retry) return gql(query, variables, false);
        throw err;
      }
      const body = (await res.json()) as { data?: Row; errors?: unknown[] };
      if (body.errors) throw new Error(`gateway answered errors: ${JSON.stringify(body.errors)}`);
      return body.data!;
    };

    const reports: [string, string][] = [
      ['county report, first page (50 communities)', COUNTY],
      ['township report (环城镇)', TOWNSHIP],
    ];
    for (const [name, region] of reports) {
      const f = { regionCode: region, from: FROM, to: TO };
      const prefix = region === COUNTY ? COUNTY.slice(0, 6) : region.slice(0, 9);
      const a = await measure(options.iterations, () => gql(REPORT, { f }));
      const b = await measure(options.iterations, () => baselineReport(store!, prefix, FROM, TO, 50));
      const conn = a.result.burdenReport;
      same(`${storage} ${name}: totalCount`, conn.totalCount, b.result.totalCount);
      same(
        `${storage} ${name}: rows`,
        conn.nodes.map((n: Row) => [n.communityCode, n.communityName, countsOf(n)]),
        b.result.rows.map((r) => [r.code, r.name, r.counts]),
      );
      lines.push({ storage, query: name, gateway: a.timing, baseline: b.timing });
      console.log(`${name}: gateway p50 ${a.timing.p50.toFixed(1)} ms, baseline p50 ${b.timing.p50.toFixed(1)} ms`);
    }

    const name = 'county trend by month';
    const f = { regionCode: COUNTY, from: FROM, to: TO };
    const a = await measure(options.iterations, () => gql(TREND, { f }));
    const b = await measure(options.iterations, () => baselineTrendByMonth(store!, COUNTY.slice(0, 6), FROM, TO));
    same(
      `${storage} ${name}`,
      a.result.burdenTrend.map((bucket: Row) => [bucket.start.slice(0, 7), countsOf(bucket)]),
      a.result.burdenTrend.map((bucket: Row) => [
        bucket.start.slice(0, 7),
        b.result.get(bucket.start.slice(0, 7)) ?? zeroCounts(),
      ]),
    );
    same(`${storage} ${name}: months`, a.result.burdenTrend.length, 12);
    const total = a.result.burdenTrend.reduce((n: number, bucket: Row) => n + countsOf(bucket).checksAllowed, 0);
    if (total === 0)
      mismatches.push(
        `${storage}: the trend counts no allowed checks at all; the generated data did not reach the gateway`,
      );
    lines.push({ storage, query: name, gateway: a.timing, baseline: b.timing });
    console.log(`${name}: gateway p50 ${a.timing.p50.toFixed(1)} ms, baseline p50 ${b.timing.p50.toFixed(1)} ms`);
  } finally {
    await store?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await db.drop();
    cleanups.delete(db.drop);
  }
}

function markdown(lines: Line[], generated: Record<string, Generated & { seconds: number }>, started: Date): string {
  const ms = (v: number) => v.toFixed(1);
  const out = [
    '# Burden monitor benchmark (latest run)',
    '',
    `Run ${started.toISOString()} on ${cpus().length} CPU(s), load average at start ${loadavg()[0].toFixed(2)}. \`npm run bench:burden\`; see bench/README.md.`,
    '',
    `Data: one county-year (${FROM} … ${TO}, Asia/Shanghai), generated per storage:`,
    '',
    '| storage | communities | CommunityCheck | Verification | AssistRequest | IssuedCertificate | FormFiling | BurdenDaily | generated in |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(generated).map(
      ([s, g]) =>
        `| ${s} | ${g.communities} | ${(g.rows.CommunityCheck ?? 0).toLocaleString('en')} | ${(g.rows.Verification ?? 0).toLocaleString('en')} | ${(g.rows.AssistRequest ?? 0).toLocaleString('en')} | ${(g.rows.IssuedCertificate ?? 0).toLocaleString('en')} | ${(g.rows.FormFiling ?? 0).toLocaleString('en')} | ${g.dailyRows.toLocaleString('en')} | ${g.seconds.toFixed(0)} s |`,
    ),
    '',
    `Latency in ms over ${options.iterations} sequential runs each (after 2 warm-up runs). **gateway**: the GraphQL query over HTTP (auth, validation, daily counters). **baseline**: the same numbers straight from the record tables with GROUP BY, SQL only, on the benchmark's own connection (no HTTP, no GraphQL).`,
    '',
    '| storage | query | gateway p50 | gateway p95 | baseline p50 | baseline p95 | baseline ÷ gateway (p50) |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...lines.map(
      (l) =>
        `| ${l.storage} | ${l.query} | ${ms(l.gateway.p50)} | ${ms(l.gateway.p95)} | ${ms(l.baseline.p50)} | ${ms(l.baseline.p95)} | ${(l.baseline.p50 / l.gateway.p50).toFixed(1)}× |`,
    ),
    '',
    mismatches.length === 0
      ? 'Gateway and baseline gave identical numbers for every query.'
      : `**${mismatches.length} mismatch(es)** between gateway and baseline.`,
    '',
  ];
  return out.join('\n');
}

async function main(): Promise<void> {
  const started = new Date();
  const lines: Line[] = [];
  const generated: Record<string, Generated & { seconds: number }> = {};
  console.log(
    `burden benchmark: storages ${options.storages.join(', ')}; ${cpus().length} CPU(s), load ${loadavg()[0].toFixed(2)}`,
  );
  for (const storage of options.storages) await runStorage(storage, lines, generated);
  const md = markdown(lines, generated, started);
  const dir = resolve(__dirname, '../../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'burden-latest.md'), md);
  console.log(`\n${md}`);
  if (mismatches.length > 0) {
    console.error(`MISMATCH between gateway and baseline:\n${mismatches.join('\n')}`);
    process.exitCode = 1;
  }
}

main()
  .catch(async (err: unknown) => {
    console.error(`burden benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanupAll();
    // the gateway's timers and pools are closed; leave no stray handle keeping the process up
    setTimeout(() => process.exit(process.exitCode ?? 0), 200).unref();
  });
