import { Prisma } from './generated/sqlite/client';

// A write refused by a unique constraint (Prisma's P2002): a key someone else took first, which
// callers turn into a conflict, a retry or "already done". Both providers' clients share the
// runtime that defines the error class.
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';
}
