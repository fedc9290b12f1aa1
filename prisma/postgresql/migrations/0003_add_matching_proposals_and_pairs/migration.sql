-- CreateTable
CREATE TABLE "MatchProposal" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "result" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,

    CONSTRAINT "MatchProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchConstraint" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "firstApplicationId" TEXT NOT NULL,
    "secondApplicationId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchConstraint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pair" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "mentorApplicationId" TEXT NOT NULL,
    "menteeApplicationId" TEXT NOT NULL,
    "mentorPersonId" TEXT NOT NULL,
    "menteePersonId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pair_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MatchProposal_cohortId_version_key" ON "MatchProposal"("cohortId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "MatchConstraint_cohortId_kind_firstApplicationId_secondAppl_key" ON "MatchConstraint"("cohortId", "kind", "firstApplicationId", "secondApplicationId");

-- CreateIndex
CREATE INDEX "Pair_mentorPersonId_idx" ON "Pair"("mentorPersonId");

-- CreateIndex
CREATE INDEX "Pair_menteePersonId_idx" ON "Pair"("menteePersonId");

-- CreateIndex
CREATE UNIQUE INDEX "Pair_cohortId_mentorApplicationId_menteeApplicationId_key" ON "Pair"("cohortId", "mentorApplicationId", "menteeApplicationId");

-- AddForeignKey
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchConstraint" ADD CONSTRAINT "MatchConstraint_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;
