export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  // an item that matches the negative list (attachment 3) must never be given to communities
  NEGATIVE_LIST = 'NEGATIVE_LIST',
  // the request was made against a list version that a newer version has replaced
  LIST_VERSION_EXPIRED = 'LIST_VERSION_EXPIRED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL_SERVER_ERROR',
}
