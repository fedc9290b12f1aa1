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
  /** Waits this many `clock` milliseconds (a short Retry-After); tests with a fake clock pass a no-op. */
  sleep?: (ms: number) => Promise<void>;
}

// A Retry-After this short is waited out within the drain instead of ending it until the next tick.
const SHORT_PAUSE_MS = 5_000;

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
  /** A wave of early-allowed jobs has started: take them as fast as the budget allows until none is left. */
  private inWave = false;
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
    let waitedFor = 0;
    while (!this.stopping) {
      const now = this.options.clock.now();
      if (now.getTime() < this.pausedUntil) {
        const pause = this.pausedUntil - now.getTime();
        // Once per pause: a clock that did not move (a test's) must not keep the loop here.
        if (pause > SHORT_PAUSE_MS || waitedFor === this.pausedUntil || !this.options.sleep) break;
        waitedFor = this.pausedUntil;
        await this.options.sleep(pause);
        continue;
      }
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
      if (early.ms > 0 && claimed.some((job) => job.runAt.getTime() > now.getTime())) {
        if (!this.inWave) early = { ms: await this.earlyMs(now, true), countedAt: now.getTime() };
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
  private async earlyMs(now: Date, waveStarted = false): Promise<number> {
    const early = this.options.earlyStart;
    if (!early) return 0;
    const backlog = await this.repo.backlog(now, new Date(now.getTime() + early.windowMs));
    // Once a wave has begun it is sent through at the budget's pace (every message still within its
    // window) rather than just in time, which would leave the budget idle between due times.
    const needMs = (backlog / early.ratePerSecond) * 1_000;
    if (waveStarted) this.inWave = true;
    // The wave is over once what is left takes less than a recount's time to send.
    else if (needMs < BACKLOG_RECOUNT_MS) this.inWave = false;
    return this.inWave ? early.windowMs : Math.min(early.windowMs, needMs);
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
