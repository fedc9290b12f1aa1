import { z } from "zod";
import { EVALUATION_JOBS, type AskPayload, type OpenRoundPayload } from "../../domain/evaluation/evaluation-service";
import {
  REPORTING_JOBS,
  type CertificateJobPayload,
  type CoordinatorNudgePayload,
  type FinishPayload,
} from "../../domain/reporting/reporting-service";
import { certificateFile } from "../../documents/certificate-file";
import type { Deliverer } from "../../platforms/delivery";
import type { Services } from "../../services";
import { missingRequirementsText } from "../../i18n/certificate-text";
import type { JobHandler } from "../job-worker";

const openPayload = z.object({ cohortId: z.string().min(1), kind: z.enum(["pulse", "final"]), at: z.string().min(1) });
const askPayload = z.object({ evaluationId: z.string().min(1), step: z.number().int().min(0) });
const finishPayload = z.object({ cohortId: z.string().min(1), at: z.string().min(1) });
const certificatePayload = z.object({
  cohortId: z.string().min(1),
  personId: z.string().min(1),
  version: z.number().int().positive().optional(),
});

/** Half-way (pulse) and a week before the end (final): each participant's questionnaire is created and asked. */
export function evaluationOpenHandler(services: Services): JobHandler<OpenRoundPayload> {
  return {
    kind: EVALUATION_JOBS.open,
    schema: openPayload,
    async run(payload) {
      await services.evaluations.openRound(payload);
    },
  };
}

/** The request, then a reminder every three days, until answered or closed. */
export function evaluationAskHandler(services: Services, deliverer: Deliverer): JobHandler<AskPayload> {
  return {
    kind: EVALUATION_JOBS.ask,
    schema: askPayload,
    async run(payload, context) {
      const due = await services.evaluations.askDue(payload);
      if (!due?.evaluation.personId) return;
      const person = await services.people.findById(due.evaluation.personId);
      if (!person) return;
      const evaluation = {
        evaluationId: due.evaluation.id,
        cohortName: due.cohort.name,
        kind: due.evaluation.kind,
        closesAt: due.closesAt.toISOString(),
        reminder: payload.step > 0,
        answered: false,
      };
      await deliverer.toPerson(person, { kind: "evaluation", evaluation }, context.idempotencyKey);
    },
  };
}

/** A week after the programme's end, if no coordinator closed it already. */
export function cohortFinishHandler(services: Services): JobHandler<FinishPayload> {
  return {
    kind: REPORTING_JOBS.finish,
    schema: finishPayload,
    async run(payload) {
      await services.reporting.finishDue(payload);
    },
  };
}

/** On closing: the certificate as a PDF in the person's language, or kind words on what was missing. */
export function certificateHandler(services: Services, deliverer: Deliverer): JobHandler<CertificateJobPayload> {
  return {
    kind: REPORTING_JOBS.certificate,
    schema: certificatePayload,
    async run(payload, context) {
      const decision = await services.reporting.certificateDue(payload);
      if (!decision.ok) return;
      const { cohort, person, progress, missing, certificate } = decision;
      if (certificate) {
        const document = await certificateFile(
          services,
          { cohort, person, progress, certificate },
          certificate.version > 1
            ? { key: "certificates.reissuedSent", vars: { cohort: cohort.name, version: certificate.version } }
            : { key: "certificates.sent", vars: { cohort: cohort.name } },
        );
        const source = {
          kind: "certificate" as const,
          cohortId: cohort.id,
          personId: person.id,
          version: certificate.version,
        };
        await deliverer.toPerson(
          person,
          { kind: "document", document: { ...document, source } },
          context.idempotencyKey,
        );
        return;
      }
      const locale = services.people.localeOf(person);
      const notice = {
        key: "certificates.shortfall",
        vars: { cohort: cohort.name, missing: missingRequirementsText(progress, missing, locale) },
      };
      await deliverer.toPerson(person, { kind: "notice", notice }, context.idempotencyKey);
    },
  };
}

const nudgePayload = z.object({
  pairId: z.string().min(1),
  personId: z.string().min(1),
  coordinatorId: z.string().min(1),
});

/** A coordinator's nudge from the cohort status: each partner asked how it goes, with Plan a session. */
export function coordinatorNudgeHandler(services: Services, deliverer: Deliverer): JobHandler<CoordinatorNudgePayload> {
  return {
    kind: REPORTING_JOBS.nudge,
    schema: nudgePayload,
    async run(payload, context) {
      const due = await services.reporting.nudgeFor(payload);
      if (!due) return;
      await deliverer.toPerson(due.person, { kind: "coordinator-nudge", nudge: due.nudge }, context.idempotencyKey);
    },
  };
}
