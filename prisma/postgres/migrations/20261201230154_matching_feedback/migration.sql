-- AlterTable
ALTER TABLE "CommunityCheck" ADD COLUMN     "candidates" JSONB;

-- CreateTable
CREATE TABLE "CertificateAlias" (
    "id" TEXT NOT NULL,
    "certificateCode" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "activeKey" TEXT,
    "reason" TEXT NOT NULL,
    "addedRevision" INTEGER NOT NULL,
    "addedBy" TEXT NOT NULL,
    "addedByDepartment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredRevision" INTEGER,
    "retiredBy" TEXT,
    "retireReason" TEXT,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "CertificateAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogRevision" (
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "certificateCode" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "actorSubject" TEXT NOT NULL,
    "actorDepartment" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogRevision_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "MatchPhrase" (
    "id" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "candidates" JSONB NOT NULL,
    "count" INTEGER NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatchPhrase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkAccessScreening" (
    "applicationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "listVersionId" TEXT NOT NULL,
    "itemSeq" INTEGER NOT NULL,
    "category" TEXT,
    "terms" JSONB NOT NULL,
    "clause" TEXT NOT NULL,
    "flaggedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedBy" TEXT,
    "resolvedByDepartment" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolutionReason" TEXT,

    CONSTRAINT "WorkAccessScreening_pkey" PRIMARY KEY ("applicationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CertificateAlias_activeKey_key" ON "CertificateAlias"("activeKey");

-- CreateIndex
CREATE INDEX "CertificateAlias_certificateCode_idx" ON "CertificateAlias"("certificateCode");

-- CreateIndex
CREATE UNIQUE INDEX "MatchPhrase_phrase_key" ON "MatchPhrase"("phrase");

-- CreateIndex
CREATE INDEX "MatchPhrase_count_id_idx" ON "MatchPhrase"("count", "id");

-- AddForeignKey
ALTER TABLE "CertificateAlias" ADD CONSTRAINT "CertificateAlias_certificateCode_fkey" FOREIGN KEY ("certificateCode") REFERENCES "CertificateType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkAccessScreening" ADD CONSTRAINT "WorkAccessScreening_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "WorkAccessApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
