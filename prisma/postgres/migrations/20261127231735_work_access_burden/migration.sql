-- DropIndex
DROP INDEX "FormFiling_communityCode_listItemId_period_key";

-- AlterTable
ALTER TABLE "AssistRequest" ADD COLUMN     "communityCode" TEXT;

-- AlterTable
ALTER TABLE "ListVersion" ADD COLUMN     "applicationId" TEXT,
ADD COLUMN     "changeSummary" TEXT;

-- AlterTable
ALTER TABLE "Verification" ADD COLUMN     "communityCode" TEXT;

-- CreateTable
CREATE TABLE "WorkAccessApplication" (
    "id" TEXT NOT NULL,
    "listKind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "certificateCode" TEXT,
    "frequency" TEXT,
    "itemSeq" INTEGER,
    "funding" TEXT NOT NULL,
    "workingConditions" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "applicantDepartment" TEXT NOT NULL,
    "applicantSubject" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "approvalAuthority" TEXT,
    "approvalDocument" TEXT,
    "approvedOn" TIMESTAMP(3),
    "listVersionId" TEXT,
    "effectiveFrom" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkAccessApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkAccessStep" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "actorSubject" TEXT NOT NULL,
    "actorDepartment" TEXT,
    "actorRoles" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkAccessStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BurdenDaily" (
    "communityCode" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "checksAllowed" INTEGER NOT NULL DEFAULT 0,
    "refusedAbolished" INTEGER NOT NULL DEFAULT 0,
    "refusedDataSharing" INTEGER NOT NULL DEFAULT 0,
    "refusedInterDepartment" INTEGER NOT NULL DEFAULT 0,
    "refusedCommitment" INTEGER NOT NULL DEFAULT 0,
    "refusedNegativeList" INTEGER NOT NULL DEFAULT 0,
    "refusedNotListed" INTEGER NOT NULL DEFAULT 0,
    "certificatesIssued" INTEGER NOT NULL DEFAULT 0,
    "certificatesRevoked" INTEGER NOT NULL DEFAULT 0,
    "formsFiled" INTEGER NOT NULL DEFAULT 0,
    "assistRequested" INTEGER NOT NULL DEFAULT 0,
    "assistAnswered" INTEGER NOT NULL DEFAULT 0,
    "assistOverdue" INTEGER NOT NULL DEFAULT 0,
    "verifiedBySharedData" INTEGER NOT NULL DEFAULT 0,
    "verifiedByOtherRoutes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BurdenDaily_pkey" PRIMARY KEY ("communityCode","day")
);

-- CreateIndex
CREATE INDEX "WorkAccessApplication_status_id_idx" ON "WorkAccessApplication"("status", "id");

-- CreateIndex
CREATE INDEX "WorkAccessApplication_applicantDepartment_id_idx" ON "WorkAccessApplication"("applicantDepartment", "id");

-- CreateIndex
CREATE INDEX "WorkAccessStep_applicationId_at_idx" ON "WorkAccessStep"("applicationId", "at");

-- CreateIndex
CREATE INDEX "BurdenDaily_day_idx" ON "BurdenDaily"("day");

-- CreateIndex
CREATE UNIQUE INDEX "FormFiling_communityCode_formName_period_key" ON "FormFiling"("communityCode", "formName", "period");

-- AddForeignKey
ALTER TABLE "WorkAccessStep" ADD CONSTRAINT "WorkAccessStep_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "WorkAccessApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
