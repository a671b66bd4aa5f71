-- CreateTable
CREATE TABLE "CertificateSerial" (
    "communityCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "CertificateSerial_pkey" PRIMARY KEY ("communityCode","year")
);

-- CreateTable
CREATE TABLE "IssuedCertificate" (
    "id" TEXT NOT NULL,
    "serial" TEXT NOT NULL,
    "communityCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "certificateCode" TEXT NOT NULL,
    "listVersionId" TEXT NOT NULL,
    "subjectHash" TEXT NOT NULL,
    "subjectMasked" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "issuedBy" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokeReason" TEXT,

    CONSTRAINT "IssuedCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IssuedCertificate_serial_key" ON "IssuedCertificate"("serial");

-- CreateIndex
CREATE INDEX "IssuedCertificate_communityCode_issuedAt_idx" ON "IssuedCertificate"("communityCode", "issuedAt");
