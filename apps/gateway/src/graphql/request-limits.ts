import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '#gw/common';

export interface RequestLimits {
  maxDepth: number;
  maxComplexity: number;
  // lexical tokens of one document: parsing stops at this many, so a huge document costs little
  maxTokens: number;
  // aliased fields in the definitions one operation uses
  maxAliases: number;
  // fields at the root of the operation (through fragments too): one request, a few jobs
  maxRootFields: number;
  // nesting of JSON variables (a claim is two or three levels deep)
  maxVariableDepth: number;
}

export type LimitCode = 'QUERY_TOO_COMPLEX' | 'BAD_USER_INPUT' | 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED';

export interface LimitProblem {
  code: LimitCode;
  message: string;
  details?: Record<string, number | string>;
}

export interface LimitCheck {
  problem: LimitProblem | null;
  document?: DocumentNode;
  // selections visited by the depth and cost walk: at most one visit per selection of the
  // document, however the fragments spread each other (the regression test reads it)
  work: number;
}

export interface GraphQLRequestBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

const VARIABLE_NODES_MAX = 10_000;

// Parsed documents by their text: clients send the same few operations again and again (Apollo
// keeps its own parsed copies the same way). Bounded in entries and in the text kept; a document
// that does not parse is not kept. The walk below depends on the variables, so it runs every time.
const PARSED_MAX = 256;
const PARSED_TEXT_MAX = 16 * 1024;
const parsed = new Map<string, DocumentNode>();

function parseCached(query: string, maxTokens: number): DocumentNode {
  const key = `${maxTokens}:${query}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  const document = parse(query, { maxTokens, noLocation: false });
  if (query.length <= PARSED_TEXT_MAX) {
    if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, document);
  }
  return document;
}

// Every check a request meets before Apollo parses, validates or runs it. Each one is linear in
// the size of the document or of the variables: fragments are walked once each (memoised), cycles
// are found first, and parsing stops at maxTokens.
export function checkRequest(schema: GraphQLSchema, body: GraphQLRequestBody, limits: RequestLimits): LimitCheck {
  const shape = checkShape(body, limits);
  if (shape) return { problem: shape, work: 0 };
  let document: DocumentNode;
  try {
    document = parseCached(body.query as string, limits.maxTokens);
  } catch (err) {
    return { problem: parseProblem(err, limits), work: 0 };
  }
  const found = selectOperation(document, body.operationName as string | null | undefined);
  if ('problem' in found) return { problem: found.problem, work: 0 };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind !== Kind.FRAGMENT_DEFINITION) continue;
    if (fragments.has(def.name.value)) return { problem: invalid(`片段 ${def.name.value} 重复定义`), work: 0 };
    fragments.set(def.name.value, def);
  }
  const cycle = fragmentCycle(found.operation, fragments);
  if (cycle) return { problem: invalid(`片段 ${cycle} 循环引用自身`), work: 0 };
  const walker = new Walker(schema, fragments, (body.variables ?? {}) as Record<string, unknown>);
  return { problem: walker.check(found.operation, limits), document, work: walker.work };
}

function checkShape(body: GraphQLRequestBody, limits: RequestLimits): LimitProblem | null {
  if (typeof body.query !== 'string' || body.query.trim() === '') return badInput('请求缺少 query（GraphQL 查询文本）');
  if (body.operationName != null && typeof body.operationName !== 'string') return badInput('operationName 须为字符串');
  const vars = body.variables;
  if (vars != null && (typeof vars !== 'object' || Array.isArray(vars))) return badInput('variables 须为 JSON 对象');
  const depth = jsonDepth(vars, VARIABLE_NODES_MAX);
  if (depth === Infinity) return badInput(`variables 过大（超过 ${VARIABLE_NODES_MAX} 个值）`);
  if (depth > limits.maxVariableDepth) {
    return badInput(`variables 嵌套过深（${depth} 层，上限 ${limits.maxVariableDepth} 层）`, {
      depth,
      maxVariableDepth: limits.maxVariableDepth,
    });
  }
  return null;
}

// Depth of a JSON value without recursion (variables may nest tens of thousands deep);
// Infinity when it holds more than maxNodes values.
export function jsonDepth(value: unknown, maxNodes: number): number {
  let max = 0;
  let nodes = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (++nodes > maxNodes) return Infinity;
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, d + 1);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

function parseProblem(err: unknown, limits: RequestLimits): LimitProblem {
  const message = err instanceof Error ? err.message : '';
  // graphql-js 16 spells it "more that N tokens"
  if (/more tha[nt] \d+ tokens/.test(message)) {
    return tooComplex(`查询文本过长（超过 ${limits.maxTokens} 个词法单元）`, { maxTokens: limits.maxTokens });
  }
  const at = err instanceof GraphQLError ? err.locations?.[0] : undefined;
  return {
    code: 'GRAPHQL_PARSE_FAILED',
    message: at ? `查询语法错误（第 ${at.line} 行第 ${at.column} 列）` : '查询语法错误',
  };
}

function selectOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): { operation: OperationDefinitionNode } | { problem: LimitProblem } {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  let operation: OperationDefinitionNode | undefined;
  if (operationName) {
    operation = operations.find((o) => o.name?.value === operationName);
    if (!operation) return { problem: badInput(`文档中没有名为 ${operationName} 的操作`, { field: 'operationName' }) };
  } else if (operations.length === 1) {
    operation = operations[0];
  } else {
    return {
      problem: badInput(
        operations.length === 0 ? '文档中没有可执行的操作' : '文档包含多个操作，请用 operationName 指明要执行哪一个',
        { field: 'operationName' },
      ),
    };
  }
  if (operation.operation === 'subscription') return { problem: badInput('本网关不支持订阅（subscription）操作') };
  return { operation };
}

// The first fragment that spreads itself, directly or through others (iterative depth-first
// search from the operation; each fragment is finished once).
function fragmentCycle(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): string | null {
  const state = new Map<string, 'open' | 'done'>();
  const spreadsOf = (set: SelectionSetNode): string[] => {
    const names: string[] = [];
    const sets = [set];
    while (sets.length > 0) {
      for (const sel of sets.pop()!.selections) {
        if (sel.kind === Kind.FRAGMENT_SPREAD) names.push(sel.name.value);
        else if (sel.selectionSet) sets.push(sel.selectionSet);
      }
    }
    return names;
  };
  const stack: { name: string; next: string[] }[] = [];
  for (const root of spreadsOf(operation.selectionSet)) {
    if (state.has(root) || !fragments.has(root)) continue;
    state.set(root, 'open');
    stack.push({ name: root, next: spreadsOf(fragments.get(root)!.selectionSet) });
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const child = top.next.pop();
      if (child === undefined) {
        state.set(top.name, 'done');
        stack.pop();
      } else if (state.get(child) === 'open') {
        return child;
      } else if (!state.has(child) && fragments.has(child)) {
        state.set(child, 'open');
        stack.push({ name: child, next: spreadsOf(fragments.get(child)!.selectionSet) });
      }
    }
  }
  return null;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
  rootFields: number;
}

// Depth, cost, aliases and (at the root) field count of selection sets, each fragment measured
// once and reused at every spread. A list field (one with a `first` argument) costs its
// children times its page size; a field may declare its own cost (`complexity` in @Field).
class Walker {
  work = 0;
  private readonly memo = new Map<string, Measure>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  check(operation: OperationDefinitionNode, limits: RequestLimits): LimitProblem | null {
    const root = this.schema.getRootType(operation.operation) ?? undefined;
    const m = this.measure(operation.selectionSet, root);
    if (m.rootFields > limits.maxRootFields) {
      return tooComplex(`一次请求最多 ${limits.maxRootFields} 个顶层字段（本次 ${m.rootFields} 个）`, {
        rootFields: m.rootFields,
        maxRootFields: limits.maxRootFields,
      });
    }
    if (m.aliases > limits.maxAliases) {
      return tooComplex(`一次请求最多使用 ${limits.maxAliases} 个别名（本次 ${m.aliases} 个）`, {
        aliases: m.aliases,
        maxAliases: limits.maxAliases,
      });
    }
    if (m.depth > limits.maxDepth) {
      return tooComplex(`查询嵌套层级过深（${m.depth} 层，上限 ${limits.maxDepth} 层）`, {
        depth: m.depth,
        maxDepth: limits.maxDepth,
      });
    }
    if (m.cost > limits.maxComplexity) {
      const complexity = Number.isFinite(m.cost) ? m.cost : Number.MAX_SAFE_INTEGER;
      return tooComplex(`查询过于复杂（复杂度 ${complexity}，上限 ${limits.maxComplexity}）`, {
        complexity,
        maxComplexity: limits.maxComplexity,
      });
    }
    return null;
  }

  // rootFields counts the fields of this set as it will be merged (spreads and inline fragments
  // add theirs); depth counts field levels; introspection fields are judged by cost only.
  private measure(set: SelectionSetNode, type: GraphQLNamedType | undefined): Measure {
    const m: Measure = { depth: 0, cost: 0, aliases: 0, rootFields: 0 };
    for (const sel of set.selections) {
      this.work++;
      let part: Measure;
      if (sel.kind === Kind.FIELD) {
        part = this.field(sel, type);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? this.schema.getType(sel.typeCondition.name.value) : type;
        part = this.measure(sel.selectionSet, cond ?? undefined);
      } else {
        part = this.fragment(sel.name.value);
      }
      m.depth = Math.max(m.depth, part.depth);
      m.cost += part.cost;
      m.aliases += part.aliases;
      m.rootFields += part.rootFields;
    }
    return m;
  }

  private fragment(name: string): Measure {
    const known = this.memo.get(name);
    if (known) return known;
    const def = this.fragments.get(name);
    // an unknown fragment is the validator's to report
    const m = def
      ? this.measure(def.selectionSet, this.schema.getType(def.typeCondition.name.value) ?? undefined)
      : { depth: 0, cost: 0, aliases: 0, rootFields: 0 };
    this.memo.set(name, m);
    return m;
  }

  private field(node: FieldNode, parent: GraphQLNamedType | undefined): Measure {
    const name = node.name.value;
    const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
    const child = node.selectionSet
      ? this.measure(node.selectionSet, def ? getNamedType(def.type) : undefined)
      : { depth: 0, cost: 0, aliases: 0, rootFields: 0 };
    const introspection = name.startsWith('__');
    const depth = introspection ? 0 : child.depth + 1;
    const aliases = child.aliases + (node.alias ? 1 : 0);
    let cost: number;
    if (def?.args.some((a) => a.name === 'first')) {
      cost = 1 + child.cost * this.pageSize(node);
    } else if (typeof fieldCost(def) === 'number') {
      cost = fieldCost(def)! + child.cost;
    } else {
      cost = 1 + child.cost;
    }
    return { depth, cost, aliases, rootFields: 1 };
  }

  // The page a list field asks for; a size beyond the maximum is costed at the maximum so that
  // the resolver can refuse it with a clear message.
  private pageSize(node: FieldNode): number {
    const arg = node.arguments?.find((a) => a.name.value === 'first');
    const value = arg ? this.valueOf(arg.value) : undefined;
    return typeof value === 'number' && value > 0 ? Math.min(value, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }

  private valueOf(node: ValueNode): unknown {
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) return this.variables[node.name.value];
    return undefined;
  }
}

function fieldCost(def: { extensions?: unknown } | undefined): number | undefined {
  const declared = (def?.extensions as { complexity?: unknown } | undefined)?.complexity;
  return typeof declared === 'number' ? declared : undefined;
}

function badInput(message: string, details?: Record<string, number | string>): LimitProblem {
  return { code: 'BAD_USER_INPUT', message, details };
}

function invalid(message: string): LimitProblem {
  return { code: 'GRAPHQL_VALIDATION_FAILED', message };
}

function tooComplex(message: string, details: Record<string, number>): LimitProblem {
  return { code: 'QUERY_TOO_COMPLEX', message, details };
}
