// Repository methods are named for what they return, so a call site reads the same in every lib:
//   find…(…)      one row, or null                      findById, findByKey, findLatestList
//   get…          one row, or NOT_FOUND: that is the services' (repositories do not raise domain errors)
//   list…(…)      an array (bounded by `take` where it can grow)   listDue, listOverdue, listCredits
//   page(…)       one page of a list and its total: { rows, total }; page… when a repository pages several kinds
//   count…/sum…/exists…/summarize   aggregates: a number, sums, a boolean, a summary record
//   create…/update…/upsert…/ensure… (create unless present)/increment…   plain writes
//   transitions that may lose a race to another request or replica are conditional updates that return
//     true when they won, named for the transition: claim…, finish…, close, mark…, flag…, repair…,
//     revoke, grant, transition (from the expected status); a claim that hands back the claimed row
//     returns it, or null when it lost
// A write that belongs to a caller's transaction takes it first: create(tx, data). A read that may
// run inside one takes it last and optional: findById(id, tx?). `transaction(fn)` opens one.
export * from './db.module';
export * from './errors';
export * from './prisma.service';
export type { PgRawDb, RawDb, SqliteRawDb } from './raw-db';

// Row types of the models that other libs hand around; the generated client itself stays here.
export type {
  AuditEvent,
  Commitment,
  CreditRecord,
  Department,
  FormFiling,
  IssuedCertificate,
  StatusEntry,
} from './generated/sqlite/client';
