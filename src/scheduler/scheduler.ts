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
 * The process's timers: a tick every few seconds that drains due jobs, and node-cron's hourly
 * housekeeping. Everything scheduled lives in the job table, so a restart loses nothing.
 *
 * The tick is one timer re-armed after each run rather than a per-second cron expression: after a
 * suspend, a VM pause or an NTP step, a cron schedule replays every slot it missed (a day asleep at
 * one second is 86,400 slots, each with a warning), while here the next tick simply sees the gap,
 * says so in one line and runs the due work once.
 */
export class Scheduler {
  private housekeepingTask: ScheduledTask | undefined;
  private timer: NodeJS.Timeout | undefined;
  private kicked: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastBeat: number | undefined;
  private lastHousekeeping = 0;
  private stopped = false;

  constructor(
    private readonly worker: JobWorker,
    private readonly jobs: JobRepository,
    private readonly events: ProcessedEventRepository,
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    this.lastBeat = this.options.clock.now().getTime();
    this.arm();
    // Housekeeping's hour needs no precision: a missed one is not replayed, and the tick covers it too.
    this.housekeepingTask = cron.schedule("0 * * * *", () => this.housekeepingDue(), {
      name: "tandem-housekeeping",
      noOverlap: true,
      suppressMissedWarning: true,
    });
  }

  /** One tick: run what is due, then tidy up at most once an hour. Never throws; never two at once. */
  tick(): Promise<void> {
    this.running ??= this.runTick().finally(() => {
      this.running = undefined;
    });
    return this.running;
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
    if (this.timer) clearTimeout(this.timer);
    await this.housekeepingTask?.stop();
    await this.housekeepingTask?.destroy();
    await this.running;
    await this.worker.stop();
  }

  private arm(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.beat(), this.options.tickSeconds * 1_000);
  }

  /** The timer fired: note a clock jump if there was one, run the tick, and arm the next. */
  private async beat(): Promise<void> {
    const now = this.options.clock.now().getTime();
    const expected = this.options.tickSeconds * 1_000;
    const gap = this.lastBeat === undefined ? 0 : now - this.lastBeat - expected;
    if (gap > Math.max(2 * expected, 30_000)) {
      this.options.logger.warn(
        { gapSeconds: Math.round(gap / 1_000) },
        `the clock jumped ${describeGap(gap)} since the last tick (suspend, VM pause or clock change): running what became due, once`,
      );
    }
    this.lastBeat = now;
    await this.tick();
    this.arm();
  }

  private async runTick(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.worker.drain();
      await this.housekeepingDue();
    } catch (error) {
      this.options.logger.error({ err: error }, "scheduler tick failed; the next tick tries again");
    }
  }

  private async housekeepingDue(): Promise<void> {
    const now = this.options.clock.now().getTime();
    if (now - this.lastHousekeeping < HOUR) return;
    this.lastHousekeeping = now;
    try {
      await this.housekeeping(new Date(now));
    } catch (error) {
      this.options.logger.error({ err: error }, "housekeeping failed; it runs again within the hour");
    }
  }

  private async housekeeping(now: Date): Promise<void> {
    const events = await this.events.purgeBefore(new Date(now.getTime() - 2 * DAY));
    const jobs = await this.jobs.purgeFinished(new Date(now.getTime() - 30 * DAY), new Date(now.getTime() - 180 * DAY));
    if (events + jobs > 0) this.options.logger.info({ events, jobs }, "housekeeping removed old records");
  }
}

function describeGap(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${Math.max(1, minutes)} min`;
  const hours = Math.round(ms / HOUR);
  return hours < 48 ? `${hours} h` : `${Math.round(ms / DAY)} days`;
}
