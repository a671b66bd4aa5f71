-- CreateTable
CREATE TABLE "StatusEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'VALID',
    "reason" TEXT,
    "changedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "StatusEntry_kind_targetId_idx" ON "StatusEntry"("kind", "targetId");
