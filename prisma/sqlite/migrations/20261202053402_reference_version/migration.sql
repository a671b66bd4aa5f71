-- CreateTable
CREATE TABLE "ReferenceVersion" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL,
    "changedAt" DATETIME NOT NULL
);
