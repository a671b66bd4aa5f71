-- CreateTable
CREATE TABLE "StatusEntry" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'VALID',
    "reason" TEXT,
    "changedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatusEntry_kind_targetId_idx" ON "StatusEntry"("kind", "targetId");
