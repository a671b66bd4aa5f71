import { chinaDay, chinaDayStart } from '#gw/common';
import { mulberry32 } from '../../apps/sandbox-sources/src';
import { addDays, BurdenCounter, BurdenCounts, CHECK_COUNTER, verificationCounter, zeroCounts } from '#gw/burden';
import { ColumnType, Store, Value } from './store';

export interface GenerateOptions {
  countyPrefix: string; // 6 digits
  year: number;
  checks: number;
  verifications: number;
  certificates: number;
  communitiesPerTownship: number;
  seed: number;
}

export interface Generated {
  communities: number;
  rows: Record<string, number>;
  dailyRows: number;
}

const REASONS: [string, number][] = [
  ['ON_PERMITTED_LIST', 0.35],
  ['DATA_SHARING', 0.2],
  ['COMMITMENT', 0.15],
  ['INTER_DEPARTMENT', 0.1],
  ['ABOLISHED', 0.08],
  ['NOT_LISTED', 0.07],
  ['NEGATIVE_LIST', 0.05],
];
const FACTS = ['MARITAL_STATUS', 'LOW_INCOME_ALLOWANCE', 'RESIDENCE', 'DEATH', 'KINSHIP'];
const HOUR = 3600_000;

function pick<T>(rand: () => number, weighted: [T, number][]): T {
  let x = rand();
  for (const [v, w] of weighted) {
    if (x < w) return v;
    x -= w;
  }
  return weighted[weighted.length - 1][0];
}

// A county-year of records, written in bulk, with the BurdenDaily rows the gateway would have
// written alongside them, aggregated here in JS from the very same generated records.
export async function generate(store: Store, o: GenerateOptions, log: (s: string) => void): Promise<Generated> {
  const rand = mulberry32(o.seed);
  const rows: Record<string, number> = {};
  const daily = new Map<string, BurdenCounts>();
  const count = (community: string | null, at: Date | null, counter: BurdenCounter) => {
    if (!community || !at) return;
    const key = `${community}|${chinaDay(at)}`;
    let c = daily.get(key);
    if (!c) daily.set(key, (c = zeroCounts()));
    c[counter]++;
  };
  const first = `${o.year}-01-01`;
  const yearStart = chinaDayStart(first).getTime();
  const days = (Date.UTC(o.year + 1, 0, 1) - Date.UTC(o.year, 0, 1)) / 86_400_000;
  // any instant of the year (Shanghai days), office hours more likely than night
  const instant = (): Date => {
    const day = Math.floor(rand() * days);
    const hour = rand() < 0.9 ? 8 + rand() * 10 : rand() * 24;
    return new Date(yearStart + day * 24 * HOUR + Math.floor(hour * HOUR));
  };
  const id = (prefix: string, n: number) => `${prefix}-${o.seed}-${n.toString(36).padStart(8, '0')}`;
  const write = async (table: string, columns: [string, ColumnType][], data: Value[][]) => {
    const t0 = performance.now();
    await store.insert(table, columns, data);
    rows[table] = (rows[table] ?? 0) + data.length;
    log(`  ${table}: ${data.length.toLocaleString('en')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };

  // communities: the seed's, plus sample ones so that every township has a realistic number
  const townships = await store.query<{ code: string; name: string }>(
    `SELECT code, name FROM "Region" WHERE level = 'TOWNSHIP' AND code LIKE '${o.countyPrefix}%' ORDER BY code`,
  );
  const existing = new Set(
    (await store.query<{ code: string }>(`SELECT code FROM "Region" WHERE level = 'COMMUNITY'`)).map((r) => r.code),
  );
  const extra: Value[][] = [];
  for (const t of townships) {
    for (let i = 1; i <= o.communitiesPerTownship; i++) {
      const code = `${t.code.slice(0, 9)}${String(i).padStart(3, '0')}`;
      if (!existing.has(code))
        extra.push([code, `${t.name}第${i}村委会（示例）`, 'COMMUNITY', t.code, true, new Date(), new Date()]);
    }
  }
  await write(
    'Region',
    [
      ['code', 'text'],
      ['name', 'text'],
      ['level', 'text'],
      ['parentCode', 'text'],
      ['isSample', 'bool'],
      ['createdAt', 'timestamp'],
      ['updatedAt', 'timestamp'],
    ],
    extra,
  );
  const communities = (
    await store.query<{ code: string }>(
      `SELECT code FROM "Region" WHERE level = 'COMMUNITY' AND code LIKE '${o.countyPrefix}%' ORDER BY code`,
    )
  ).map((r) => r.code);
  // some communities are much busier than others
  const weights = communities.map(() => 0.2 + rand() * rand() * 4);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(
    (
      (sum) => (w: number) =>
        (sum += w / totalWeight)
    )(0),
  );
  const community = (): string => {
    const x = rand();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return communities[lo];
  };

  // community checks
  const checks: Value[][] = [];
  for (let i = 0; i < o.checks; i++) {
    const c = community();
    const at = instant();
    const reason = pick(rand, REASONS);
    const allowed = reason === 'ON_PERMITTED_LIST';
    checks.push([
      id('chk', i),
      c,
      allowed ? '志愿服务证明' : '开个证明',
      allowed ? 'VOLUNTEER_SERVICE' : null,
      allowed ? 'ALLOWED' : 'REFUSED',
      reason,
      '（基准测试数据）',
      '（基准测试数据）',
      'bench-clerk',
      at,
    ]);
    count(c, at, CHECK_COUNTER[reason]);
  }
  await write(
    'CommunityCheck',
    [
      ['id', 'text'],
      ['communityCode', 'text'],
      ['certificateInput', 'text'],
      ['certificateCode', 'text'],
      ['decision', 'text'],
      ['reason', 'text'],
      ['guidance', 'text'],
      ['legalBasis', 'text'],
      ['actorSubject', 'text'],
      ['createdAt', 'timestamp'],
    ],
    checks,
  );
  checks.length = 0;

  // verifications, and the assist requests of those that shared data could not settle
  const verifications: Value[][] = [];
  const assists: Value[][] = [];
  for (let i = 0; i < o.verifications; i++) {
    const c = rand() < 0.8 ? community() : null;
    const createdAt = instant();
    const x = rand();
    const vid = id('ver', i);
    let outcome: string;
    let route: string | null;
    let finishedAt: Date;
    if (x < 0.82) {
      outcome = rand() < 0.75 ? 'CONFIRMED' : 'REFUTED';
      route = 'DATA_SHARING';
      finishedAt = new Date(createdAt.getTime() + 20 + Math.floor(rand() * 200));
    } else {
      // unresolved by shared data: assist (then a third party or a commitment), or still open
      const assistAt = new Date(createdAt.getTime() + Math.floor(rand() * 2 * HOUR));
      const closedAt = new Date(assistAt.getTime() + Math.floor(rand() * 72 * HOUR));
      const y = rand();
      route = y < 0.55 ? 'INTER_DEPARTMENT' : y < 0.7 ? 'THIRD_PARTY' : y < 0.8 ? 'COMMITMENT' : null;
      outcome =
        route === null ? 'UNRESOLVED' : route === 'COMMITMENT' ? 'COMMITTED' : rand() < 0.7 ? 'CONFIRMED' : 'REFUTED';
      finishedAt = route === null ? createdAt : closedAt;
      const kind = route === 'THIRD_PARTY' ? 'THIRD_PARTY' : 'ASSIST';
      const status = route === 'INTER_DEPARTMENT' || route === 'THIRD_PARTY' ? 'ANSWERED' : 'EXPIRED';
      assists.push([
        id('asr', i),
        kind,
        vid,
        'HX_ZWFW',
        kind === 'ASSIST' ? 'HX_MZ' : 'HX_TP_SOCIAL_WORK',
        'bench-window',
        FACTS[i % FACTS.length],
        c,
        '********',
        '请核实（基准测试数据）',
        status,
        new Date(assistAt.getTime() + 48 * HOUR),
        status === 'ANSWERED' ? outcome : null,
        closedAt,
        assistAt,
      ]);
      count(c, assistAt, 'assistRequested');
      count(c, closedAt, status === 'ANSWERED' ? 'assistAnswered' : 'assistOverdue');
    }
    verifications.push([
      vid,
      'HX_ZWFW',
      'bench-window',
      vid,
      vid,
      FACTS[i % FACTS.length],
      `h${i}`,
      '621022********0011',
      '{}',
      '基准测试',
      '核实',
      c,
      'DONE',
      outcome,
      route,
      route ? null : 'INTER_DEPARTMENT',
      createdAt,
      finishedAt,
    ]);
    if (route) count(c, finishedAt, verificationCounter(route));
  }
  await write(
    'Verification',
    [
      ['id', 'text'],
      ['requesterDepartment', 'text'],
      ['requesterSubject', 'text'],
      ['idempotencyKey', 'text'],
      ['requestHash', 'text'],
      ['factTypeCode', 'text'],
      ['subjectHash', 'text'],
      ['subjectMasked', 'text'],
      ['claim', 'jsonb'],
      ['matter', 'text'],
      ['purpose', 'text'],
      ['communityCode', 'text'],
      ['status', 'text'],
      ['outcome', 'text'],
      ['route', 'text'],
      ['nextRoute', 'text'],
      ['createdAt', 'timestamp'],
      ['finishedAt', 'timestamp'],
    ],
    verifications,
  );
  verifications.length = 0;
  await write(
    'AssistRequest',
    [
      ['id', 'text'],
      ['kind', 'text'],
      ['verificationId', 'text'],
      ['fromDepartment', 'text'],
      ['toDepartment', 'text'],
      ['requestedBy', 'text'],
      ['factTypeCode', 'text'],
      ['communityCode', 'text'],
      ['subjectMasked', 'text'],
      ['question', 'text'],
      ['status', 'text'],
      ['dueAt', 'timestamp'],
      ['answer', 'text'],
      ['closedAt', 'timestamp'],
      ['createdAt', 'timestamp'],
    ],
    assists,
  );

  // certificates the communities issued, a few revoked later
  const certificates: Value[][] = [];
  for (let i = 0; i < o.certificates; i++) {
    const c = community();
    const issuedAt = instant();
    const revokedAt = rand() < 0.04 ? new Date(issuedAt.getTime() + Math.floor(rand() * 30 * 24 * HOUR)) : null;
    certificates.push([
      id('crt', i),
      `${c}-${o.year}-${String(i).padStart(7, '0')}`,
      c,
      o.year,
      'VOLUNTEER_SERVICE',
      'bench',
      `h${i}`,
      '621022********0011',
      '升学',
      '（基准测试数据）',
      'bench',
      revokedAt ? 'REVOKED' : 'ISSUED',
      'bench-clerk',
      issuedAt,
      revokedAt,
    ]);
    count(c, issuedAt, 'certificatesIssued');
    count(c, revokedAt, 'certificatesRevoked');
  }
  await write(
    'IssuedCertificate',
    [
      ['id', 'text'],
      ['serial', 'text'],
      ['communityCode', 'text'],
      ['year', 'int'],
      ['certificateCode', 'text'],
      ['listVersionId', 'text'],
      ['subjectHash', 'text'],
      ['subjectMasked', 'text'],
      ['purpose', 'text'],
      ['content', 'text'],
      ['token', 'text'],
      ['status', 'text'],
      ['issuedBy', 'text'],
      ['issuedAt', 'timestamp'],
      ['revokedAt', 'timestamp'],
    ],
    certificates,
  );

  // the forms list's forms, filed month by month (about one filing in three)
  const forms = await store.query<{ id: string; content: string }>(
    `SELECT li.id, li.content FROM "ListItem" li JOIN "ListVersion" lv ON lv.id = li."listVersionId" WHERE lv.kind = 'FORM' ORDER BY li.seq`,
  );
  const filings: Value[][] = [];
  for (const c of communities) {
    for (const f of forms) {
      for (let m = 1; m <= 12; m++) {
        if (rand() > 0.35) continue;
        const period = `${o.year}-${String(m).padStart(2, '0')}`;
        const day =
          m === 12
            ? addDays(`${o.year}-12-01`, Math.floor(rand() * 28))
            : addDays(`${o.year}-${String(m + 1).padStart(2, '0')}-01`, Math.floor(rand() * 10));
        const at = new Date(chinaDayStart(day).getTime() + Math.floor((8 + rand() * 10) * HOUR));
        filings.push([id('frm', filings.length), c, f.id, f.content, period, 'bench-clerk', at]);
        count(c, at, 'formsFiled');
      }
    }
  }
  await write(
    'FormFiling',
    [
      ['id', 'text'],
      ['communityCode', 'text'],
      ['listItemId', 'text'],
      ['formName', 'text'],
      ['period', 'text'],
      ['filedBy', 'text'],
      ['filedAt', 'timestamp'],
    ],
    filings,
  );

  const counters = Object.keys(zeroCounts()) as BurdenCounter[];
  const dailyRows: Value[][] = [...daily].map(([key, c]) => [...key.split('|'), ...counters.map((k) => c[k])]);
  await write(
    'BurdenDaily',
    [['communityCode', 'text'], ['day', 'text'], ...counters.map((k): [string, ColumnType] => [k, 'int'])],
    dailyRows,
  );
  return { communities: communities.length, rows, dailyRows: dailyRows.length };
}
