import type { Config } from "../config/env";
import { ApplicationService, type ApplicationRepository } from "../domain/applications/application-service";
import type { Clock } from "../domain/clock";
import { CohortService, type CohortRepository } from "../domain/cohorts/cohort-service";
import type { JobQueue } from "../domain/jobs";
import { PairingService } from "../domain/pairing/pairing-service";
import { PeopleService, type PeopleRepository } from "../domain/people";
import { AuditLog } from "../domain/reporting/audit";
import type { UnitOfWork } from "../domain/unit-of-work";
import { DurableJobQueue } from "../scheduler/job-queue";
import { PrismaApplicationRepository } from "../storage/application-repository";
import { CachedPeopleRepository } from "../storage/cached-people-repository";
import { PrismaCohortRepository } from "../storage/cohort-repository";
import { JobRepository } from "../storage/job-repository";
import { PrismaPairingRepository } from "../storage/pairing-repository";
import { PrismaPeopleRepository } from "../storage/people-repository";
import type { Database } from "../storage/prisma-client";
import { PrismaAuditRepository } from "../storage/reporting-repositories";
import { PrismaUnitOfWork } from "../storage/unit-of-work";

const DAY = 24 * 60 * 60_000;

/** What every other service builds on: the job queue, people, cohorts, applications, pairs, the audit log. */
export interface Core {
  clock: Clock;
  /** The client repositories use: inside a unit of work, that work's transaction. */
  store: Database;
  transactions: UnitOfWork;
  jobRepository: JobRepository;
  jobs: JobQueue;
  peopleRepository: PeopleRepository;
  people: PeopleService;
  cohortRepository: CohortRepository;
  applicationRepository: ApplicationRepository;
  cohorts: CohortService;
  applications: ApplicationService;
  pairing: PairingService;
  audit: AuditLog;
}

/** `onJobsCommitted` runs once the work that queued jobs has committed (at once outside a unit of work). */
export function buildCore(config: Config, clock: Clock, db: Database, onJobsCommitted: () => void): Core {
  // Repositories get `store`: inside a unit of work it is that work's transaction.
  const transactions = new PrismaUnitOfWork(db);
  const store = transactions.client;
  const jobRepository = new JobRepository(store, config.database.provider);
  // Woken only once the jobs are committed: before that the worker would not see them.
  const jobs = new DurableJobQueue(jobRepository, clock, () => transactions.afterCommit(onJobsCommitted));
  const peopleRepository = new CachedPeopleRepository(new PrismaPeopleRepository(store));
  const people = new PeopleService(
    peopleRepository,
    clock,
    {
      configuredCoordinators: config.coordinators,
      defaultLocale: config.defaults.locale,
      defaultTimeZone: config.defaults.timeZone,
      profileMaxAgeMs: DAY,
    },
    jobs,
  );
  const cohortRepository = new PrismaCohortRepository(store);
  const applicationRepository = new PrismaApplicationRepository(store);
  const cohorts: CohortService = new CohortService(
    cohortRepository,
    jobs,
    clock,
    transactions,
    async (cohortId) => (await pairing.pairsOfCohort(cohortId)).length > 0,
  );
  const audit = new AuditLog(new PrismaAuditRepository(store), clock);
  const applications = new ApplicationService(applicationRepository, cohorts, people, jobs, clock, transactions, audit);
  const pairing: PairingService = new PairingService(
    new PrismaPairingRepository(store),
    applications,
    people,
    jobs,
    clock,
    transactions,
    { audit },
  );
  return {
    clock,
    store,
    transactions,
    jobRepository,
    jobs,
    peopleRepository,
    people,
    cohortRepository,
    applicationRepository,
    cohorts,
    applications,
    pairing,
    audit,
  };
}
