import type { NextFunction, Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { checkRequest, GraphQLRequestBody, LimitCode, RequestLimits } from './request-limits';

const HTTP_STATUS: Record<LimitCode, number> = {
  QUERY_TOO_COMPLEX: 400,
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
};

// Runs the request limits on /graphql before Apollo parses, validates or executes anything, and
// answers a refused request in the GraphQL error shape. The schema is looked up per request
// because Nest builds it during app.init(), after this middleware is mounted.
export function graphqlRequestGuard(limits: RequestLimits, schema: () => GraphQLSchema | undefined) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.path !== '/graphql' || (req.method !== 'POST' && req.method !== 'GET')) return next();
    const current = schema();
    if (!current) return next();
    const body = requestBody(req);
    if (body === undefined) return refuse(res, 'BAD_USER_INPUT', '请求须为一个 GraphQL 请求对象（不支持批量请求）');
    const { problem } = checkRequest(current, body, limits);
    if (!problem) return next();
    refuse(res, problem.code, problem.message, problem.details);
  };
}

function requestBody(req: Request): GraphQLRequestBody | undefined {
  if (req.method === 'GET') {
    const q = req.query as Record<string, unknown>;
    let variables: unknown = q.variables;
    if (typeof variables === 'string') {
      try {
        variables = JSON.parse(variables);
      } catch {
        return { query: q.query, operationName: q.operationName, variables: 'invalid' };
      }
    }
    return { query: q.query, operationName: q.operationName, variables };
  }
  const body: unknown = req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  return body as GraphQLRequestBody;
}

function refuse(res: Response, code: LimitCode, message: string, details?: Record<string, unknown>): void {
  res.status(HTTP_STATUS[code]).json({ errors: [{ message, extensions: { code, ...(details ? { details } : {}) } }] });
}
