import type { z } from "zod";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { ClaimedJob, JobRepository } from "../storage/job-repository";

/** How a failed run should be treated; platforms classify their own errors (see classifySendError). */
export type Failure = { kind: "rate-limited"; retryAfterMs: number } | { kind: "transient" } | { kind: "permanent" };

export type ErrorClassifier = (error: unknown) => Failure | undefined;

export interface JobContext {
  jobId: string;
  idempotencyKey: string;
  attempt: number;
  clock: Clock;
  logger: Logger;
}

export interface JobHandler<Payload = unknown> {
  kind: string;
  schema: z.ZodType<Payload>;
  run(payload: Payload, context: JobContext): Promise<void>;
}

/** A failure the handler knows cannot succeed on retry (a person who left, a deleted channel). */
export class PermanentJobError extends Error {
  override name = "PermanentJobError";
}

export interface WorkerOptions {
  workerId: string;
  clock: Clock;
  logger: Logger;
  concurrency: number;
  leaseMs: number;
  classifiers: ErrorClassifier[];
  /** First retry delay; doubles each attempt up to maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /**
   * Lets jobs allowed to go early (a reminder's hour before) start as early as the backlog needs at
   * `ratePerSecond`, at most `windowMs` before they are due, so a wave ends on time.
   */
  earlyStart?: { windowMs: number; ratePerSecond: number };
}

// How often a long drain re-counts the backlog to decide how early to start.
const BACKLOG_RECOUNT_MS = 30_000;

export interface DrainResult {
  done: number;
  retried: number;
  failed: number;
  rateLimited: number;
}

/**
 * Claims due jobs and runs them, up to `concurrency` at a time, until none is due. A rate limit
 * (429 with Retry-After) pauses the whole worker, since the next send would hit the same limit.
 */
export class JobWorker {
  // biome-ignore lint/suspicious/noExplicitAny: a registry of handlers whose payload types differ by kind
  private readonly handlers = new Map<string, JobHandler<any>>();
  private pausedUntil = 0;
  private stopping = false;
  private current: Promise<DrainResult> | undefined;

  constructor(
    private readonly repo: JobRepository,
    // biome-ignore lint/suspicious/noExplicitAny: see `handlers`
    handlers: JobHandler<any>[],
    private readonly options: WorkerOptions,
  ) {
    for (const handler of handlers) this.handlers.set(handler.kind, handler);
  }

  /** Runs until nothing is due; calls while a drain is under way join it. */
  drain(): Promise<DrainResult> {
    if (!this.current) {
      this.current = this.drainOnce().finally(() => {
        this.current = undefined;
      });
    }
    return this.current;
  }

  /** Stops claiming and waits for the jobs already running. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.current;
  }

  private async drainOnce(): Promise<DrainResult> {
    const result: DrainResult = { done: 0, retried: 0, failed: 0, rateLimited: 0 };
    const running = new Set<Promise<void>>();
    const { concurrency } = this.options;
    let early = { ms: 0, countedAt: Number.NEGATIVE_INFINITY };
    while (!this.stopping) {
      const now = this.options.clock.now();
      if (now.getTime() < this.pausedUntil) break;
      if (now.getTime() - early.countedAt >= BACKLOG_RECOUNT_MS)
        early = { ms: await this.earlyMs(now), countedAt: now.getTime() };
      const free = concurrency - running.size;
      let claimed: ClaimedJob[] = [];
      if (free > 0) {
        claimed = await this.repo.claim(
          this.options.workerId,
          now,
          new Date(now.getTime() + this.options.leaseMs),
          free,
          early.ms,
        );
      }
      for (const job of claimed) {
        const run = this.runOne(job, result).finally(() => running.delete(run));
        running.add(run);
      }
      if (running.size === 0) break;
      if (claimed.length === 0 || running.size >= concurrency) await Promise.race(running);
    }
    await Promise.all(running);
    return result;
  }

  /**
   * How far ahead to take early-allowed jobs: the time the backlog of the coming window needs at
   * the send rate (20,000 reminders at 5/s: 67 min, so a 60-minute window starts at once; ten
   * reminders: two seconds, so they go at their time).
   */
  private async earlyMs(now: Date): Promise<number> {
    const early = this.options.earlyStart;
    if (!early) return 0;
    const backlog = await this.repo.backlog(now, new Date(now.getTime() + early.windowMs));
    return Math.min(early.windowMs, (backlog / early.ratePerSecond) * 1_000);
  }

  private async runOne(job: ClaimedJob, result: DrainResult): Promise<void> {
    const { clock, logger, workerId } = this.options;
    const log = logger.child({ job: job.id, kind: job.kind, attempt: job.attempts });
    const handler = this.handlers.get(job.kind);
    if (!handler) {
      result.failed++;
      await this.repo.fail(job.id, workerId, `No handler for job kind "${job.kind}"`, clock.now());
      log.error("job failed: no handler for its kind");
      return;
    }
    if (job.attempts > job.maxAttempts) {
      // Its earlier runners died holding it (the lease expired each time): give up rather than loop.
      result.failed++;
      await this.repo.fail(job.id, workerId, `Gave up after ${job.maxAttempts} attempts`, clock.now());
      log.error("job failed: too many attempts");
      return;
    }
    const payload = handler.schema.safeParse(job.payload);
    if (!payload.success) {
      result.failed++;
      await this.repo.fail(job.id, workerId, `Invalid payload: ${payload.error.message}`, clock.now());
      log.error({ issues: payload.error.issues }, "job failed: invalid payload");
      return;
    }
    try {
      await handler.run(payload.data, {
        jobId: job.id,
        idempotencyKey: job.idempotencyKey,
        attempt: job.attempts,
        clock,
        logger: log,
      });
      await this.repo.complete(job.id, workerId, clock.now());
      result.done++;
    } catch (error) {
      await this.handleFailure(job, error, result, log);
    }
  }

  private async handleFailure(job: ClaimedJob, error: unknown, result: DrainResult, log: Logger): Promise<void> {
    const { clock, workerId } = this.options;
    const now = clock.now();
    const message = describe(error);
    const failure = this.classify(error);
    if (failure.kind === "rate-limited") {
      result.rateLimited++;
      this.pausedUntil = Math.max(this.pausedUntil, now.getTime() + failure.retryAfterMs);
      await this.repo.retryLater(job.id, workerId, new Date(now.getTime() + failure.retryAfterMs), message, false);
      log.warn({ retryAfterMs: failure.retryAfterMs }, "rate limited; the job waits for Retry-After");
      return;
    }
    if (failure.kind === "permanent" || job.attempts >= job.maxAttempts) {
      result.failed++;
      await this.repo.fail(job.id, workerId, message, now);
      log.error({ err: error }, "job failed for good");
      return;
    }
    result.retried++;
    const base = this.options.baseBackoffMs ?? 5_000;
    const cap = this.options.maxBackoffMs ?? 15 * 60_000;
    const delay = Math.min(cap, base * 2 ** (job.attempts - 1));
    const jittered = Math.round(delay * (0.8 + Math.random() * 0.4));
    await this.repo.retryLater(job.id, workerId, new Date(now.getTime() + jittered), message, true);
    log.warn({ err: error, retryInMs: jittered }, "job failed; it will be retried");
  }

  private classify(error: unknown): Failure {
    if (error instanceof PermanentJobError) return { kind: "permanent" };
    for (const classify of this.options.classifiers) {
      const failure = classify(error);
      if (failure) return failure;
    }
    return { kind: "transient" };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 2_000);
  return String(error).slice(0, 2_000);
}
