-- AlterTable
ALTER TABLE "DataSource" DROP COLUMN "healthUrl";

-- CreateTable
CREATE TABLE "FactTypeDelegation" (
    "id" TEXT NOT NULL,
    "factTypeCode" TEXT NOT NULL,
    "ownerDepartmentCode" TEXT NOT NULL,
    "delegateDepartmentCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "activeKey" TEXT,
    "grantedBy" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedBy" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokeReason" TEXT,

    CONSTRAINT "FactTypeDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FactTypeDelegation_activeKey_key" ON "FactTypeDelegation"("activeKey");

-- CreateIndex
CREATE INDEX "FactTypeDelegation_factTypeCode_delegateDepartmentCode_idx" ON "FactTypeDelegation"("factTypeCode", "delegateDepartmentCode");

-- CreateIndex
CREATE INDEX "FactTypeDelegation_delegateDepartmentCode_idx" ON "FactTypeDelegation"("delegateDepartmentCode");

-- AddForeignKey
ALTER TABLE "FactTypeDelegation" ADD CONSTRAINT "FactTypeDelegation_factTypeCode_fkey" FOREIGN KEY ("factTypeCode") REFERENCES "FactType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactTypeDelegation" ADD CONSTRAINT "FactTypeDelegation_ownerDepartmentCode_fkey" FOREIGN KEY ("ownerDepartmentCode") REFERENCES "Department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactTypeDelegation" ADD CONSTRAINT "FactTypeDelegation_delegateDepartmentCode_fkey" FOREIGN KEY ("delegateDepartmentCode") REFERENCES "Department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
