/**
 * One change, one transaction: what a domain operation writes, the jobs it queues and its audit
 * row are kept together or not at all. A crash or a database outage half-way leaves things as
 * they were, so the person can simply try again (the jobs live in the same database: an outbox).
 */
export interface UnitOfWork {
  /** Runs `work` in one transaction; inside another `run` it joins that one. */
  run<T>(work: () => Promise<T>): Promise<T>;
}
