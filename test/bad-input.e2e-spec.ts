import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLObjectType } from 'graphql';
import { Role } from '#gw/auth';
import { Prisma } from '#gw/db';
import { BAD_INPUT_CASES, BadInputCase, COVERED, EXEMPT } from './bad-input.cases';
import { GqlResponse, startTestApp, TestApp } from './helpers/test-app';

// Every case of the bad-input table (test/bad-input.cases.ts): refused as BAD_USER_INPUT with a
// Chinese message naming the field, no stack trace or internal text in the answer, and not a row
// written anywhere except, for a mutation, the one audit event of its refusal.

const CJK = /[\u3400-\u9fff]/;
// what an answer must never show: English exception or validation text, the ORM, the database,
// source files or a stack
const LEAK =
  /prisma|exception|\berror:|stack|node_modules|\/work\/|\/src\/|\.ts:\d|invalid value|cannot represent|must (not )?be|expected|sqlite|postgres|constraint|violat|undefined|\bat \w+ \(/i;
const MODELS = Object.values(Prisma.ModelName);

let t: TestApp;
let token: string;
let residentToken: string;

async function rowCounts(): Promise<Record<string, number>> {
  const db = t.db as unknown as Record<string, { count(): Promise<number> }>;
  const counts = await Promise.all(MODELS.map((m) => db[m.charAt(0).toLowerCase() + m.slice(1)].count()));
  return Object.fromEntries(MODELS.map((m, i) => [m, counts[i]]));
}

function names(res: GqlResponse, field: string): boolean {
  return (res.errors ?? []).some((e) => {
    const detail = (e.extensions?.details as { field?: string } | undefined)?.field ?? '';
    return CJK.test(e.message) && (e.message.includes(field) || detail === field || detail.endsWith(`.${field}`));
  });
}

describe('bad input (e2e)', () => {
  beforeAll(async () => {
    t = await startTestApp();
    // every staff role, so that no role check answers before the input is looked at (a resident's
    // token may not hold a staff role: the resident's operations run with a resident token)
    token = await t.token(
      Object.values(Role).filter((r) => r !== Role.RESIDENT),
      { department: 'HX_GA', region: '621022100001', subject: 'bad-input' },
    );
    residentToken = await t.token(Role.RESIDENT, { idNumber: '110101199003071110', subject: 'bad-input-resident' });
  });
  afterAll(() => t.close());

  // the public list files take a date too
  it.each([
    ['at=2026-02-30'],
    ['at=garbage'],
    ['at=yesterday'],
    ['at=2026-01-01&at=2026-01-02'],
    ['at=2026-01-01T25:00:00Z'],
  ])('/lists/DUTY.json?%s is BAD_USER_INPUT naming at', async (query) => {
    const res = await t.http().get(`/lists/DUTY.json?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BAD_USER_INPUT');
    expect(res.body.error.message).toMatch(/^at .*[\u3400-\u9fff]/);
    expect(JSON.stringify(res.body)).not.toMatch(LEAK);
  });

  it('takes % and _ in a catalog search literally', async () => {
    for (const search of ['%', '_', '%%', '居_证明'])
      expect(
        (await t.gql(`query($s: String) { certificateTypes(search: $s) { totalCount } }`, { s: search }, token)).data,
      ).toEqual({ certificateTypes: { totalCount: 0 } });
    const all = await t.gql(`query { certificateTypes(first: 1) { totalCount } }`, {}, token);
    expect(all.data?.certificateTypes.totalCount).toBeGreaterThan(0);
  });

  // a new mutation or paginated query cannot slip past the table: every one has cases or a reason
  it('covers every mutation and every paginated query of the schema', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    const paginated = Object.values(schema.getQueryType()!.getFields())
      .filter(
        (q) =>
          q.args.some((a) => a.name === 'first' || a.name === 'after') ||
          (getNamedType(q.type) instanceof GraphQLObjectType && getNamedType(q.type).name.endsWith('Connection')),
      )
      .map((q) => q.name);
    const fields = [...mutations, ...paginated];
    expect(fields.filter((name) => !COVERED.has(name) && !(name in EXEMPT)).sort()).toEqual([]);
    // an exemption is for a field that exists and has no cases, with a reason
    expect(Object.keys(EXEMPT).filter((name) => !fields.includes(name) || COVERED.has(name))).toEqual([]);
    expect(Object.entries(EXEMPT).filter(([, why]) => why.trim() === '')).toEqual([]);
    expect(paginated.length).toBeGreaterThan(10);
  });

  it('has at least 300 cases, each a distinct input', () => {
    expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(BAD_INPUT_CASES.map((c) => c.name)).size).toBe(BAD_INPUT_CASES.length);
  });

  it.each(BAD_INPUT_CASES.map((c): [string, BadInputCase] => [c.name, c]))('%s', async (_name, c) => {
    const before = await rowCounts();
    const mark = await t.auditMark();
    const res = await t.gql(c.query, c.variables, c.resident ? residentToken : token);

    // refused as the client's mistake, saying in Chinese which field (the answer is shown on failure)
    const seen = JSON.stringify(res.errors ?? res.body);
    expect([...new Set((res.errors ?? []).map((e) => e.extensions?.code)), seen]).toEqual(['BAD_USER_INPUT', seen]);
    expect(Object.values(res.data ?? {}).filter((v) => v !== null)).toEqual([]);
    expect([names(res, c.field), seen]).toEqual([true, seen]);
    // nothing internal in the answer
    expect(JSON.stringify(res.body)).not.toMatch(LEAK);
    // nothing written but the refusal's own audit event
    const after = await rowCounts();
    const events = await t.auditSince(mark);
    expect(events.length).toBeLessThanOrEqual(c.mutation ? 1 : 0);
    for (const e of events) expect(e.outcome).toBe('REFUSED');
    expect({ ...after, AuditEvent: 0 }).toEqual({ ...before, AuditEvent: 0 });
    expect(after.AuditEvent - before.AuditEvent).toBe(events.length);
  });
});
