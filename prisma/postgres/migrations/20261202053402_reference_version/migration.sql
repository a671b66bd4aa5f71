-- CreateTable
CREATE TABLE "ReferenceVersion" (
    "scope" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReferenceVersion_pkey" PRIMARY KEY ("scope")
);
