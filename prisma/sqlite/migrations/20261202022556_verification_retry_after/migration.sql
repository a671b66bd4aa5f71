-- AlterTable
ALTER TABLE "Verification" ADD COLUMN "retryAfter" DATETIME;
