import type { Clock } from "../domain/clock";
import type { JobQueue, JobRequest } from "../domain/jobs";
import { TIMED_JOB_KINDS } from "../domain/meetings/timed-jobs";
import type { JobRepository } from "../storage/job-repository";

/** The domain's JobQueue: stores jobs durably, and wakes the scheduler when some are due now. */
export class DurableJobQueue implements JobQueue {
  constructor(
    private readonly repo: JobRepository,
    private readonly clock: Clock,
    private readonly wake: () => void = () => undefined,
  ) {}

  async enqueue(jobs: JobRequest[]): Promise<number> {
    if (jobs.length === 0) return 0;
    const now = this.clock.now();
    const created = await this.repo.enqueue(jobs, now, (kind) => (TIMED_JOB_KINDS.has(kind) ? 1 : 0));
    if (jobs.some((job) => job.runAt.getTime() <= now.getTime())) this.wake();
    return created;
  }
}
