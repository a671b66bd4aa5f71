-- CreateTable
CREATE TABLE "SigningKey" (
    "kid" TEXT NOT NULL PRIMARY KEY,
    "alg" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" DATETIME
);

-- CreateTable
CREATE TABLE "DataSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "providerDepartmentCode" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
    "healthUrl" TEXT,
    "timeoutMs" INTEGER NOT NULL,
    "maxConcurrency" INTEGER NOT NULL,
    "publicKeyJwk" JSONB,
    "jwksUrl" TEXT,
    "authSecret" TEXT,
    "status" TEXT NOT NULL,
    "statusReason" TEXT,
    "lastProbeAt" DATETIME,
    "lastProbeOk" BOOLEAN,
    "lastProbeMessage" TEXT,
    "lastProbeLatencyMs" INTEGER,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DataSource_providerDepartmentCode_fkey" FOREIGN KEY ("providerDepartmentCode") REFERENCES "Department" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataSourceFact" (
    "sourceId" TEXT NOT NULL,
    "factTypeCode" TEXT NOT NULL,

    PRIMARY KEY ("sourceId", "factTypeCode"),
    CONSTRAINT "DataSourceFact_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "DataSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataSourceFact_factTypeCode_fkey" FOREIGN KEY ("factTypeCode") REFERENCES "FactType" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataSourceGrant" (
    "sourceId" TEXT NOT NULL,
    "consumerDepartmentCode" TEXT NOT NULL,
    "grantedBy" TEXT NOT NULL,
    "grantedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("sourceId", "consumerDepartmentCode"),
    CONSTRAINT "DataSourceGrant_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "DataSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataSourceGrant_consumerDepartmentCode_fkey" FOREIGN KEY ("consumerDepartmentCode") REFERENCES "Department" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requesterDepartment" TEXT NOT NULL,
    "requesterSubject" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "parentId" TEXT,
    "certificateCode" TEXT,
    "factTypeCode" TEXT NOT NULL,
    "subjectHash" TEXT NOT NULL,
    "subjectMasked" TEXT NOT NULL,
    "claim" JSONB NOT NULL,
    "matter" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "outcome" TEXT,
    "route" TEXT,
    "nextRoute" TEXT,
    "reason" TEXT,
    "sourceCode" TEXT,
    "recordAsOf" DATETIME,
    "recordRef" TEXT,
    "receipt" TEXT,
    "leaseUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "VerificationAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "verificationId" TEXT NOT NULL,
    "sourceId" TEXT,
    "sourceCode" TEXT,
    "route" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "latencyMs" INTEGER,
    "reason" TEXT,
    "recordAsOf" DATETIME,
    "recordRef" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "VerificationAttempt_verificationId_fkey" FOREIGN KEY ("verificationId") REFERENCES "Verification" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerificationAttempt_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "DataSource" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DataSource_code_key" ON "DataSource"("code");

-- CreateIndex
CREATE INDEX "DataSource_providerDepartmentCode_idx" ON "DataSource"("providerDepartmentCode");

-- CreateIndex
CREATE INDEX "DataSourceFact_factTypeCode_idx" ON "DataSourceFact"("factTypeCode");

-- CreateIndex
CREATE INDEX "DataSourceGrant_consumerDepartmentCode_idx" ON "DataSourceGrant"("consumerDepartmentCode");

-- CreateIndex
CREATE INDEX "Verification_requesterDepartment_id_idx" ON "Verification"("requesterDepartment", "id");

-- CreateIndex
CREATE INDEX "Verification_status_leaseUntil_idx" ON "Verification"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "Verification_parentId_idx" ON "Verification"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Verification_requesterDepartment_idempotencyKey_key" ON "Verification"("requesterDepartment", "idempotencyKey");

-- CreateIndex
CREATE INDEX "VerificationAttempt_verificationId_idx" ON "VerificationAttempt"("verificationId");

-- CreateIndex
CREATE INDEX "VerificationAttempt_sourceId_startedAt_idx" ON "VerificationAttempt"("sourceId", "startedAt");
