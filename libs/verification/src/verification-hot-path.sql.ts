// The statements every verification runs, for both providers side by side: one to store the request
// (the verification, its attempts and parties, its audit event, its receipt's status entry), one to
// store the outcome (the verification, its attempts, the burden counter, the audit event). SQLite runs
// each as a prepared statement on the one connection (no round trip; statements of the same turn
// share a commit); PostgreSQL as one named statement whose data-modifying CTEs commit together.
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

// SQLite: each group is ONE statement, an INSERT into a view of this connection (TEMP, so not part
// of the schema or its migrations) whose INSTEAD OF trigger writes the rows: a statement is atomic,
// triggers included, so a failed group takes back only its own writes and needs no savepoint.
// Attempts and parties come as JSON arrays. RETURNING runs after the trigger: the request's
// statement answers the status entry it allocated; the outcome's answers a row only when it
// finished the verification (RAISE(IGNORE) drops the statement when another worker did first).
const SQLITE_VERIFICATION = VERIFICATION_COLUMNS.split(', ');
const SQLITE_AUDIT = AUDIT_COLUMNS.split(', ');
const SQLITE_FINISH = [
  '"outcome"',
  '"route"',
  '"nextRoute"',
  '"reason"',
  '"sourceCode"',
  '"recordAsOf"',
  '"recordRef"',
  '"receipt"',
  '"retryAfter"',
  '"finishedAt"',
];
const audited = (c: string) => `"audit_${c.slice(1)}`;
const fromNew = (cols: string[], name: (c: string) => string = (c) => c) =>
  cols.map((c) => `NEW.${name(c)}`).join(', ');
const field = (json: string, key: string) => `${json}.value ->> '$.${key}'`;
const viewOf = (cols: string[]) => `SELECT ${cols.map((c) => `NULL AS ${c}`).join(', ')}`;

const REQUEST_VIEW = [...SQLITE_VERIFICATION, '"attempts"', '"parties"', ...SQLITE_AUDIT.map(audited)];
const OUTCOME_VIEW = [
  '"id"',
  ...SQLITE_FINISH,
  '"attempts"',
  '"burdenColumn"',
  '"burdenCommunity"',
  '"burdenDay"',
  ...SQLITE_AUDIT.map(audited),
];
const sqliteAudit = `INSERT INTO "AuditEvent" (${AUDIT_COLUMNS}) VALUES (${fromNew(SQLITE_AUDIT, audited)});`;
const sqliteBurden = (column: BurdenColumn) =>
  burdenUpsert(column, ['?', '?']).replace(
    'VALUES (?, ?, 1)',
    `SELECT NEW."burdenCommunity", NEW."burdenDay", 1 WHERE NEW."burdenColumn" = '${column}'`,
  ) + ';';

export const SQLITE = {
  // run once per connection (IF NOT EXISTS: a second repository on the same connection finds them)
  setup: [
    `CREATE TEMP VIEW IF NOT EXISTS "hot_request_v1" AS ${viewOf(REQUEST_VIEW)}`,
    `CREATE TEMP TRIGGER IF NOT EXISTS "hot_request_v1_store" INSTEAD OF INSERT ON "hot_request_v1" BEGIN
  INSERT INTO "Verification" (${VERIFICATION_COLUMNS}) VALUES (${fromNew(SQLITE_VERIFICATION)});
  INSERT INTO "VerificationAttempt" ("id", "verificationId", "sourceId", "sourceCode", "route", "outcome", "reason", "startedAt", "finishedAt")
    SELECT ${field('a', 'id')}, NEW."id", ${field('a', 'sourceId')}, ${field('a', 'sourceCode')}, 'DATA_SHARING',
      ${field('a', 'outcome')}, ${field('a', 'reason')}, NEW."createdAt", ${field('a', 'finishedAt')}
    FROM json_each(NEW."attempts") AS a;
  INSERT INTO "VerificationParty" ("verificationId", "field", "subjectHash", "createdAt")
    SELECT NEW."id", ${field('p', 'field')}, ${field('p', 'subjectHash')}, NEW."createdAt" FROM json_each(NEW."parties") AS p;
  ${sqliteAudit}
  INSERT INTO "StatusEntry" ("kind", "targetId", "status", "createdAt") VALUES ('RECEIPT', NEW."id", 'VALID', NEW."createdAt");
END`,
    `CREATE TEMP VIEW IF NOT EXISTS "hot_outcome_v1" AS ${viewOf(OUTCOME_VIEW)}`,
    `CREATE TEMP TRIGGER IF NOT EXISTS "hot_outcome_v1_store" INSTEAD OF INSERT ON "hot_outcome_v1" BEGIN
  SELECT RAISE(IGNORE) WHERE NOT EXISTS (SELECT 1 FROM "Verification" WHERE "id" = NEW."id" AND "status" <> 'DONE');
  UPDATE "Verification" SET "status" = 'DONE', ${SQLITE_FINISH.map((c) => `${c} = NEW.${c}`).join(', ')}, "leaseUntil" = NULL
    WHERE "id" = NEW."id";
  UPDATE "VerificationAttempt" SET "outcome" = ${field('u', 'outcome')}, "latencyMs" = ${field('u', 'latencyMs')},
      "reason" = ${field('u', 'reason')}, "recordAsOf" = ${field('u', 'recordAsOf')}, "recordRef" = ${field('u', 'recordRef')},
      "finishedAt" = ${field('u', 'finishedAt')}
    FROM json_each(NEW."attempts") AS u WHERE "VerificationAttempt"."id" = ${field('u', 'id')};
  ${BURDEN_COLUMNS.map(sqliteBurden).join('\n  ')}
  ${sqliteAudit}
END`,
  ],
  storeRequest:
    `INSERT INTO "hot_request_v1" (${REQUEST_VIEW.join(', ')}) VALUES (${REQUEST_VIEW.map(() => '?').join(', ')}) ` +
    `RETURNING (SELECT s."id" FROM "StatusEntry" s WHERE s."kind" = 'RECEIPT' AND s."targetId" = "hot_request_v1"."id") AS "id"`,
  storeOutcome:
    `INSERT INTO "hot_outcome_v1" (${OUTCOME_VIEW.join(', ')}) VALUES (${OUTCOME_VIEW.map(() => '?').join(', ')}) ` +
    'RETURNING 1 AS "finished"',
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
