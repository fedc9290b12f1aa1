/** Work to run later, or now but durably (it survives a crash and runs once). See src/scheduler. */
export interface JobRequest {
  kind: string;
  payload: unknown;
  runAt: Date;
  /** Enqueuing the same key twice creates one job; the key also names what the job sends. */
  idempotencyKey: string;
  maxAttempts?: number;
  /**
   * A time-bound message that may go out this early, when a wave of them (thousands of reminders
   * due in one hour) would otherwise queue late behind the platform's rate limit.
   */
  earliestAt?: Date;
}

export interface JobQueue {
  /** Returns how many new jobs were created (duplicates by key are ignored). */
  enqueue(jobs: JobRequest[]): Promise<number>;
}

/** A message for one person, written as a catalogue key and rendered in their language when sent. */
export interface Notice {
  key: string;
  vars?: Record<string, string | number>;
  /** Instants (ISO) shown as dates in the reader's own language and time zone. */
  dates?: Record<string, string>;
  /** Instants (ISO) shown as date and time of day in the reader's language and time zone. */
  times?: Record<string, string>;
}

/** Job kinds the domain asks for; their handlers live in src/scheduler/jobs. */
export const JOB_KINDS = {
  notify: "notify",
} as const;

export interface NotifyPayload {
  personId: string;
  notice: Notice;
}

export function notifyJob(personId: string, notice: Notice, idempotencyKey: string, runAt: Date): JobRequest {
  const payload: NotifyPayload = { personId, notice };
  return { kind: JOB_KINDS.notify, payload, runAt, idempotencyKey };
}
