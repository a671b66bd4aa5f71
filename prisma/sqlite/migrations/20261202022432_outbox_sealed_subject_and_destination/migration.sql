-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN "subjectSealed" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CreditOutbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "destination" TEXT NOT NULL DEFAULT 'CREDIT_PLATFORM',
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "subjectSealed" TEXT,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimedUntil" DATETIME,
    "lastError" TEXT,
    "deliveredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_CreditOutbox" ("attempts", "claimedUntil", "createdAt", "deliveredAt", "id", "lastError", "nextAttemptAt", "payload", "status", "type") SELECT "attempts", "claimedUntil", "createdAt", "deliveredAt", "id", "lastError", "nextAttemptAt", "payload", "status", "type" FROM "CreditOutbox";
DROP TABLE "CreditOutbox";
ALTER TABLE "new_CreditOutbox" RENAME TO "CreditOutbox";
CREATE INDEX "CreditOutbox_status_nextAttemptAt_idx" ON "CreditOutbox"("status", "nextAttemptAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
