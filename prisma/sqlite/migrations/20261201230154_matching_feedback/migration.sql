-- AlterTable
ALTER TABLE "CommunityCheck" ADD COLUMN "candidates" JSONB;

-- CreateTable
CREATE TABLE "CertificateAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "certificateCode" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "activeKey" TEXT,
    "reason" TEXT NOT NULL,
    "addedRevision" INTEGER NOT NULL,
    "addedBy" TEXT NOT NULL,
    "addedByDepartment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredRevision" INTEGER,
    "retiredBy" TEXT,
    "retireReason" TEXT,
    "retiredAt" DATETIME,
    CONSTRAINT "CertificateAlias_certificateCode_fkey" FOREIGN KEY ("certificateCode") REFERENCES "CertificateType" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CatalogRevision" (
    "version" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "action" TEXT NOT NULL,
    "certificateCode" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "actorSubject" TEXT NOT NULL,
    "actorDepartment" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "MatchPhrase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "phrase" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "candidates" JSONB NOT NULL,
    "count" INTEGER NOT NULL,
    "firstSeenAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WorkAccessScreening" (
    "applicationId" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL,
    "listVersionId" TEXT NOT NULL,
    "itemSeq" INTEGER NOT NULL,
    "category" TEXT,
    "terms" JSONB NOT NULL,
    "clause" TEXT NOT NULL,
    "flaggedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedBy" TEXT,
    "resolvedByDepartment" TEXT,
    "resolvedAt" DATETIME,
    "resolutionReason" TEXT,
    CONSTRAINT "WorkAccessScreening_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "WorkAccessApplication" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CertificateAlias_activeKey_key" ON "CertificateAlias"("activeKey");

-- CreateIndex
CREATE INDEX "CertificateAlias_certificateCode_idx" ON "CertificateAlias"("certificateCode");

-- CreateIndex
CREATE UNIQUE INDEX "MatchPhrase_phrase_key" ON "MatchPhrase"("phrase");

-- CreateIndex
CREATE INDEX "MatchPhrase_count_id_idx" ON "MatchPhrase"("count", "id");
