import { chinaDayStart } from '#gw/common';
import { addDays, BurdenCounter, BurdenCounts, CHECK_COUNTER, zeroCounts } from '#gw/burden';
import { SETTLING_OUTCOMES } from '#gw/sources';
import { Store } from './store';

// The naive burden monitor: the same numbers straight from the record tables with GROUP BY,
// without the daily counters. Each statement is limited to the period's instants
// [start of `from`, start of the day after `to`) in Asia/Shanghai.
interface Source {
  counter: BurdenCounter | 'byReason' | 'byRoute';
  table: string;
  column: string;
  where?: string;
  key?: string;
}

const SOURCES: Source[] = [
  { counter: 'byReason', table: 'CommunityCheck', column: 'createdAt', key: '"reason"' },
  { counter: 'certificatesIssued', table: 'IssuedCertificate', column: 'issuedAt' },
  { counter: 'certificatesRevoked', table: 'IssuedCertificate', column: 'revokedAt', where: `"status" = 'REVOKED'` },
  { counter: 'formsFiled', table: 'FormFiling', column: 'filedAt' },
  { counter: 'assistRequested', table: 'AssistRequest', column: 'createdAt' },
  { counter: 'assistAnswered', table: 'AssistRequest', column: 'closedAt', where: `"status" = 'ANSWERED'` },
  { counter: 'assistOverdue', table: 'AssistRequest', column: 'closedAt', where: `"status" = 'EXPIRED'` },
  {
    counter: 'byRoute',
    table: 'Verification',
    column: 'finishedAt',
    // counted when settled, as the gateway counts them
    where: `"outcome" IN (${SETTLING_OUTCOMES.map((o) => `'${o}'`).join(', ')})`,
    key: `CASE WHEN "route" = 'DATA_SHARING' THEN 'verifiedBySharedData' ELSE 'verifiedByOtherRoutes' END`,
  },
];

type Group = 'community' | 'month';

async function grouped(
  store: Store,
  group: Group,
  scope: { codes?: string[]; prefix?: string },
  from: string,
  to: string,
): Promise<Map<string, BurdenCounts>> {
  const out = new Map<string, BurdenCounts>();
  const start = store.instant(chinaDayStart(from));
  const end = store.instant(chinaDayStart(addDays(to, 1)));
  for (const s of SOURCES) {
    const col = `"${s.column}"`;
    const groupExpr = group === 'community' ? '"communityCode"' : store.month(col);
    const params: (string | number)[] = [start, end];
    let filter: string;
    if (scope.codes) {
      filter = `"communityCode" IN (${scope.codes.map((_, i) => store.param(i + 3)).join(', ')})`;
      params.push(...scope.codes);
    } else {
      filter = `"communityCode" LIKE ${store.param(3)}`;
      params.push(`${scope.prefix}%`);
    }
    const sql = `SELECT ${groupExpr} AS g, ${s.key ?? `'${s.counter}'`} AS k, COUNT(*) AS n FROM "${s.table}"
      WHERE ${col} >= ${store.param(1)} AND ${col} < ${store.param(2)} AND ${filter}${s.where ? ` AND ${s.where}` : ''}
      GROUP BY 1, 2`;
    for (const r of await store.query<{ g: string; k: string; n: number | string }>(sql, params)) {
      const counter = s.counter === 'byReason' ? CHECK_COUNTER[r.k] : (r.k as BurdenCounter);
      if (!out.has(r.g)) out.set(r.g, zeroCounts());
      out.get(r.g)![counter] += Number(r.n);
    }
  }
  return out;
}

export async function baselineReport(
  store: Store,
  prefix: string,
  from: string,
  to: string,
  first: number,
): Promise<{ totalCount: number; rows: { code: string; name: string; counts: BurdenCounts }[] }> {
  const like = `${prefix}%`;
  const page = await store.query<{ code: string; name: string }>(
    `SELECT code, name FROM "Region" WHERE level = 'COMMUNITY' AND code LIKE ${store.param(1)} ORDER BY code LIMIT ${first}`,
    [like],
  );
  const [{ n }] = await store.query<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM "Region" WHERE level = 'COMMUNITY' AND code LIKE ${store.param(1)}`,
    [like],
  );
  const sums =
    page.length > 0 ? await grouped(store, 'community', { codes: page.map((p) => p.code) }, from, to) : new Map();
  return {
    totalCount: Number(n),
    rows: page.map((p) => ({ code: p.code, name: p.name, counts: sums.get(p.code) ?? zeroCounts() })),
  };
}

export async function baselineTrendByMonth(
  store: Store,
  prefix: string,
  from: string,
  to: string,
): Promise<Map<string, BurdenCounts>> {
  return grouped(store, 'month', { prefix }, from, to);
}
