-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "personId" TEXT,
    "kind" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "answers" JSONB,
    "skillsBefore" JSONB,
    "skillsAfter" JSONB,
    "requestedAt" DATETIME NOT NULL,
    "remindedAt" DATETIME,
    "submittedAt" DATETIME,
    CONSTRAINT "Evaluation_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "issuedAt" DATETIME NOT NULL,
    "issuedById" TEXT,
    "override" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Certificate_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "cohortId" TEXT,
    "cohortName" TEXT NOT NULL DEFAULT '',
    "details" JSONB NOT NULL,
    "at" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Cohort" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "learningObjectives" TEXT NOT NULL DEFAULT '',
    "focusAreas" TEXT NOT NULL DEFAULT '',
    "skills" JSONB NOT NULL,
    "applicationsOpenAt" DATETIME NOT NULL,
    "applicationsCloseAt" DATETIME NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
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
    "anonymousEvaluations" BOOLEAN NOT NULL DEFAULT false,
    "finishedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Cohort" ("allowMultipleMentees", "applicationsCloseAt", "applicationsOpenAt", "attendanceThreshold", "avoidSameDepartment", "cadenceDays", "createdAt", "createdById", "endsAt", "focusAreas", "id", "isDemo", "learningObjectives", "locale", "minSessions", "mode", "name", "objective", "plenaryCount", "sessionMinutes", "skills", "slug", "sponsorRequired", "startsAt", "status", "timeZone", "updatedAt") SELECT "allowMultipleMentees", "applicationsCloseAt", "applicationsOpenAt", "attendanceThreshold", "avoidSameDepartment", "cadenceDays", "createdAt", "createdById", "endsAt", "focusAreas", "id", "isDemo", "learningObjectives", "locale", "minSessions", "mode", "name", "objective", "plenaryCount", "sessionMinutes", "skills", "slug", "sponsorRequired", "startsAt", "status", "timeZone", "updatedAt" FROM "Cohort";
DROP TABLE "Cohort";
ALTER TABLE "new_Cohort" RENAME TO "Cohort";
CREATE UNIQUE INDEX "Cohort_slug_key" ON "Cohort"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
