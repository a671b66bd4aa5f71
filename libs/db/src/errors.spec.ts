import { Prisma } from './generated/sqlite/client';
import { isDatabaseUnavailable, isUniqueViolation } from './errors';

const known = (code: string) => new Prisma.PrismaClientKnownRequestError('refused', { code, clientVersion: 'test' });

describe('isUniqueViolation', () => {
  it('recognises a unique-constraint refusal', () => {
    expect(isUniqueViolation(known('P2002'))).toBe(true);
  });

  it.each([
    ['another known request error', known('P2025')],
    ['a plain error mentioning the code', new Error('P2002')],
    ['an object that only looks like one', { code: 'P2002' }],
    ['nothing', undefined],
  ])('does not take %s for one', (_name, err) => {
    expect(isUniqueViolation(err)).toBe(false);
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises an unreachable, closed, timed-out or overloaded database', () => {
    for (const code of ['P1001', 'P1008', 'P1017', 'P2024', 'P2028', 'P2037'])
      expect(isDatabaseUnavailable(known(code))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }))).toBe(true);
  });

  it('looks through the wrappers of the adapter and the client', () => {
    const inner = Object.assign(new Error('database "x" is not currently accepting connections'), { code: '55000' });
    expect(isDatabaseUnavailable(new Error('outer', { cause: new Error('middle', { cause: inner }) }))).toBe(true);
    expect(isDatabaseUnavailable({ originalError: { kind: 'DatabaseNotReachable' } })).toBe(true);
  });

  it('leaves constraints, bad SQL and bugs alone', () => {
    for (const code of ['P2002', 'P2003', 'P2025']) expect(isDatabaseUnavailable(known(code))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
