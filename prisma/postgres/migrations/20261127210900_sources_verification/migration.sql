-- CreateTable
CREATE TABLE "SigningKey" (
    "kid" TEXT NOT NULL,
    "alg" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("kid")
);

-- CreateTable
CREATE TABLE "DataSource" (
    "id" TEXT NOT NULL,
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
    "lastProbeAt" TIMESTAMP(3),
    "lastProbeOk" BOOLEAN,
    "lastProbeMessage" TEXT,
    "lastProbeLatencyMs" INTEGER,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSourceFact" (
    "sourceId" TEXT NOT NULL,
    "factTypeCode" TEXT NOT NULL,

    CONSTRAINT "DataSourceFact_pkey" PRIMARY KEY ("sourceId","factTypeCode")
);

-- CreateTable
CREATE TABLE "DataSourceGrant" (
    "sourceId" TEXT NOT NULL,
    "consumerDepartmentCode" TEXT NOT NULL,
    "grantedBy" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataSourceGrant_pkey" PRIMARY KEY ("sourceId","consumerDepartmentCode")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
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
    "recordAsOf" TIMESTAMP(3),
    "recordRef" TEXT,
    "receipt" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationAttempt" (
    "id" TEXT NOT NULL,
    "verificationId" TEXT NOT NULL,
    "sourceId" TEXT,
    "sourceCode" TEXT,
    "route" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "latencyMs" INTEGER,
    "reason" TEXT,
    "recordAsOf" TIMESTAMP(3),
    "recordRef" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "VerificationAttempt_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "DataSource" ADD CONSTRAINT "DataSource_providerDepartmentCode_fkey" FOREIGN KEY ("providerDepartmentCode") REFERENCES "Department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSourceFact" ADD CONSTRAINT "DataSourceFact_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "DataSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSourceFact" ADD CONSTRAINT "DataSourceFact_factTypeCode_fkey" FOREIGN KEY ("factTypeCode") REFERENCES "FactType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSourceGrant" ADD CONSTRAINT "DataSourceGrant_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "DataSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSourceGrant" ADD CONSTRAINT "DataSourceGrant_consumerDepartmentCode_fkey" FOREIGN KEY ("consumerDepartmentCode") REFERENCES "Department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationAttempt" ADD CONSTRAINT "VerificationAttempt_verificationId_fkey" FOREIGN KEY ("verificationId") REFERENCES "Verification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationAttempt" ADD CONSTRAINT "VerificationAttempt_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "DataSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;
