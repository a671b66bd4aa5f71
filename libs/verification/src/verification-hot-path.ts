import { Injectable } from '@nestjs/common';
import type { Database, Statement } from 'better-sqlite3';
import type { NewAuditEvent } from '#gw/audit';
import { isUniqueViolation, PgRawDb, PrismaService, RawDb, SqliteRawDb } from '#gw/db';
import { BURDEN_COLUMNS, BurdenColumn, POSTGRES, SQLITE } from './verification-hot-path.sql';

// What storing a new request writes: the verification, its attempts (stored before any source is
// called, so that a crash leaves them PENDING for recovery), the other persons its claim names, the
// request's audit event, and the status entry its receipt will carry.
export interface RequestRows {
  verification: {
    id: string;
    requesterDepartment: string;
    requesterSubject: string;
    idempotencyKey: string;
    requestHash: string;
    certificateCode: string | null;
    factTypeCode: string;
    subjectHash: string;
    subjectMasked: string;
    claim: unknown;
    matter: string;
    purpose: string;
    communityCode: string | null;
    leaseUntil: Date;
    createdAt: Date;
  };
  attempts: {
    id: string;
    sourceId: string | null;
    sourceCode: string;
    outcome: string;
    reason: string | null;
    finishedAt: Date | null;
  }[];
  parties: { field: string; subjectHash: string }[];
  audit: NewAuditEvent;
}

// How one call to a source ended, as its attempt row records it.
export interface AttemptFinish {
  outcome: string;
  latencyMs: number | null;
  reason: string | null;
  recordAsOf: Date | null;
  recordRef: string | null;
  finishedAt: Date;
}

export interface OutcomeRows {
  id: string;
  finish: {
    outcome: string;
    route: string | null;
    nextRoute: string | null;
    reason: string | null;
    sourceCode: string | null;
    recordAsOf: Date | null;
    recordRef: string | null;
    receipt: string;
    retryAfter: Date | null;
    finishedAt: Date;
  };
  attempts: (AttemptFinish & { id: string })[];
  // the community's counter, when the outcome settles a verification that names one
  burden: { communityCode: string; day: string; column: BurdenColumn } | null;
  audit: NewAuditEvent;
}

// Prisma's own encodings, so that Prisma reads these rows like its own: SQLite DateTime as ISO text
// with +00:00, PostgreSQL timestamp(3) as UTC without a zone; Json as JSON text.
const sqliteTime = (d: Date | null): string | null => (d ? d.toISOString().replace('Z', '+00:00') : null);
const pgTime = (d: Date | null): string | null => (d ? d.toISOString().replace('Z', '') : null);

interface SqliteStatements {
  storeRequest: Statement;
  storeOutcome: Statement;
}

// The two statement groups of a fresh verification, on the driver under Prisma (see raw-db.ts in
// #gw/db). Only VerificationRepository uses it; everything else about verifications stays on Prisma.
@Injectable()
export class VerificationHotPath {
  private driver?: Promise<RawDb>;
  private sqlite?: { db: Database; ready: Promise<SqliteStatements> };

  constructor(private readonly prisma: PrismaService) {}

  // The receipt's status entry id; null when the department's idempotency key is already taken.
  async storeRequest(rows: RequestRows): Promise<number | null> {
    const raw = await this.raw();
    try {
      return raw.provider === 'sqlite' ? await this.requestSqlite(raw, rows) : await this.requestPg(raw, rows);
    } catch (err) {
      if (isUniqueViolation(err)) return null;
      throw err;
    }
  }

  // False when another worker finished the verification first (nothing is written then).
  async storeOutcome(rows: OutcomeRows): Promise<boolean> {
    if (rows.burden && !BURDEN_COLUMNS.includes(rows.burden.column)) throw new Error('unknown burden column');
    const raw = await this.raw();
    return raw.provider === 'sqlite' ? this.outcomeSqlite(raw, rows) : this.outcomePg(raw, rows);
  }

  private raw(): Promise<RawDb> {
    this.driver ??= this.prisma.raw();
    return this.driver;
  }

  // The connection's view, triggers and statements, made once by a write of their own: alone in its
  // turn (every other hot-path write waits for it), so committed by itself and never inside a
  // transaction that might roll them back.
  private statements(raw: SqliteRawDb): Promise<SqliteStatements> {
    if (this.sqlite?.db === raw.db) return this.sqlite.ready;
    const ready = raw.write((db): SqliteStatements => {
      for (const sql of SQLITE.setup) db.exec(sql);
      const prepare = (sql: string) => db.prepare(sql).safeIntegers(false);
      return { storeRequest: prepare(SQLITE.storeRequest), storeOutcome: prepare(SQLITE.storeOutcome) };
    });
    this.sqlite = { db: raw.db, ready };
    ready.catch(() => {
      if (this.sqlite?.ready === ready) this.sqlite = undefined;
    });
    return ready;
  }

  private async requestSqlite(raw: SqliteRawDb, { verification: v, attempts, parties, audit }: RequestRows) {
    const s = await this.statements(raw);
    const values = [
      ...verificationValues(v, sqliteTime),
      JSON.stringify(attempts.map((a) => ({ ...a, finishedAt: sqliteTime(a.finishedAt) }))),
      JSON.stringify(parties),
      ...auditValues(audit, sqliteTime),
    ];
    return raw.write(() => (s.storeRequest.get(...values) as { id: number }).id);
  }

  private async outcomeSqlite(raw: SqliteRawDb, { id, finish: f, attempts, burden, audit }: OutcomeRows) {
    const s = await this.statements(raw);
    const values = [
      id,
      ...finishValues(f, sqliteTime),
      JSON.stringify(
        attempts.map((a) => ({ ...a, recordAsOf: sqliteTime(a.recordAsOf), finishedAt: sqliteTime(a.finishedAt) })),
      ),
      burden?.column ?? null,
      burden?.communityCode ?? null,
      burden?.day ?? null,
      ...auditValues(audit, sqliteTime),
    ];
    return raw.write(() => s.storeOutcome.get(...values) !== undefined);
  }

  private async requestPg(raw: PgRawDb, { verification: v, attempts, parties, audit }: RequestRows) {
    const created = pgTime(v.createdAt);
    const { rows } = await raw.pool.query<{ id: number }>({
      ...POSTGRES.storeRequest,
      values: [
        ...verificationValues(v, pgTime),
        created,
        attempts.map((a) => a.id),
        attempts.map((a) => a.sourceId),
        attempts.map((a) => a.sourceCode),
        attempts.map((a) => a.outcome),
        attempts.map((a) => a.reason),
        attempts.map((a) => pgTime(a.finishedAt)),
        parties.map((p) => p.field),
        parties.map((p) => p.subjectHash),
        created,
        ...auditValues(audit, pgTime),
        created,
      ],
    });
    return rows[0].id;
  }

  private async outcomePg(raw: PgRawDb, { id, finish: f, attempts, burden, audit }: OutcomeRows) {
    const { rows } = await raw.pool.query<{ finished: number }>({
      ...POSTGRES.storeOutcome(burden?.column ?? null),
      values: [
        id,
        ...finishValues(f, pgTime),
        attempts.map((a) => a.id),
        attempts.map((a) => a.outcome),
        attempts.map((a) => a.latencyMs),
        attempts.map((a) => a.reason),
        attempts.map((a) => pgTime(a.recordAsOf)),
        attempts.map((a) => a.recordRef),
        attempts.map((a) => pgTime(a.finishedAt)),
        ...auditValues(audit, pgTime),
        ...(burden ? [burden.communityCode, burden.day] : []),
      ],
    });
    return rows[0].finished === 1;
  }
}

type Time = (d: Date | null) => string | null;

// Values in the column order of verification-hot-path.sql.ts, the same for both providers.
function verificationValues(v: RequestRows['verification'], time: Time): unknown[] {
  return [
    v.id,
    v.requesterDepartment,
    v.requesterSubject,
    v.idempotencyKey,
    v.requestHash,
    v.certificateCode,
    v.factTypeCode,
    v.subjectHash,
    v.subjectMasked,
    JSON.stringify(v.claim),
    v.matter,
    v.purpose,
    v.communityCode,
    'RUNNING',
    time(v.leaseUntil),
    time(v.createdAt),
  ];
}

function finishValues(f: OutcomeRows['finish'], time: Time): unknown[] {
  return [
    f.outcome,
    f.route,
    f.nextRoute,
    f.reason,
    f.sourceCode,
    time(f.recordAsOf),
    f.recordRef,
    f.receipt,
    time(f.retryAfter),
    time(f.finishedAt),
  ];
}

function auditValues(e: NewAuditEvent, time: Time): unknown[] {
  return [
    e.id,
    time(e.at),
    e.actorSubject,
    e.actorDepartment,
    e.actorRoles,
    e.action,
    e.targetType,
    e.targetId,
    e.outcome,
    JSON.stringify(e.detail),
    e.requestId,
  ];
}
