import { Prisma } from './generated/sqlite/client';

// A write refused by a unique constraint (Prisma's P2002): a key someone else took first, which
// callers turn into a conflict, a retry or "already done". Both providers' clients share the
// runtime that defines the error class.
export function isUniqueViolation(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError) return err.code === 'P2002';
  // the same from the drivers themselves (the hot path's own statements): pg's SQLSTATE, SQLite's code
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

// Prisma codes for a database that cannot be reached or is too busy to answer: can't reach the
// server, timed out, closed the connection, too many connections, a transaction that could not
// start in time, a write conflict worth retrying.
const UNAVAILABLE_PRISMA_CODES = new Set([
  'P1001',
  'P1002',
  'P1008',
  'P1011',
  'P1017',
  'P2024',
  'P2028',
  'P2034',
  'P2037',
]);
// SQLSTATE classes and codes: connection exception (08), operator intervention (57P01 admin
// shutdown, 57P02 crash shutdown, 57P03 cannot connect now), too many connections (53300),
// database not accepting connections (55000 with the message below), serialization failure.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300|40001|40P01)$/;
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error|not currently accepting connections|timeout exceeded when trying to connect|Can't reach database server|database is locked|server closed the connection|terminating connection/i;

// Whether an error says the database is out of reach or overloaded (retry later), as opposed to
// a bug or a constraint. Looks through the cause chain, since the driver adapter, the Prisma
// client and pg each wrap the error they got.
export function isDatabaseUnavailable(err: unknown): boolean {
  let current: unknown = err;
  for (let i = 0; i < 6 && current && typeof current === 'object'; i++) {
    if (current instanceof Prisma.PrismaClientInitializationError) return true;
    if (current instanceof Prisma.PrismaClientKnownRequestError && UNAVAILABLE_PRISMA_CODES.has(current.code))
      return true;
    const { code, message, originalCode, kind } = current as {
      code?: unknown;
      message?: unknown;
      originalCode?: unknown;
      kind?: unknown;
    };
    if (typeof code === 'string' && (UNAVAILABLE_NODE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    if (typeof originalCode === 'string' && UNAVAILABLE_SQLSTATE.test(originalCode)) return true;
    if (
      typeof kind === 'string' &&
      ['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'].includes(kind)
    )
      return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return false;
}
