-- AlterTable: events chained before this migration keep their place (their id is a UUID-shaped
-- key that sorts before every generated UUIDv7 id, in chain order)
ALTER TABLE "AuditEvent" ADD COLUMN "chainedAt" TIMESTAMP(3),
ADD COLUMN     "id" TEXT;
UPDATE "AuditEvent" SET "id" = '00000000-0000-7000-8000-' || lpad("seq"::text, 12, '0'), "chainedAt" = "at";
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_pkey",
ALTER COLUMN "id" SET NOT NULL,
ALTER COLUMN "seq" DROP NOT NULL,
ALTER COLUMN "prevHash" DROP NOT NULL,
ALTER COLUMN "hash" DROP NOT NULL,
ADD CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id");

-- AlterTable
ALTER TABLE "AuditHead" ADD COLUMN     "holder" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "exportedAt" TIMESTAMP(3),
    "exportAttempts" INTEGER NOT NULL DEFAULT 0,
    "nextExportAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- CreateIndex
CREATE INDEX "AuditEvent_seq_id_idx" ON "AuditEvent"("seq", "id");
