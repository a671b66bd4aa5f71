-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "subjectSealed" TEXT;

-- AlterTable
ALTER TABLE "CreditOutbox" ADD COLUMN     "destination" TEXT NOT NULL DEFAULT 'CREDIT_PLATFORM',
ADD COLUMN     "subjectSealed" TEXT;
