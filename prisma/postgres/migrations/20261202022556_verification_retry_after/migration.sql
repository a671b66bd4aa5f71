-- AlterTable
ALTER TABLE "Verification" ADD COLUMN     "retryAfter" TIMESTAMP(3);
