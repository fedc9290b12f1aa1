-- AlterTable
ALTER TABLE "Pair" ADD COLUMN     "atRisk" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "checkInAskAgainAt" TIMESTAMP(3),
ADD COLUMN     "checkInAskedAt" TIMESTAMP(3),
ADD COLUMN     "checkInSessionAt" TIMESTAMP(3),
ADD COLUMN     "consecutiveMisses" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pausedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PairSession" (
    "id" TEXT NOT NULL,
    "pairId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "proposedById" TEXT NOT NULL,
    "acceptedById" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "topics" TEXT NOT NULL DEFAULT '',
    "privateNotes" TEXT NOT NULL DEFAULT '',
    "loggedById" TEXT,
    "loggedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PairSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL,
    "pairId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "ownerPersonId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "pairId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "priority" INTEGER,
    "smart" JSONB NOT NULL,
    "phases" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plenary" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plenary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlenaryAttendance" (
    "plenaryId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlenaryAttendance_pkey" PRIMARY KEY ("plenaryId","personId")
);

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" TEXT NOT NULL,
    "pairId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "PairSession" ADD CONSTRAINT "PairSession_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Pair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Pair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Pair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plenary" ADD CONSTRAINT "Plenary_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlenaryAttendance" ADD CONSTRAINT "PlenaryAttendance_plenaryId_fkey" FOREIGN KEY ("plenaryId") REFERENCES "Plenary"("id") ON DELETE CASCADE ON UPDATE CASCADE;
