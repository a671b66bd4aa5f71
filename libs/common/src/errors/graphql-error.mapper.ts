import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { AppException } from './app.exception';
import { ErrorCode } from './error-code';
import { isChinese, translateConstraint, translateGraphQLInputMessage } from './input-messages';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.NEGATIVE_LIST]: 403,
  [ErrorCode.LIST_VERSION_EXPIRED]: 409,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL]: 500,
};

// Codes that graphql-js / Apollo assign before any resolver runs; passed through unchanged.
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  ErrorCode.QUERY_TOO_COMPLEX,
]);

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

function codeOfHttpException(err: HttpException): ErrorCode {
  const status = err.getStatus();
  switch (true) {
    case status === 401:
      return ErrorCode.UNAUTHENTICATED;
    case status === 403:
      return ErrorCode.FORBIDDEN;
    case status === 404:
      return ErrorCode.NOT_FOUND;
    case status === 409:
      return ErrorCode.CONFLICT;
    case status >= 400 && status < 500:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return ErrorCode.INTERNAL;
  }
}

export function messageOf(code: ErrorCode): string {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return '未登录或登录凭证无效';
    case ErrorCode.FORBIDDEN:
      return '无权执行此操作';
    case ErrorCode.BAD_USER_INPUT:
      return '输入有误';
    case ErrorCode.NOT_FOUND:
      return '未找到';
    case ErrorCode.CONFLICT:
      return '与已有记录冲突';
    case ErrorCode.NEGATIVE_LIST:
      return '属于不应由社区承担的事项（负面清单）';
    case ErrorCode.LIST_VERSION_EXPIRED:
      return '清单版本已更新';
    case ErrorCode.QUERY_TOO_COMPLEX:
      return '查询过于复杂';
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return '请求体过大';
    case ErrorCode.SERVICE_UNAVAILABLE:
      return '服务暂不可用，请稍后重试';
    case ErrorCode.INTERNAL:
      return '服务器内部错误';
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

export interface MappedError {
  formatted: GraphQLFormattedError;
  // true when the error is not one we raised on purpose and must be logged in full
  unexpected: boolean;
  // true when a dependency (the database) was out of reach: the client is told to retry
  unavailable?: boolean;
}

export interface MapOptions {
  // recognises errors that mean "a dependency is down, retry later" (the database's, in libs/db)
  isUnavailable?: (err: unknown) => boolean;
}

// how long a client should wait before retrying a call that failed on an unavailable dependency
export const UNAVAILABLE_RETRY_AFTER_MS = 5000;

// The one place that decides what a client sees of an error: a stable code, a message meant
// for a clerk, never a stack trace or an internal message.
export function mapGraphQLError(
  formatted: GraphQLFormattedError,
  original: unknown,
  options: MapOptions = {},
): MappedError {
  const base = { locations: formatted.locations, path: formatted.path };
  const cause = unwrap(original);
  if (cause instanceof AppException) {
    return {
      unexpected: false,
      formatted: {
        ...base,
        message: cause.message,
        extensions: { code: cause.code, ...(cause.details ? { details: cause.details } : {}) },
      },
    };
  }
  if (cause instanceof HttpException) {
    const code = codeOfHttpException(cause);
    const response = cause.getResponse();
    const detail =
      typeof response === 'object' && response && 'message' in response
        ? (response as { message: unknown }).message
        : undefined;
    return {
      unexpected: code === ErrorCode.INTERNAL,
      formatted: {
        ...base,
        message: code === ErrorCode.INTERNAL || !isChinese(cause.message) ? messageOf(code) : cause.message,
        extensions: {
          code,
          ...(Array.isArray(detail) && code === ErrorCode.BAD_USER_INPUT
            ? {
                details: {
                  problems: detail.map((d) =>
                    isChinese(String(d)) ? String(d) : translateConstraint('', '输入', String(d)),
                  ),
                },
              }
            : {}),
        },
      },
    };
  }
  const existing = formatted.extensions?.code;
  if (typeof existing === 'string' && PASS_THROUGH.has(existing) && !isResolverError(original)) {
    // a value refused while graphql-js coerced the variables or arguments: said in Chinese
    const input = translateGraphQLInputMessage(formatted.message);
    if (input)
      return {
        unexpected: false,
        formatted: {
          ...base,
          message: input.message,
          extensions: { code: ErrorCode.BAD_USER_INPUT, ...(input.field ? { details: { field: input.field } } : {}) },
        },
      };
    return { unexpected: false, formatted: { ...base, message: formatted.message, extensions: { code: existing } } };
  }
  if (options.isUnavailable?.(cause) || options.isUnavailable?.(original)) {
    return {
      unexpected: false,
      unavailable: true,
      formatted: {
        ...base,
        message: '数据库暂时无法访问，请稍后重试（同一幂等键的请求可安全重试）',
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, details: { retryAfterMs: UNAVAILABLE_RETRY_AFTER_MS } },
      },
    };
  }
  return {
    unexpected: true,
    formatted: { ...base, message: messageOf(ErrorCode.INTERNAL), extensions: { code: ErrorCode.INTERNAL } },
  };
}

function unwrap(err: unknown): unknown {
  let current = err;
  for (let i = 0; i < 5 && current && typeof current === 'object'; i++) {
    if (current instanceof AppException || current instanceof HttpException) return current;
    const next = (current as { originalError?: unknown }).originalError;
    if (!next || next === current) break;
    current = next;
  }
  return current;
}

// A GraphQLError thrown while resolving a field has a path; parse/validation errors do not.
function isResolverError(original: unknown): boolean {
  const o = original as { path?: unknown; originalError?: unknown } | undefined;
  return !!o && Array.isArray(o.path) && !!o.originalError;
}
