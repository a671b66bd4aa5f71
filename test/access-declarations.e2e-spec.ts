import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isRequiredArgument,
  isRequiredInputField,
  isScalarType,
} from 'graphql';
import { isRole, Role } from '#gw/auth';
import { rootFields, rootResolverMethods } from './helpers/root-resolvers';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

// A value the schema accepts for a type: the first enum value, the required fields of an input
// object, and for a scalar the first candidate its own parser accepts.
const SCALAR_CANDIDATES: unknown[] = ['2026-01-01T00:00:00.000Z', 1, true, {}];
function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [dummyValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(isRequiredInputField);
    return Object.fromEntries(fields.map((f) => [f.name, dummyValue(f.type)]));
  }
  if (isScalarType(type)) {
    for (const candidate of SCALAR_CANDIDATES) {
      try {
        type.parseValue(candidate);
        return candidate;
      } catch {
        // not this one
      }
    }
  }
  throw new Error(`no dummy value for ${String(type)}`);
}

// The smallest operation that calls one root field: required arguments as variables, and
// __typename when the field returns an object.
function probe(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter(isRequiredArgument);
  const varDefs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const argList = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${operation} Probe${varDefs ? `(${varDefs})` : ''} { ${field.name}${argList ? `(${argList})` : ''}${selection} }`;
  const variables = Object.fromEntries(args.map((a) => [a.name, dummyValue(a.type)]));
  return { query, variables };
}

describe('access declarations (e2e)', () => {
  let t: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    // a short window, so the summary of anonymous refusals is written while the test waits
    t = await startTestApp({ AUDIT_ANONYMOUS_REFUSAL_WINDOW_MS: '300' });
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  it('finds the root resolvers of every domain', () => {
    const declaredBy = rootResolverMethods(t).map((m) => m.declaredBy);
    expect(declaredBy).toEqual(
      expect.arrayContaining([
        'CatalogResolver.factTypes',
        'AuditResolver.verifyAuditChain',
        'CommunityResolver.checkCommunityCertificate',
      ]),
    );
  });

  it('finds exactly the root fields the schema exposes, one method each', () => {
    const methods = rootResolverMethods(t);
    expect(methods.map((m) => m.field).sort()).toEqual(rootFields(schema).sort());
  });

  it('has every root resolver declare who may call it', () => {
    const undeclared = rootResolverMethods(t)
      .filter((m) => m.isPublic !== true && !(Array.isArray(m.roles) && m.roles.length > 0 && m.roles.every(isRole)))
      .map((m) => m.declaredBy);
    expect(undeclared).toEqual([]);
  });

  it('refuses every query without a token', async () => {
    const fields = Object.values(schema.getQueryType()!.getFields());
    const publicFields = new Set(
      rootResolverMethods(t)
        .filter((m) => m.isPublic)
        .map((m) => m.field),
    );
    const expected: Record<string, string[]> = {};
    const actual: Record<string, (string | undefined)[]> = {};
    for (const field of fields) {
      if (publicFields.has(`Query.${field.name}`)) continue;
      const { query, variables } = probe('query', field);
      const res = await t.gql(query, variables);
      expected[field.name] = ['UNAUTHENTICATED'];
      actual[field.name] = errorCodes(res);
    }
    expect(Object.keys(expected).length).toBeGreaterThan(5);
    expect(actual).toEqual(expected);
  });

  it('refuses every mutation without a token and writes nothing but the refusal', async () => {
    const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
    const before = await t.auditMark();
    const codes: Record<string, (string | undefined)[]> = {};
    for (const field of fields) {
      const { query, variables } = probe('mutation', field);
      codes[field.name] = errorCodes(await t.gql(query, variables));
    }
    expect(codes).toEqual(Object.fromEntries(fields.map((f) => [f.name, ['UNAUTHENTICATED']])));
    // each refusal is in the audit trail: written at once, or counted in a window's summary
    const accounted = async () => {
      const events = await t.auditSince(before);
      const perMutation: Record<string, number> = {};
      for (const e of events) {
        const detail = e.detail as { actions?: Record<string, number> };
        const counts = e.action === 'graphql.anonymousRefusals' ? detail.actions! : { [e.action]: 1 };
        for (const [action, n] of Object.entries(counts)) perMutation[action] = (perMutation[action] ?? 0) + n;
      }
      return { events, perMutation };
    };
    let seen = await accounted();
    for (let i = 0; i < 40 && Object.keys(seen.perMutation).length < fields.length; i++) {
      await new Promise((r) => setTimeout(r, 100));
      seen = await accounted();
    }
    expect(seen.events.map((e) => e.outcome)).toEqual(seen.events.map(() => 'REFUSED'));
    expect(seen.events.length).toBeLessThan(fields.length);
    expect(seen.perMutation).toEqual(Object.fromEntries(fields.map((f) => [`graphql.${f.name}`, 1])));
    expect(await t.db.communityCheck.count()).toBe(0);
  });

  it('builds probes that pass validation, so the refusals above come from the guard', async () => {
    const auditor = await t.token(Role.AUDITOR);
    const codes = new Set<string | undefined>();
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      const { query, variables } = probe('query', field);
      for (const code of errorCodes(await t.gql(query, variables, auditor))) codes.add(code);
    }
    expect(
      [...codes].filter(
        (c) => c === 'GRAPHQL_VALIDATION_FAILED' || c === 'UNAUTHENTICATED' || c === 'INTERNAL_SERVER_ERROR',
      ),
    ).toEqual([]);
  });
});
