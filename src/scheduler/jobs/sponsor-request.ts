import { z } from "zod";
import { APPLICATION_JOBS, type SponsorJobPayload } from "../../domain/applications/application-service";
import { sponsorRequestView } from "../../domain/applications/sponsor-request";
import type { Deliverer } from "../../platforms/delivery";
import type { Services } from "../../services";
import { PermanentJobError, type JobHandler } from "../job-worker";

const sponsorPayload = z.object({ applicationId: z.string().min(1), requestedAt: z.string().min(1) });

async function sendRequest(
  services: Services,
  deliverer: Deliverer,
  payload: SponsorJobPayload,
  reminder: boolean,
  key: string,
): Promise<boolean> {
  const application = reminder
    ? await services.applications.sponsorReminderDue(payload)
    : await services.applications.sponsorRequestDue(payload);
  // Answered, withdrawn or superseded by a newer request since this job was planned: nothing to send.
  if (!application?.sponsorPersonId) return false;
  const [sponsor, applicant, cohort] = await Promise.all([
    services.people.findById(application.sponsorPersonId),
    services.people.findById(application.personId),
    services.cohorts.findById(application.cohortId),
  ]);
  if (!sponsor || !applicant || !cohort)
    throw new PermanentJobError(`The sponsor, applicant or cohort of application ${application.id} is gone`);
  await deliverer.toPerson(
    sponsor,
    { kind: "sponsor-request", request: sponsorRequestView(application, cohort, applicant, reminder) },
    key,
  );
  return true;
}

/** The manager named in an application gets a DM with Sponsor / Decline. */
export function sponsorRequestHandler(services: Services, deliverer: Deliverer): JobHandler<SponsorJobPayload> {
  return {
    kind: APPLICATION_JOBS.sponsorRequest,
    schema: sponsorPayload,
    async run(payload, context) {
      await sendRequest(services, deliverer, payload, false, context.idempotencyKey);
    },
  };
}

/** Three working days without an answer: one reminder; coordinators then see it in `applicants`. */
export function sponsorReminderHandler(services: Services, deliverer: Deliverer): JobHandler<SponsorJobPayload> {
  return {
    kind: APPLICATION_JOBS.sponsorReminder,
    schema: sponsorPayload,
    async run(payload, context) {
      if (await sendRequest(services, deliverer, payload, true, context.idempotencyKey))
        await services.applications.markReminded(payload.applicationId);
    },
  };
}
