import { randomUUID } from "node:crypto";
import type { DatabaseProvider } from "../config/database-url";
import type { JobRequest } from "../domain/jobs";
import { Prisma } from "../generated/prisma/client";
import type { Database } from "./prisma-client";

export type JobState = "pending" | "running" | "done" | "failed" | "cancelled";

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: unknown;
  /** When it is due (a job allowed to go early may be claimed before). */
  runAt: Date;
  /** Including this run. */
  attempts: number;
  maxAttempts: number;
  idempotencyKey: string;
}

export interface StoredJob extends ClaimedJob {
  state: JobState;
  runAt: Date;
  lastError: string | null;
  finishedAt: Date | null;
}

const INSERT_CHUNK = 200;

/** The job table. Claiming (and the bulk insert) are the dialect-specific statements; the rest is plain Prisma. */
export class JobRepository {
  constructor(
    private readonly db: Database,
    private readonly dialect: DatabaseProvider,
  ) {}

  /**
   * Inserts the jobs whose idempotency key is new; returns how many were created. Higher
   * `priorityOf` runs first when more is due than can be sent.
   */
  async enqueue(jobs: JobRequest[], now: Date, priorityOf: (kind: string) => number = () => 0): Promise<number> {
    const jsonb = this.dialect === "postgresql" ? Prisma.sql`::jsonb` : Prisma.empty;
    let created = 0;
    for (let start = 0; start < jobs.length; start += INSERT_CHUNK) {
      const rows = jobs
        .slice(start, start + INSERT_CHUNK)
        .map(
          (job) =>
            Prisma.sql`(${randomUUID()}, ${job.kind}, ${JSON.stringify(job.payload ?? null)}${jsonb}, ${job.runAt}, ${job.earliestAt ?? null}, ${priorityOf(job.kind)}, 'pending', 0, ${job.idempotencyKey}, ${job.maxAttempts ?? 8}, ${now}, ${now})`,
        );
      created += await this.db.$executeRaw`
        INSERT INTO "Job" ("id", "kind", "payload", "runAt", "earliestAt", "priority", "state", "attempts", "idempotencyKey", "maxAttempts", "createdAt", "updatedAt")
        VALUES ${Prisma.join(rows)}
        ON CONFLICT ("idempotencyKey") DO NOTHING`;
    }
    return created;
  }

  /**
   * Atomically takes up to `limit` jobs that are due, or whose runner's lease has expired (it
   * crashed), and leases them to `workerId`. SQLite runs one writer at a time, so a single
   * UPDATE … RETURNING can never hand a job to two processes; PostgreSQL locks the chosen rows
   * with FOR UPDATE SKIP LOCKED, so concurrent claimers take different jobs without waiting.
   * Time-bound jobs go first; with `earlyMs`, those allowed to go early (earliestAt passed) and due
   * within that much are taken too, so a wave starts before its hour instead of ending after it.
   */
  async claim(workerId: string, now: Date, leaseUntil: Date, limit: number, earlyMs = 0): Promise<ClaimedJob[]> {
    const lock = this.dialect === "postgresql" ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
    const early =
      earlyMs > 0
        ? Prisma.sql`OR ("state" = 'pending' AND "earliestAt" <= ${now} AND "runAt" <= ${new Date(now.getTime() + earlyMs)})`
        : Prisma.empty;
    const rows = await this.db.$queryRaw<RawJob[]>`
      UPDATE "Job"
         SET "state" = 'running', "lockedBy" = ${workerId}, "leaseUntil" = ${leaseUntil}, "attempts" = "attempts" + 1, "updatedAt" = ${now}
       WHERE "id" IN (
         SELECT "id" FROM "Job"
          WHERE ("state" = 'pending' AND "runAt" <= ${now})
             OR ("state" = 'running' AND "leaseUntil" < ${now})
             ${early}
          ORDER BY "priority" DESC, "runAt"
          LIMIT ${limit}
          ${lock})
      RETURNING "id", "kind", "payload", "runAt", "attempts", "maxAttempts", "idempotencyKey"`;
    return rows.map(fromRaw);
  }

  /**
   * How many pending jobs are ready within `horizon`: due already, or allowed early and due by
   * then. Divided by the send rate, it says how early a wave must start to end on time.
   */
  async backlog(now: Date, horizon: Date): Promise<number> {
    return this.db.job.count({
      where: {
        state: "pending",
        runAt: { lte: horizon },
        OR: [{ runAt: { lte: now } }, { earliestAt: { lte: now } }],
      },
    });
  }

  /**
   * The key alone keeps a finished job from running twice; what it carried (names, someone's own
   * words) is not kept past its run.
   */
  async complete(id: string, workerId: string, now: Date): Promise<void> {
    await this.db.$executeRaw`
      UPDATE "Job" SET "state" = 'done', "payload" = '{}', "finishedAt" = ${now}, "leaseUntil" = NULL, "lastError" = NULL, "updatedAt" = ${now}
       WHERE "id" = ${id} AND "lockedBy" = ${workerId} AND "state" = 'running'`;
  }

  /** Puts a job back for a later run; `countAttempt: false` for rate limits, which are not failures. */
  async retryLater(id: string, workerId: string, runAt: Date, error: string, countAttempt: boolean): Promise<void> {
    await this.db.job.updateMany({
      where: { id, lockedBy: workerId, state: "running" },
      data: {
        state: "pending",
        runAt,
        // A retry waits its turn (Retry-After, back-off): it no longer goes early.
        earliestAt: null,
        leaseUntil: null,
        lockedBy: null,
        lastError: error,
        ...(countAttempt ? {} : { attempts: { decrement: 1 } }),
      },
    });
  }

  /** Kept, with its error, for a coordinator to see; what it carried is not (see complete). */
  async fail(id: string, workerId: string, error: string, now: Date): Promise<void> {
    await this.db.job.updateMany({
      where: { id, lockedBy: workerId, state: "running" },
      data: { state: "failed", payload: {}, lastError: error, finishedAt: now, leaseUntil: null },
    });
  }

  async cancelByKeyPrefix(prefix: string, now: Date): Promise<number> {
    const result = await this.db.job.updateMany({
      where: { idempotencyKey: { startsWith: prefix }, state: "pending" },
      data: { state: "cancelled", finishedAt: now },
    });
    return result.count;
  }

  async find(idempotencyKey: string): Promise<StoredJob | null> {
    const row = await this.db.job.findUnique({ where: { idempotencyKey } });
    return row ? toStored(row) : null;
  }

  async list(filter: { state?: JobState; kind?: string } = {}, take = 100): Promise<StoredJob[]> {
    const rows = await this.db.job.findMany({ where: filter, orderBy: { runAt: "asc" }, take });
    return rows.map(toStored);
  }

  async countByState(): Promise<Record<JobState, number>> {
    const counts: Record<JobState, number> = { pending: 0, running: 0, done: 0, failed: 0, cancelled: 0 };
    const groups = await this.db.job.groupBy({ by: ["state"], _count: { _all: true } });
    for (const group of groups) counts[group.state as JobState] = group._count._all;
    return counts;
  }

  /** Finished jobs are history; keep failed ones longer for coordinators to read. */
  async purgeFinished(doneBefore: Date, failedBefore: Date): Promise<number> {
    const result = await this.db.job.deleteMany({
      where: {
        OR: [
          { state: { in: ["done", "cancelled"] }, finishedAt: { lt: doneBefore } },
          { state: "failed", finishedAt: { lt: failedBefore } },
        ],
      },
    });
    return result.count;
  }
}

interface RawJob {
  id: string;
  kind: string;
  payload: unknown;
  runAt: Date | string | number;
  attempts: number | bigint | string;
  maxAttempts: number | bigint | string;
  idempotencyKey: string;
}

function fromRaw(row: RawJob): ClaimedJob {
  return {
    id: row.id,
    kind: row.kind,
    payload: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload,
    runAt: new Date(row.runAt),
    attempts: Number(row.attempts),
    maxAttempts: Number(row.maxAttempts),
    idempotencyKey: row.idempotencyKey,
  };
}

function toStored(row: {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  idempotencyKey: string;
  state: string;
  runAt: Date;
  lastError: string | null;
  finishedAt: Date | null;
}): StoredJob {
  return {
    id: row.id,
    kind: row.kind,
    payload: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    idempotencyKey: row.idempotencyKey,
    state: row.state as JobState,
    runAt: row.runAt,
    lastError: row.lastError,
    finishedAt: row.finishedAt,
  };
}
