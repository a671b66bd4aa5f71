import { buildSchema } from 'graphql';
import { checkRequest, jsonDepth, RequestLimits } from './request-limits';

const schema = buildSchema(`
  type Query { node: Node, list(first: Int, after: String): [Node!]!, n: Int }
  type Mutation { act(x: Int): Int }
  type Subscription { tick: Int }
  type Node { id: ID!, child: Node, items(first: Int): [Node!]!, n: Int }
`);

const limits: RequestLimits = {
  maxDepth: 8,
  maxComplexity: 1000,
  maxTokens: 5000,
  maxAliases: 30,
  maxRootFields: 10,
  maxVariableDepth: 10,
};

const check = (query: string, extra: { operationName?: unknown; variables?: unknown } = {}, l = limits) =>
  checkRequest(schema, { query, ...extra }, l);

// F0 has one field; F(k) spreads F(k-1) twice under two aliases: spread out in full, the
// operation would have 2^levels selections.
function exponentialDocument(levels: number): string {
  const defs = ['fragment F0 on Node { id }'];
  for (let k = 1; k <= levels; k++)
    defs.push(`fragment F${k} on Node { a${k}: child { ...F${k - 1} } b${k}: child { ...F${k - 1} } }`);
  return `query { node { ...F${levels} } } ${defs.join(' ')}`;
}

describe('checkRequest', () => {
  it('accepts an ordinary query', () => {
    expect(check('query { list(first: 5) { id child { id } } }').problem).toBeNull();
  });

  it('walks each fragment once however often it is spread', () => {
    const query = exponentialDocument(40);
    const result = check(query, {}, { ...limits, maxAliases: Number.MAX_SAFE_INTEGER, maxDepth: 100 });
    // three selections per fragment level and a few more for the operation: linear, not 2^40
    expect(result.work).toBeLessThan(200);
    expect(result.problem?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.problem?.message).toMatch(/复杂度/);
  });

  it('counts aliases as executed: a fragment spread twice counts its aliases twice', () => {
    const result = check(exponentialDocument(6), {}, { ...limits, maxDepth: 100 });
    expect(result.problem?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.problem?.message).toMatch(/别名/);
  });

  it('refuses a fragment that spreads itself, directly or through another', () => {
    expect(check('query { node { ...A } } fragment A on Node { child { ...A } }').problem).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
    const twoStep = check('query { node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { ...A }');
    expect(twoStep.problem?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(twoStep.problem?.message).toMatch(/循环/);
  });

  it('refuses a duplicated fragment name', () => {
    const result = check('query { node { ...A } } fragment A on Node { id } fragment A on Node { n }');
    expect(result.problem?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('needs operationName when the document has several operations, and a known one', () => {
    const doc = 'query A { n } query B { n }';
    expect(check(doc).problem).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'operationName' } });
    expect(check(doc, { operationName: 'C' }).problem).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(check(doc, { operationName: 'B' }).problem).toBeNull();
    expect(check(doc, { operationName: 42 }).problem?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses subscriptions and documents without an operation', () => {
    expect(check('subscription { tick }').problem?.message).toMatch(/订阅/);
    expect(check('fragment A on Node { id }').problem?.code).toBe('BAD_USER_INPUT');
  });

  it('limits root fields, through fragments too', () => {
    const many = Array.from({ length: 11 }, (_, i) => `a${i}: act(x: ${i})`).join(' ');
    expect(check(`mutation { ${many} }`, {}, { ...limits, maxAliases: 100 }).problem?.message).toMatch(/顶层字段/);
    const viaFragment = `query { ...R } fragment R on Query { ${Array.from({ length: 11 }, (_, i) => `n${i}: n`).join(' ')} }`;
    expect(check(viaFragment, {}, { ...limits, maxAliases: 100 }).problem?.message).toMatch(/顶层字段/);
  });

  it('costs a list field as its children times the page asked for, from a variable too', () => {
    expect(check('query { list(first: 100) { items(first: 100) { id } } }').problem?.code).toBe('QUERY_TOO_COMPLEX');
    expect(
      check('query Q($n: Int) { list(first: $n) { items(first: $n) { id } } }', { variables: { n: 5 } }).problem,
    ).toBeNull();
    const big = check('query Q($n: Int) { list(first: $n) { items(first: $n) { id } } }', { variables: { n: 100 } });
    expect(big.problem?.details).toMatchObject({ maxComplexity: 1000 });
    // no `first`: the default page size
    expect(check('query { list { items { items { id } } } }').problem?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('measures depth through fragments and inline fragments', () => {
    const deep =
      'query { node { child { child { ... on Node { child { ...D } } } } } } fragment D on Node { child { child { child { child { id } } } } }';
    expect(check(deep).problem).toMatchObject({ code: 'QUERY_TOO_COMPLEX', details: { maxDepth: 8 } });
  });

  it('stops parsing a document at maxTokens', () => {
    const long = `query { ${Array.from({ length: 6000 }, () => 'n').join(' ')} }`;
    expect(check(long).problem).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(check(long).problem?.message).toMatch(/词法单元/);
  });

  it('answers a syntax error in Chinese with its position', () => {
    expect(check('query { n ').problem).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(check('query { n ').problem?.message).toMatch(/第 1 行/);
  });

  it('refuses a missing query, a non-object variables and deeply nested variables', () => {
    expect(check('').problem?.code).toBe('BAD_USER_INPUT');
    expect(checkRequest(schema, { query: 42 }, limits).problem?.code).toBe('BAD_USER_INPUT');
    expect(check('query { n }', { variables: [1] }).problem?.code).toBe('BAD_USER_INPUT');
    const nest = (levels: number) => {
      let v: unknown = 1;
      for (let i = 0; i < levels; i++) v = { x: v };
      return v;
    };
    expect(check('query { n }', { variables: { v: nest(11) } }).problem?.message).toMatch(/嵌套过深/);
    expect(check('query { n }', { variables: { v: nest(50_000) } }).problem?.message).toMatch(/过大/);
    expect(check('query { n }', { variables: { v: nest(8) } }).problem).toBeNull();
  });
});

describe('jsonDepth', () => {
  it('measures without recursion and gives up past the node budget', () => {
    expect(jsonDepth(1, 10)).toBe(0);
    expect(jsonDepth({ a: [1, { b: 2 }] }, 10)).toBe(3);
    expect(
      jsonDepth(
        Array.from({ length: 20 }, () => 0),
        10,
      ),
    ).toBe(Infinity);
  });

  it('parses a document text once; its walk still depends on each request (variables) and a failure is not kept', () => {
    const query = 'query Q($n: Int) { node { id } }';
    const a = check(query);
    const b = check(query, { variables: { n: 1 } });
    expect(a.problem).toBeNull();
    expect(b.document).toBe(a.document);
    const broken = 'query { node { id }';
    expect(check(broken).problem?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(check(broken).problem?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
