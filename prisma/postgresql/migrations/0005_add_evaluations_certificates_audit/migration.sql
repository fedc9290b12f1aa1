-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "anonymousEvaluations" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "finishedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "personId" TEXT,
    "kind" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "answers" JSONB,
    "skillsBefore" JSONB,
    "skillsAfter" JSONB,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "remindedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "issuedById" TEXT,
    "override" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "cohortId" TEXT,
    "cohortName" TEXT NOT NULL DEFAULT '',
    "details" JSONB NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Evaluation_cohortId_kind_idx" ON "Evaluation"("cohortId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_cohortId_personId_kind_key" ON "Evaluation"("cohortId", "personId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_cohortId_personId_key" ON "Certificate"("cohortId", "personId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_cohortId_idx" ON "AuditEntry"("cohortId");

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;
