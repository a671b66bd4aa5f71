import { Prisma } from './generated/sqlite/client';
import { isUniqueViolation } from './errors';

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
