-- AlterTable
ALTER TABLE "CertificateFact" ADD COLUMN "alternativeGroup" TEXT;
