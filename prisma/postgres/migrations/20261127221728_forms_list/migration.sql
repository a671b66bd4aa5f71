-- AlterTable
ALTER TABLE "ListItem" ADD COLUMN     "departmentCode" TEXT,
ADD COLUMN     "frequency" TEXT;

-- CreateTable
CREATE TABLE "FormFiling" (
    "id" TEXT NOT NULL,
    "communityCode" TEXT NOT NULL,
    "listItemId" TEXT NOT NULL,
    "formName" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "filedBy" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormFiling_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FormFiling_communityCode_filedAt_idx" ON "FormFiling"("communityCode", "filedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FormFiling_communityCode_listItemId_period_key" ON "FormFiling"("communityCode", "listItemId", "period");
