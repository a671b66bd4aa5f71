-- AlterTable
ALTER TABLE "AssistRequest" ADD COLUMN "claimSealed" TEXT;
