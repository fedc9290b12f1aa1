import cron, { type ScheduledTask } from "node-cron";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { JobRepository } from "../storage/job-repository";
import type { ProcessedEventRepository } from "../storage/processed-event-repository";
import type { JobWorker } from "./job-worker";

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

export interface SchedulerOptions {
  tickSeconds: number;
  clock: Clock;
  logger: Logger;
}

/**
 * The process's only timer: a node-cron tick that drains due jobs, plus hourly housekeeping.
 * Everything scheduled lives in the job table, so a restart loses nothing.
 */
export class Scheduler {
  private task: ScheduledTask | undefined;
  private lastHousekeeping = 0;
  private kicked: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly worker: JobWorker,
    private readonly jobs: JobRepository,
    private readonly events: ProcessedEventRepository,
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    const every = this.options.tickSeconds;
    this.task = cron.schedule(`*/${every} * * * * *`, () => this.tick(), { name: "tandem-jobs", noOverlap: true });
  }

  /** One tick: run what is due, then tidy up at most once an hour. Never throws. */
  async tick(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.worker.drain();
      const now = this.options.clock.now().getTime();
      if (now - this.lastHousekeeping >= HOUR) {
        this.lastHousekeeping = now;
        await this.housekeeping(new Date(now));
      }
    } catch (error) {
      this.options.logger.error({ err: error }, "scheduler tick failed; the next tick tries again");
    }
  }

  /** Run due jobs soon, without waiting for the next tick (after enqueuing work for now). */
  kick(): void {
    if (this.stopped || this.kicked) return;
    this.kicked = setTimeout(() => {
      this.kicked = undefined;
      void this.tick();
    }, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.kicked) clearTimeout(this.kicked);
    await this.task?.stop();
    await this.task?.destroy();
    await this.worker.stop();
  }

  private async housekeeping(now: Date): Promise<void> {
    const events = await this.events.purgeBefore(new Date(now.getTime() - 2 * DAY));
    const jobs = await this.jobs.purgeFinished(new Date(now.getTime() - 30 * DAY), new Date(now.getTime() - 180 * DAY));
    if (events + jobs > 0) this.options.logger.info({ events, jobs }, "housekeeping removed old records");
  }
}
