-- CreateTable
CREATE TABLE "FactTypeDelegation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "factTypeCode" TEXT NOT NULL,
    "ownerDepartmentCode" TEXT NOT NULL,
    "delegateDepartmentCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "activeKey" TEXT,
    "grantedBy" TEXT NOT NULL,
    "grantedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedBy" TEXT,
    "revokedAt" DATETIME,
    "revokeReason" TEXT,
    CONSTRAINT "FactTypeDelegation_factTypeCode_fkey" FOREIGN KEY ("factTypeCode") REFERENCES "FactType" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FactTypeDelegation_ownerDepartmentCode_fkey" FOREIGN KEY ("ownerDepartmentCode") REFERENCES "Department" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FactTypeDelegation_delegateDepartmentCode_fkey" FOREIGN KEY ("delegateDepartmentCode") REFERENCES "Department" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DataSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "providerDepartmentCode" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
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
INSERT INTO "new_DataSource" ("authSecret", "code", "createdAt", "createdBy", "endpoint", "id", "jwksUrl", "lastProbeAt", "lastProbeLatencyMs", "lastProbeMessage", "lastProbeOk", "maxConcurrency", "name", "providerDepartmentCode", "publicKeyJwk", "status", "statusReason", "timeoutMs", "updatedAt") SELECT "authSecret", "code", "createdAt", "createdBy", "endpoint", "id", "jwksUrl", "lastProbeAt", "lastProbeLatencyMs", "lastProbeMessage", "lastProbeOk", "maxConcurrency", "name", "providerDepartmentCode", "publicKeyJwk", "status", "statusReason", "timeoutMs", "updatedAt" FROM "DataSource";
DROP TABLE "DataSource";
ALTER TABLE "new_DataSource" RENAME TO "DataSource";
CREATE UNIQUE INDEX "DataSource_code_key" ON "DataSource"("code");
CREATE INDEX "DataSource_providerDepartmentCode_idx" ON "DataSource"("providerDepartmentCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "FactTypeDelegation_activeKey_key" ON "FactTypeDelegation"("activeKey");

-- CreateIndex
CREATE INDEX "FactTypeDelegation_factTypeCode_delegateDepartmentCode_idx" ON "FactTypeDelegation"("factTypeCode", "delegateDepartmentCode");

-- CreateIndex
CREATE INDEX "FactTypeDelegation_delegateDepartmentCode_idx" ON "FactTypeDelegation"("delegateDepartmentCode");
