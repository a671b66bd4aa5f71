-- CreateTable
CREATE TABLE "FactTypeThirdParty" (
    "factTypeCode" TEXT NOT NULL,
    "departmentCode" TEXT NOT NULL,

    PRIMARY KEY ("factTypeCode", "departmentCode"),
    CONSTRAINT "FactTypeThirdParty_factTypeCode_fkey" FOREIGN KEY ("factTypeCode") REFERENCES "FactType" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FactTypeThirdParty_departmentCode_fkey" FOREIGN KEY ("departmentCode") REFERENCES "Department" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssistRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "verificationId" TEXT NOT NULL,
    "fromDepartment" TEXT NOT NULL,
    "toDepartment" TEXT NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "factTypeCode" TEXT NOT NULL,
    "subjectMasked" TEXT NOT NULL,
    "subjectSealed" TEXT,
    "question" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "answer" TEXT,
    "note" TEXT,
    "closedBy" TEXT,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssistRequest_verificationId_fkey" FOREIGN KEY ("verificationId") REFERENCES "Verification" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AssistRequest_toDepartment_status_dueAt_idx" ON "AssistRequest"("toDepartment", "status", "dueAt");

-- CreateIndex
CREATE INDEX "AssistRequest_fromDepartment_status_idx" ON "AssistRequest"("fromDepartment", "status");

-- CreateIndex
CREATE INDEX "AssistRequest_status_dueAt_idx" ON "AssistRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "AssistRequest_verificationId_idx" ON "AssistRequest"("verificationId");
