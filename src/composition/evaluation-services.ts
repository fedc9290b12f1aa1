import { EvaluationService } from "../domain/evaluation/evaluation-service";
import { DataRightsService } from "../domain/privacy/data-rights";
import { ReportingService } from "../domain/reporting/reporting-service";
import type { Services } from "../services";
import { PrismaEvaluationRepository } from "../storage/evaluation-repository";
import { PrismaPersonalDataRepository } from "../storage/personal-data-repository";
import { PrismaCertificateRepository, PrismaCohortActivityRepository } from "../storage/reporting-repositories";
import type { Core } from "./core-services";

/** A programme's end and people's rights: questionnaires, reports and certificates, my data and leave. */
export function buildEvaluationServices(core: Core): Pick<Services, "evaluations" | "reporting" | "dataRights"> {
  const { store, clock, transactions, jobs, people, cohortRepository, applicationRepository } = core;
  const { cohorts, applications, pairing, audit } = core;
  const evaluations: EvaluationService = new EvaluationService(
    new PrismaEvaluationRepository(store),
    {
      cohort: (id) => cohorts.findById(id),
      pairsOfCohort: (cohortId) => pairing.pairsOfCohort(cohortId),
      applicationAnswers: async (id) => (await applications.findById(id))?.answers ?? null,
    },
    jobs,
    clock,
  );
  const reporting: ReportingService = new ReportingService({
    cohortRepo: cohortRepository,
    applications,
    pairing,
    activity: new PrismaCohortActivityRepository(store),
    evaluations,
    certificates: new PrismaCertificateRepository(store),
    people,
    audit,
    jobs,
    clock,
    transactions,
  });
  const dataRights = new DataRightsService({
    repo: new PrismaPersonalDataRepository(store),
    cohortRepo: cohortRepository,
    pairing,
    applicationsOf: async (personId) =>
      (await applicationRepository.listByPerson(personId)).map((a) => ({ cohortId: a.cohortId, status: a.status })),
    people,
    jobs,
    clock,
    transactions,
  });
  return { evaluations, reporting, dataRights };
}
