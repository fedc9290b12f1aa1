-- CreateTable
CREATE TABLE "SendBudget" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "nextAtMs" BIGINT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "runAt" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 8,
    "idempotencyKey" TEXT NOT NULL,
    "lockedBy" TEXT,
    "leaseUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "earliestAt" DATETIME
);
INSERT INTO "new_Job" ("attempts", "createdAt", "finishedAt", "id", "idempotencyKey", "kind", "lastError", "leaseUntil", "lockedBy", "maxAttempts", "payload", "runAt", "state", "updatedAt") SELECT "attempts", "createdAt", "finishedAt", "id", "idempotencyKey", "kind", "lastError", "leaseUntil", "lockedBy", "maxAttempts", "payload", "runAt", "state", "updatedAt" FROM "Job";
DROP TABLE "Job";
ALTER TABLE "new_Job" RENAME TO "Job";
CREATE UNIQUE INDEX "Job_idempotencyKey_key" ON "Job"("idempotencyKey");
CREATE INDEX "Job_state_runAt_idx" ON "Job"("state", "runAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
