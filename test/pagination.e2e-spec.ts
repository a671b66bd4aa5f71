import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLField, GraphQLSchema, isRequiredArgument } from 'graphql';
import { Role } from '#gw/auth';
import { chinaDay } from '#gw/common';
import { rootResolverMethods } from './helpers/root-resolvers';
import { GqlResponse, startTestApp, TestApp } from './helpers/test-app';

const RESIDENT_ID = '110101199003071110'; // any valid number: a resident sees only their own (none here)

// Every paginated query (a query with `first` and `after`), found in the schema, answers a bad
// page size or a bad cursor with BAD_USER_INPUT naming the argument: never an internal error
// from a key the database cannot take.

const cursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

const BAD_FIRST: [string, unknown][] = [
  ['zero rows', 0],
  ['more rows than a page holds', 101],
  ['a negative count', -5],
];

const BAD_AFTER: [string, string][] = [
  ['not base64url', '%%%'],
  ['not a key of any list', cursor('not a key')],
  ['a number beyond the integer range', cursor('99999999999999999999')],
  ['just beyond the integer column', cursor('2147483648')],
  ['a negative number', cursor('-1')],
  ['a UUID in capitals', cursor('01A233E5-EC1E-76B9-A467-B07DDA557E02')],
  ['a time and id that is no time', cursor('2026-02-30T00:00:00.000Z|x')],
  ['far too long', 'A'.repeat(5000)],
];

describe('paginated queries (e2e)', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let paginated: GraphQLField<unknown, unknown>[];
  const required: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    paginated = Object.values(schema.getQueryType()!.getFields()).filter(
      (f) => f.args.some((a) => a.name === 'first') && f.args.some((a) => a.name === 'after'),
    );
    const today = chinaDay(new Date());
    required.burdenReport = { filter: { regionCode: '621022000000', from: today, to: today } };
    required.listHistory = { kind: 'DUTY' };
  });
  afterAll(() => t.close());

  // The field called with its required arguments, `first` and `after` as variables, by a caller
  // of the first role it admits.
  async function call(field: GraphQLField<unknown, unknown>, page: Record<string, unknown>): Promise<GqlResponse> {
    const given = required[field.name] ?? {};
    const args = field.args.filter((a) => isRequiredArgument(a) || a.name in given);
    const defs = [...args.map((a) => `$${a.name}: ${String(a.type)}`), '$first: Int', '$after: String'].join(', ');
    const list = [...args.map((a) => `${a.name}: $${a.name}`), 'first: $first', 'after: $after'].join(', ');
    const method = rootResolverMethods(t).find((m) => m.field === `Query.${field.name}`)!;
    // a public list (the published community lists) needs no token; a resident's list needs a
    // resident's token, which carries their ID number
    const role = method.roles?.[0];
    const token =
      method.isPublic || !role
        ? undefined
        : await t.token(role, role === Role.RESIDENT ? { idNumber: RESIDENT_ID } : {});
    return t.gql(`query(${defs}) { ${field.name}(${list}) { totalCount } }`, { ...given, ...page }, token);
  }

  const answer = (res: GqlResponse) =>
    (res.errors ?? []).map((e) => ({
      code: e.extensions?.code,
      message: e.message,
      field: (e.extensions?.details as { field?: string } | undefined)?.field,
    }));

  it('finds the paginated queries, and knows the required arguments of each', () => {
    expect(paginated.map((f) => f.name)).toEqual(
      expect.arrayContaining(['verifications', 'auditTrail', 'creditDeliveries', 'burdenReport', 'listHistory']),
    );
    const unknown = paginated
      .filter((f) => f.args.some((a) => isRequiredArgument(a) && !(a.name in (required[f.name] ?? {}))))
      .map((f) => f.name);
    expect(unknown).toEqual([]);
  });

  it('answers the first page of every one', async () => {
    const failures: string[] = [];
    for (const field of paginated) {
      const res = await call(field, { first: 1 });
      if (res.errors) failures.push(`${field.name}: ${JSON.stringify(res.errors)}`);
    }
    expect(failures).toEqual([]);
  });

  it.each(BAD_FIRST)('refuses %s per page in every one', async (_name, first) => {
    const answers: Record<string, unknown> = {};
    for (const field of paginated) answers[field.name] = answer(await call(field, { first }));
    const expected = { code: 'BAD_USER_INPUT', message: '每页数量须在 1 到 100 之间', field: 'first' };
    expect(answers).toEqual(Object.fromEntries(paginated.map((f) => [f.name, [expected]])));
  });

  it.each(BAD_AFTER)('refuses a cursor that is %s in every one', async (_name, after) => {
    const answers: Record<string, unknown> = {};
    for (const field of paginated) answers[field.name] = answer(await call(field, { after }));
    const expected = { code: 'BAD_USER_INPUT', message: '分页游标无效', field: 'after' };
    expect(answers).toEqual(Object.fromEntries(paginated.map((f) => [f.name, [expected]])));
  });

  it('refuses a page size beyond GraphQL’s Int before any resolver runs', async () => {
    const res = await call(paginated[0], { first: 2 ** 31 });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
