import { EVALUATION_JOBS, type OpenRoundPayload } from "../evaluation/evaluation-service";
import { autoFinishAt, roundOpensAt } from "../evaluation/rounds";
import type { JobRequest } from "../jobs";
import { type FinishPayload, REPORTING_JOBS } from "../reporting/reporting-service";
import type { Cohort } from "./cohort";

/**
 * What a running cohort's dates set going: the mid-programme pulse and the final questionnaire, and
 * the automatic close a week after the end. Queued when the pairs are approved, and again when a
 * running cohort's dates change (older jobs check the dates they were made for and do nothing).
 * A demo cohort messages nobody, so it sets nothing going.
 */
export function programmeJobs(cohort: Cohort): JobRequest[] {
  if (cohort.isDemo || cohort.finishedAt) return [];
  return [...evaluationRoundJobs(cohort), cohortFinishJob(cohort)];
}

export function evaluationRoundJobs(cohort: Cohort): JobRequest[] {
  return (["pulse", "final"] as const).map((kind) => {
    const at = roundOpensAt(cohort, kind).toISOString();
    const payload: OpenRoundPayload = { cohortId: cohort.id, kind, at };
    return {
      kind: EVALUATION_JOBS.open,
      payload,
      runAt: new Date(at),
      idempotencyKey: `evaluation:open:${cohort.id}:${kind}:${at}`,
    };
  });
}

/** The automatic close a week after the programme ends. */
export function cohortFinishJob(cohort: Cohort): JobRequest {
  const at = autoFinishAt(cohort).toISOString();
  const payload: FinishPayload = { cohortId: cohort.id, at };
  return {
    kind: REPORTING_JOBS.finish,
    payload,
    runAt: new Date(at),
    idempotencyKey: `cohort:finish:${cohort.id}:${at}`,
  };
}
