-- AlterTable
ALTER TABLE "AuditHead" ADD COLUMN "holder" TEXT;
ALTER TABLE "AuditHead" ADD COLUMN "leaseUntil" DATETIME;

-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "exportedAt" DATETIME,
    "exportAttempts" INTEGER NOT NULL DEFAULT 0,
    "nextExportAt" DATETIME,
    "lastError" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER,
    "at" DATETIME NOT NULL,
    "actorSubject" TEXT NOT NULL,
    "actorDepartment" TEXT,
    "actorRoles" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "outcome" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "requestId" TEXT,
    "prevHash" TEXT,
    "hash" TEXT,
    "chainedAt" DATETIME
);
-- events chained before this migration keep their place (their id is a UUID-shaped key that sorts
-- before every generated UUIDv7 id, in chain order)
INSERT INTO "new_AuditEvent" ("id", "chainedAt", "action", "actorDepartment", "actorRoles", "actorSubject", "at", "detail", "hash", "outcome", "prevHash", "requestId", "seq", "targetId", "targetType") SELECT printf('00000000-0000-7000-8000-%012d', "seq"), "at", "action", "actorDepartment", "actorRoles", "actorSubject", "at", "detail", "hash", "outcome", "prevHash", "requestId", "seq", "targetId", "targetType" FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");
CREATE INDEX "AuditEvent_seq_id_idx" ON "AuditEvent"("seq", "id");
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
