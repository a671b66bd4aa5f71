import type { ApolloServerPlugin } from '@apollo/server';
import {
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import {
  ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, ErrorCode, MAX_PAGE_SIZE } from '#gw/common';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

function tooComplex(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, details, http: { status: 400 } },
  });
}

// Introspection nests ofType many levels deep by design; it is judged by complexity only.
function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    let d: number;
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      d = sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      d = depthOf(sel.selectionSet, fragments, seen);
    } else {
      const name = sel.name.value;
      const frag = fragments.get(name);
      if (!frag || seen.has(name)) continue;
      d = depthOf(frag.selectionSet, fragments, new Set([...seen, name]));
    }
    max = Math.max(max, d);
  }
  return max;
}

// A list field's cost is its children's cost times the page size it asks for. A size beyond
// the maximum is costed at the maximum so that the resolver can reject it with a clear message.
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (args && Object.prototype.hasOwnProperty.call(args, 'first')) {
    const first =
      typeof args.first === 'number' && args.first > 0 ? Math.min(args.first, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * first;
  }
  return undefined;
};

export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart({ schema }: { schema: GraphQLSchema }) {
      return {
        async didResolveOperation({ document, operation, request }) {
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const def of document.definitions)
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
          const op = operation as OperationDefinitionNode;
          const depth = depthOf(op.selectionSet, fragments, new Set());
          if (depth > limits.maxDepth) {
            throw tooComplex(`查询嵌套层级过深（${depth} 层，上限 ${limits.maxDepth} 层）`, {
              depth,
              maxDepth: limits.maxDepth,
            });
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              // a field may declare its own cost (`complexity` in @Field), e.g. plain numbers of an aggregated row
              estimators: [pagedEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (err) {
            // variables that do not fit their types are the caller's mistake, reported as such
            throw new GraphQLError(err instanceof Error ? err.message : '变量不正确', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (complexity > limits.maxComplexity) {
            throw tooComplex(`查询过于复杂（复杂度 ${complexity}，上限 ${limits.maxComplexity}）`, {
              complexity,
              maxComplexity: limits.maxComplexity,
            });
          }
        },
      };
    },
  };
}
