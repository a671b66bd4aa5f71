-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parentCode" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Region_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Region" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Department" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Department_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FactType" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "claimSchema" JSONB NOT NULL,
    "ownerDepartmentCode" TEXT NOT NULL,
    "commitmentAllowed" BOOLEAN NOT NULL,
    "thirdPartyAllowed" BOOLEAN NOT NULL DEFAULT false,
    "postVerifyDays" INTEGER,
    "assistDueHours" INTEGER NOT NULL DEFAULT 72,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FactType_ownerDepartmentCode_fkey" FOREIGN KEY ("ownerDepartmentCode") REFERENCES "Department" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CertificateType" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "disposition" TEXT NOT NULL,
    "aliases" JSONB NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CertificateFact" (
    "certificateCode" TEXT NOT NULL,
    "factTypeCode" TEXT NOT NULL,

    PRIMARY KEY ("certificateCode", "factTypeCode"),
    CONSTRAINT "CertificateFact_certificateCode_fkey" FOREIGN KEY ("certificateCode") REFERENCES "CertificateType" ("code") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CertificateFact_factTypeCode_fkey" FOREIGN KEY ("factTypeCode") REFERENCES "FactType" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ListVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "effectiveFrom" DATETIME NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "contentHash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ListItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listVersionId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "category" TEXT,
    "content" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "reason" TEXT,
    "certificateCode" TEXT,
    CONSTRAINT "ListItem_listVersionId_fkey" FOREIGN KEY ("listVersionId") REFERENCES "ListVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommunityCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityCode" TEXT NOT NULL,
    "certificateInput" TEXT NOT NULL,
    "certificateCode" TEXT,
    "decision" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "guidance" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "listVersionId" TEXT,
    "actorSubject" TEXT NOT NULL,
    "actorDepartment" TEXT,
    "requestId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommunityCheck_communityCode_fkey" FOREIGN KEY ("communityCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CommunityCheck_certificateCode_fkey" FOREIGN KEY ("certificateCode") REFERENCES "CertificateType" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CommunityCheck_listVersionId_fkey" FOREIGN KEY ("listVersionId") REFERENCES "ListVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditHead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seq" INTEGER NOT NULL,
    "lastHash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Region_parentCode_idx" ON "Region"("parentCode");

-- CreateIndex
CREATE UNIQUE INDEX "ListVersion_kind_version_key" ON "ListVersion"("kind", "version");

-- CreateIndex
CREATE INDEX "ListItem_certificateCode_idx" ON "ListItem"("certificateCode");

-- CreateIndex
CREATE UNIQUE INDEX "ListItem_listVersionId_seq_key" ON "ListItem"("listVersionId", "seq");

-- CreateIndex
CREATE INDEX "CommunityCheck_communityCode_createdAt_idx" ON "CommunityCheck"("communityCode", "createdAt");

-- CreateIndex
CREATE INDEX "CommunityCheck_createdAt_idx" ON "CommunityCheck"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");
