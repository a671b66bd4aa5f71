import type { TypedDocumentString } from '../gql/graphql';
import { endSession, session } from '../auth/session';

// The one way the console calls the gateway: POST /graphql on the same origin, as JSON (which
// is what Apollo's CSRF protection wants), with the session's token. A GraphQL error becomes an
// ApiError carrying `extensions.code`; api/errors.ts says it in Chinese.

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly serverMessage: string | null = null,
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

type Listener = () => void;
const onSessionEnded: Listener[] = [];

// the router listens, to show the "signed out" page when the gateway stops accepting the token
export function whenSessionEnds(listener: Listener): void {
  onSessionEnded.push(listener);
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string; details?: Record<string, unknown> } }[];
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = session.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('NETWORK');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await res.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(
      res.status === 413 ? 'PAYLOAD_TOO_LARGE' : res.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'NETWORK',
    );
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    if (code === 'UNAUTHENTICATED' && token && session.token === token) {
      endSession(session.claims && session.claims.exp * 1000 <= Date.now() ? 'EXPIRED' : 'INVALID');
      for (const l of onSessionEnded) l();
    }
    throw new ApiError(code, first.message ?? null, first.extensions?.details ?? null);
  }
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR');
  return body.data;
}

// the gateway's few JSON endpoints outside GraphQL (/auth/config, /dev/*)
export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ApiError('NETWORK');
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: { code?: string; message?: string } }) | null;
  if (!res.ok || !body) {
    throw new ApiError(
      body?.error?.code ?? (res.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'NETWORK'),
      body?.error?.message,
    );
  }
  return body;
}

// A filter with only the fields that are set. An omitted field means "any"; the gateway does
// not read an explicit null that way in every filter, so the console never sends one.
export function only<T extends object>(filter: T): T {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && v !== '')) as T;
}
