import { z } from "zod";
import { isReadyForMatching } from "../../domain/applications/application";
import { COHORT_JOBS, type WindowJobPayload } from "../../domain/cohorts/cohort-service";
import { notifyJob } from "../../domain/jobs";
import type { Services } from "../../services";
import type { JobHandler } from "../job-worker";

const windowPayload = z.object({ cohortId: z.string().min(1), at: z.string().min(1) });

/** Applications open on their date by themselves; the coordinator who created the cohort is told. */
export function cohortWindowOpensHandler(services: Services): JobHandler<WindowJobPayload> {
  return {
    kind: COHORT_JOBS.windowOpens,
    schema: windowPayload,
    async run(payload, context) {
      const cohort = await services.cohorts.windowOpens(payload);
      if (!cohort) return;
      const notice = {
        key: "cohorts.windowOpenedNotice",
        vars: { name: cohort.name },
        dates: { closes: cohort.applicationsCloseAt.toISOString() },
      };
      await services.jobs.enqueue([
        notifyJob(cohort.createdById, notice, `${context.idempotencyKey}:notice`, context.clock.now()),
      ]);
    },
  };
}

/** Applications close on their date; the coordinator gets the count ready for matching. */
export function cohortWindowClosesHandler(services: Services): JobHandler<WindowJobPayload> {
  return {
    kind: COHORT_JOBS.windowCloses,
    schema: windowPayload,
    async run(payload, context) {
      const cohort = await services.cohorts.windowCloses(payload);
      if (!cohort) return;
      const applications = await services.applications.listByCohort(cohort.id);
      const ready = applications.filter(isReadyForMatching).length;
      const awaiting = applications.filter((a) => a.status === "awaiting_sponsor").length;
      const notice = { key: "cohorts.windowClosedNotice", vars: { name: cohort.name, ready, awaiting } };
      await services.jobs.enqueue([
        notifyJob(cohort.createdById, notice, `${context.idempotencyKey}:notice`, context.clock.now()),
      ]);
    },
  };
}
