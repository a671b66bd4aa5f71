import { GraphQLError } from 'graphql';
import { AppException } from './app.exception';
import { ErrorCode } from './error-code';
import { mapGraphQLError, messageOf } from './graphql-error.mapper';

const resolverError = (original: Error) =>
  new GraphQLError(original.message, { path: ['verifyFact'], originalError: original });

describe('mapGraphQLError', () => {
  it('passes an AppException through with its code, message and details', () => {
    const err = AppException.conflict('该幂等键已用于内容不同的核验请求', { field: 'idempotencyKey' });
    const mapped = mapGraphQLError({ message: err.message }, resolverError(err));
    expect(mapped).toMatchObject({
      unexpected: false,
      formatted: { message: err.message, extensions: { code: 'CONFLICT', details: { field: 'idempotencyKey' } } },
    });
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR with no internal text', () => {
    const mapped = mapGraphQLError({ message: 'secret internals' }, resolverError(new TypeError('secret internals')));
    expect(mapped.unexpected).toBe(true);
    expect(mapped.formatted).toEqual({
      locations: undefined,
      path: undefined,
      message: messageOf(ErrorCode.INTERNAL),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('answers SERVICE_UNAVAILABLE with a retry hint when the dependency is out of reach', () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const mapped = mapGraphQLError({ message: down.message }, resolverError(down), {
      isUnavailable: (e) => (e as { code?: string }).code === 'ECONNREFUSED',
    });
    expect(mapped).toMatchObject({
      unexpected: false,
      unavailable: true,
      formatted: { extensions: { code: 'SERVICE_UNAVAILABLE', details: { retryAfterMs: 5000 } } },
    });
    expect(mapped.formatted.message).not.toMatch(/ECONNREFUSED|5432/);
  });
});
