// The statements every verification runs, for both providers side by side. SQLite runs each group
// as prepared statements inside one synchronous transaction (no round trip, no other request can
// interleave); PostgreSQL runs each group as ONE named statement whose data-modifying CTEs commit
// together: one round trip to store the request, one to store the outcome.
//
// Column lists follow prisma/models.prisma; the medium spec checks what these write against what
// Prisma reads back, on both providers.

export type BurdenColumn = 'verifiedBySharedData' | 'verifiedByOtherRoutes';
export const BURDEN_COLUMNS: readonly BurdenColumn[] = ['verifiedBySharedData', 'verifiedByOtherRoutes'];

const VERIFICATION_COLUMNS =
  '"id", "requesterDepartment", "requesterSubject", "idempotencyKey", "requestHash", "certificateCode", ' +
  '"factTypeCode", "subjectHash", "subjectMasked", "claim", "matter", "purpose", "communityCode", "status", ' +
  '"leaseUntil", "createdAt"';
const AUDIT_COLUMNS =
  '"id", "at", "actorSubject", "actorDepartment", "actorRoles", "action", "targetType", "targetId", "outcome", ' +
  '"detail", "requestId"';
const FINISH_SET =
  '"status" = \'DONE\', "outcome" = $2, "route" = $3, "nextRoute" = $4, "reason" = $5, "sourceCode" = $6, ' +
  '"recordAsOf" = $7, "recordRef" = $8, "receipt" = $9, "retryAfter" = $10, "leaseUntil" = NULL, "finishedAt" = $11';

const burdenUpsert = (column: BurdenColumn, placeholders: [string, string]) =>
  `INSERT INTO "BurdenDaily" ("communityCode", "day", "${column}") VALUES (${placeholders[0]}, ${placeholders[1]}, 1) ` +
  `ON CONFLICT ("communityCode", "day") DO UPDATE SET "${column}" = "BurdenDaily"."${column}" + 1`;

export const SQLITE = {
  insertVerification: `INSERT INTO "Verification" (${VERIFICATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertAttempt:
    'INSERT INTO "VerificationAttempt" ("id", "verificationId", "sourceId", "sourceCode", "route", "outcome", ' +
    '"reason", "startedAt", "finishedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  insertParty:
    'INSERT INTO "VerificationParty" ("verificationId", "field", "subjectHash", "createdAt") VALUES (?, ?, ?, ?)',
  insertAudit: `INSERT INTO "AuditEvent" (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertStatus:
    'INSERT INTO "StatusEntry" ("kind", "targetId", "status", "createdAt") VALUES (?, ?, \'VALID\', ?) RETURNING "id"',
  finishVerification: `UPDATE "Verification" SET ${FINISH_SET.replace(/\$\d+/g, '?')} WHERE "id" = ? AND "status" <> 'DONE'`,
  finishAttempt:
    'UPDATE "VerificationAttempt" SET "outcome" = ?, "latencyMs" = ?, "reason" = ?, "recordAsOf" = ?, ' +
    '"recordRef" = ?, "finishedAt" = ? WHERE "id" = ?',
  burden: (column: BurdenColumn) => burdenUpsert(column, ['?', '?']),
} as const;

// $1–$16 the verification, $17 attempt start, $18–$23 attempts (arrays), $24–$26 parties,
// $27–$37 the audit event, $38 status entry time. Returns the status entry allocated for the receipt.
const PG_STORE_REQUEST = `WITH v AS (
  INSERT INTO "Verification" (${VERIFICATION_COLUMNS})
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15::timestamp, $16::timestamp)
  RETURNING "id"
), a AS (
  INSERT INTO "VerificationAttempt" ("id", "verificationId", "sourceId", "sourceCode", "route", "outcome", "reason", "startedAt", "finishedAt")
  SELECT u.id, v."id", u.source_id, u.source_code, 'DATA_SHARING', u.outcome, u.reason, $17::timestamp, u.finished_at
  FROM v, unnest($18::text[], $19::text[], $20::text[], $21::text[], $22::text[], $23::timestamp[])
    AS u(id, source_id, source_code, outcome, reason, finished_at)
), p AS (
  INSERT INTO "VerificationParty" ("verificationId", "field", "subjectHash", "createdAt")
  SELECT v."id", u.field, u.subject_hash, $26::timestamp FROM v, unnest($24::text[], $25::text[]) AS u(field, subject_hash)
), e AS (
  INSERT INTO "AuditEvent" (${AUDIT_COLUMNS})
  SELECT $27::text, $28::timestamp, $29::text, $30::text, $31::text, $32::text, $33::text, $34::text, $35::text, $36::jsonb, $37::text
  FROM v
)
INSERT INTO "StatusEntry" ("kind", "targetId", "status", "createdAt")
SELECT 'RECEIPT', v."id", 'VALID', $38::timestamp FROM v RETURNING "id"`;

// $1 id, $2–$11 the outcome, $12–$18 attempts (arrays), $19–$29 the audit event, then the burden
// counter's community and day when counted. Returns one row when this worker finished it.
const pgStoreOutcome = (burden: BurdenColumn | null) => `WITH v AS (
  UPDATE "Verification" SET ${FINISH_SET.replace(/\$(7|10|11)\b/g, '$$$1::timestamp')}
  WHERE "id" = $1 AND "status" <> 'DONE' RETURNING "id"
), a AS (
  UPDATE "VerificationAttempt" t
  SET "outcome" = u.outcome, "latencyMs" = u.latency_ms, "reason" = u.reason, "recordAsOf" = u.record_as_of,
      "recordRef" = u.record_ref, "finishedAt" = u.finished_at
  FROM v, unnest($12::text[], $13::text[], $14::int[], $15::text[], $16::timestamp[], $17::text[], $18::timestamp[])
    AS u(id, outcome, latency_ms, reason, record_as_of, record_ref, finished_at)
  WHERE t."id" = u.id
), e AS (
  INSERT INTO "AuditEvent" (${AUDIT_COLUMNS})
  SELECT $19::text, $20::timestamp, $21::text, $22::text, $23::text, $24::text, $25::text, $26::text, $27::text, $28::jsonb, $29::text
  FROM v
)${
  burden
    ? `, b AS (
  ${burdenUpsert(burden, ['$30', '$31']).replace('VALUES ($30, $31, 1)', 'SELECT $30::text, $31::text, 1 FROM v')}
)`
    : ''
}
SELECT count(*)::int AS "finished" FROM v`;

export const POSTGRES = {
  storeRequest: { name: 'hot_store_request_v1', text: PG_STORE_REQUEST },
  storeOutcome: (burden: BurdenColumn | null) => ({
    name: `hot_store_outcome_v1_${burden ?? 'none'}`,
    text: pgStoreOutcome(burden),
  }),
} as const;
