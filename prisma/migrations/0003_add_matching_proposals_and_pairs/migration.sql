-- CreateTable
CREATE TABLE "MatchProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "result" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" DATETIME,
    "approvedById" TEXT,
    CONSTRAINT "MatchProposal_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MatchConstraint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "firstApplicationId" TEXT NOT NULL,
    "secondApplicationId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MatchConstraint_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Pair" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "mentorApplicationId" TEXT NOT NULL,
    "menteeApplicationId" TEXT NOT NULL,
    "mentorPersonId" TEXT NOT NULL,
    "menteePersonId" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "reasons" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Pair_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MatchProposal_cohortId_version_key" ON "MatchProposal"("cohortId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "MatchConstraint_cohortId_kind_firstApplicationId_secondApplicationId_key" ON "MatchConstraint"("cohortId", "kind", "firstApplicationId", "secondApplicationId");

-- CreateIndex
CREATE INDEX "Pair_mentorPersonId_idx" ON "Pair"("mentorPersonId");

-- CreateIndex
CREATE INDEX "Pair_menteePersonId_idx" ON "Pair"("menteePersonId");

-- CreateIndex
CREATE UNIQUE INDEX "Pair_cohortId_mentorApplicationId_menteeApplicationId_key" ON "Pair"("cohortId", "mentorApplicationId", "menteeApplicationId");
