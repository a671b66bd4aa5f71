// How an outbound HTTP call (fetch, or undici's request() as the connector uses it) failed
// before any response came back.
export enum TransportFailure {
  TIMEOUT = 'TIMEOUT', // our deadline passed (an aborted signal), or undici's own header/body timer
  REFUSED = 'REFUSED', // nothing listens there
  RESET = 'RESET', // the connection broke
  UNREACHABLE = 'UNREACHABLE', // no route to the host, or the host did not answer the connect
  NAME_NOT_FOUND = 'NAME_NOT_FOUND', // the host name does not resolve
  TLS = 'TLS', // the certificate or the handshake was refused
  OTHER = 'OTHER',
}

export interface TransportProblem {
  failure: TransportFailure;
  // the system or undici code when there is one, e.g. ECONNREFUSED, for reasons and logs
  code: string | null;
  // the connection failed before the peer could have acted on the request, so sending it once
  // more cannot do anything twice
  retryable: boolean;
}

const FAILURE_BY_CODE = new Map<string, TransportFailure>([
  // undici's request() rejects with its own errors, the code on the error itself
  ['UND_ERR_ABORTED', TransportFailure.TIMEOUT],
  ['UND_ERR_ABORT', TransportFailure.TIMEOUT],
  ['UND_ERR_HEADERS_TIMEOUT', TransportFailure.TIMEOUT],
  ['UND_ERR_BODY_TIMEOUT', TransportFailure.TIMEOUT],
  ['ECONNREFUSED', TransportFailure.REFUSED],
  ['ECONNRESET', TransportFailure.RESET],
  ['EPIPE', TransportFailure.RESET],
  ['UND_ERR_SOCKET', TransportFailure.RESET],
  ['UND_ERR_CLOSED', TransportFailure.RESET],
  ['EHOSTUNREACH', TransportFailure.UNREACHABLE],
  ['ENETUNREACH', TransportFailure.UNREACHABLE],
  ['EHOSTDOWN', TransportFailure.UNREACHABLE],
  ['ENETDOWN', TransportFailure.UNREACHABLE],
  ['ETIMEDOUT', TransportFailure.UNREACHABLE],
  ['UND_ERR_CONNECT_TIMEOUT', TransportFailure.UNREACHABLE],
  ['EAI_AGAIN', TransportFailure.NAME_NOT_FOUND],
  ['ENOTFOUND', TransportFailure.NAME_NOT_FOUND],
  ['CERT_HAS_EXPIRED', TransportFailure.TLS],
  ['DEPTH_ZERO_SELF_SIGNED_CERT', TransportFailure.TLS],
  ['SELF_SIGNED_CERT_IN_CHAIN', TransportFailure.TLS],
  ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', TransportFailure.TLS],
  ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', TransportFailure.TLS],
  ['ERR_TLS_CERT_ALTNAME_INVALID', TransportFailure.TLS],
  ['ERR_SSL_WRONG_VERSION_NUMBER', TransportFailure.TLS],
]);

// Worth one more try: refused, broken before an answer, no route, or a name server that is
// only temporarily failing (EAI_AGAIN). A connect timeout already spent the time a retry needs.
const RETRYABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

// fetch rejects with a DOMException for a timeout or an abort, which is not an Error in every
// realm, and with a TypeError whose cause carries the system error's code; undici's request()
// rejects with the abort signal's reason, or with an error carrying the system or UND_ERR_ code
// itself (ECONNREFUSED, UND_ERR_SOCKET when the peer closed): read all of them by shape.
export function classifyTransportError(err: unknown): TransportProblem {
  const name = (err as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return { failure: TransportFailure.TIMEOUT, code: null, retryable: false };
  const code = transportCode(err);
  return {
    failure: (code && FAILURE_BY_CODE.get(code)) || TransportFailure.OTHER,
    code,
    retryable: !!code && RETRYABLE.has(code),
  };
}

function transportCode(err: unknown): string | null {
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  const code = cause?.code ?? (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}
