-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "earliestAt" TIMESTAMP(3),
ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SendBudget" (
    "key" TEXT NOT NULL,
    "nextAtMs" BIGINT NOT NULL,

    CONSTRAINT "SendBudget_pkey" PRIMARY KEY ("key")
);
