-- CreateTable
CREATE TABLE "VerificationParty" (
    "verificationId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "subjectHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("verificationId", "field")
);

-- CreateTable
CREATE TABLE "ResidentObjection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectHash" TEXT NOT NULL,
    "entryKind" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "answer" TEXT,
    "answeredBy" TEXT,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CommitmentSignLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "subjectHash" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "VerificationParty_subjectHash_createdAt_idx" ON "VerificationParty"("subjectHash", "createdAt");

-- CreateIndex
CREATE INDEX "ResidentObjection_subjectHash_createdAt_idx" ON "ResidentObjection"("subjectHash", "createdAt");

-- CreateIndex
CREATE INDEX "ResidentObjection_status_id_idx" ON "ResidentObjection"("status", "id");

-- CreateIndex
CREATE INDEX "ResidentObjection_entryId_idx" ON "ResidentObjection"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitmentSignLink_tokenHash_key" ON "CommitmentSignLink"("tokenHash");

-- CreateIndex
CREATE INDEX "CommitmentSignLink_commitmentId_idx" ON "CommitmentSignLink"("commitmentId");

-- CreateIndex
CREATE INDEX "IssuedCertificate_subjectHash_idx" ON "IssuedCertificate"("subjectHash");

-- CreateIndex
CREATE INDEX "Verification_subjectHash_createdAt_idx" ON "Verification"("subjectHash", "createdAt");
