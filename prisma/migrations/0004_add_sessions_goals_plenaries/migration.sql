-- CreateTable
CREATE TABLE "PairSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pairId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "startsAt" DATETIME NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "proposedById" TEXT NOT NULL,
    "acceptedById" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "topics" TEXT NOT NULL DEFAULT '',
    "privateNotes" TEXT NOT NULL DEFAULT '',
    "loggedById" TEXT,
    "loggedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PairSession_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Pair" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pairId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "ownerPersonId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "doneAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActionItem_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Pair" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PairSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pairId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "priority" INTEGER,
    "smart" JSONB NOT NULL,
    "phases" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Goal_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Pair" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plenary" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Plenary_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlenaryAttendance" (
    "plenaryId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,

    PRIMARY KEY ("plenaryId", "personId"),
    CONSTRAINT "PlenaryAttendance_plenaryId_fkey" FOREIGN KEY ("plenaryId") REFERENCES "Plenary" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pairId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Pair" (
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
    "consecutiveMisses" INTEGER NOT NULL DEFAULT 0,
    "atRisk" BOOLEAN NOT NULL DEFAULT false,
    "checkInSessionAt" DATETIME,
    "checkInAskedAt" DATETIME,
    "checkInAskAgainAt" DATETIME,
    "pausedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Pair_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Pair" ("cohortId", "createdAt", "id", "menteeApplicationId", "menteePersonId", "mentorApplicationId", "mentorPersonId", "proposalId", "reasons", "score", "status") SELECT "cohortId", "createdAt", "id", "menteeApplicationId", "menteePersonId", "mentorApplicationId", "mentorPersonId", "proposalId", "reasons", "score", "status" FROM "Pair";
DROP TABLE "Pair";
ALTER TABLE "new_Pair" RENAME TO "Pair";
CREATE INDEX "Pair_mentorPersonId_idx" ON "Pair"("mentorPersonId");
CREATE INDEX "Pair_menteePersonId_idx" ON "Pair"("menteePersonId");
CREATE UNIQUE INDEX "Pair_cohortId_mentorApplicationId_menteeApplicationId_key" ON "Pair"("cohortId", "mentorApplicationId", "menteeApplicationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PairSession_pairId_startsAt_idx" ON "PairSession"("pairId", "startsAt");

-- CreateIndex
CREATE INDEX "ActionItem_pairId_idx" ON "ActionItem"("pairId");

-- CreateIndex
CREATE INDEX "ActionItem_ownerPersonId_idx" ON "ActionItem"("ownerPersonId");

-- CreateIndex
CREATE INDEX "Goal_pairId_idx" ON "Goal"("pairId");

-- CreateIndex
CREATE UNIQUE INDEX "Plenary_cohortId_number_key" ON "Plenary"("cohortId", "number");

-- CreateIndex
CREATE INDEX "HelpRequest_pairId_idx" ON "HelpRequest"("pairId");
