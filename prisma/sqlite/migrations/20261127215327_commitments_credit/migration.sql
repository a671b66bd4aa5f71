-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "verificationId" TEXT NOT NULL,
    "factTypeCode" TEXT NOT NULL,
    "subjectHash" TEXT NOT NULL,
    "subjectMasked" TEXT NOT NULL,
    "requesterDepartment" TEXT NOT NULL,
    "offeredBy" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "noticeVersion" TEXT NOT NULL,
    "noticeText" TEXT NOT NULL,
    "noticeHash" TEXT NOT NULL,
    "disclosed" BOOLEAN NOT NULL,
    "signatureMethod" TEXT,
    "evidenceHash" TEXT,
    "evidenceRef" TEXT,
    "record" TEXT,
    "signedAt" DATETIME,
    "withdrawnAt" DATETIME,
    "withdrawReason" TEXT,
    "postVerifyDueAt" DATETIME,
    "overdueFlaggedAt" DATETIME,
    "postResult" TEXT,
    "postEvidence" TEXT,
    "postVerifiedBy" TEXT,
    "postVerifiedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Commitment_verificationId_fkey" FOREIGN KEY ("verificationId") REFERENCES "Verification" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CreditRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectHash" TEXT NOT NULL,
    "subjectMasked" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "repairedAt" DATETIME,
    "repairedBy" TEXT,
    "repairNote" TEXT,
    CONSTRAINT "CreditRecord_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CreditOutbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimedUntil" DATETIME,
    "lastError" TEXT,
    "deliveredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Commitment_subjectHash_idx" ON "Commitment"("subjectHash");

-- CreateIndex
CREATE INDEX "Commitment_requesterDepartment_status_postVerifyDueAt_idx" ON "Commitment"("requesterDepartment", "status", "postVerifyDueAt");

-- CreateIndex
CREATE INDEX "Commitment_status_postVerifyDueAt_idx" ON "Commitment"("status", "postVerifyDueAt");

-- CreateIndex
CREATE INDEX "Commitment_verificationId_idx" ON "Commitment"("verificationId");

-- CreateIndex
CREATE INDEX "CreditRecord_subjectHash_repairedAt_idx" ON "CreditRecord"("subjectHash", "repairedAt");

-- CreateIndex
CREATE INDEX "CreditOutbox_status_nextAttemptAt_idx" ON "CreditOutbox"("status", "nextAttemptAt");
