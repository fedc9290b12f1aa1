-- CreateTable
CREATE TABLE "Cohort" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "learningObjectives" TEXT NOT NULL DEFAULT '',
    "focusAreas" TEXT NOT NULL DEFAULT '',
    "skills" JSONB NOT NULL,
    "applicationsOpenAt" TIMESTAMP(3) NOT NULL,
    "applicationsCloseAt" TIMESTAMP(3) NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "cadenceDays" INTEGER NOT NULL DEFAULT 14,
    "minSessions" INTEGER NOT NULL DEFAULT 4,
    "sessionMinutes" INTEGER NOT NULL DEFAULT 60,
    "plenaryCount" INTEGER NOT NULL DEFAULT 7,
    "attendanceThreshold" INTEGER NOT NULL DEFAULT 85,
    "sponsorRequired" BOOLEAN NOT NULL DEFAULT true,
    "timeZone" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'reverse',
    "allowMultipleMentees" BOOLEAN NOT NULL DEFAULT false,
    "avoidSameDepartment" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "answers" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "sponsorPersonId" TEXT,
    "sponsorRequestedAt" TIMESTAMP(3),
    "sponsorRemindedAt" TIMESTAMP(3),
    "sponsorDecidedAt" TIMESTAMP(3),
    "sponsorReason" TEXT,
    "overriddenById" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_slug_key" ON "Cohort"("slug");

-- CreateIndex
CREATE INDEX "Application_cohortId_status_idx" ON "Application"("cohortId", "status");

-- CreateIndex
CREATE INDEX "Application_sponsorPersonId_idx" ON "Application"("sponsorPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_cohortId_personId_key" ON "Application"("cohortId", "personId");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;
