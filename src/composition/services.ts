import type { Config } from "../config/env";
import type { Clock } from "../domain/clock";
import { DemoCohortService } from "../domain/cohorts/demo-cohort";
import { GoalService } from "../domain/meetings/goal-service";
import { PlenaryService } from "../domain/meetings/plenary-service";
import type { Logger } from "../logger";
import type { Services } from "../services";
import { ConversationRefRepository } from "../storage/conversation-ref-repository";
import { DeliveryRepository } from "../storage/delivery-repository";
import { PrismaGoalRepository } from "../storage/goal-repository";
import { PrismaPlenaryRepository } from "../storage/plenary-repository";
import type { Database } from "../storage/prisma-client";
import { ProcessedEventRepository } from "../storage/processed-event-repository";
import { buildCore } from "./core-services";
import { buildEvaluationServices } from "./evaluation-services";
import { buildMeetingServices } from "./meeting-services";

export interface ServicesInput {
  config: Config;
  clock: Clock;
  logger: Logger;
  db: Database;
  /** Called once the work that queued jobs has committed: the scheduler then looks for them at once. */
  onJobsCommitted: () => void;
}

export interface BuiltServices {
  services: Services;
  /** The client repositories use: inside a unit of work, that work's transaction. */
  store: Database;
}

/** The repositories and the domain services on them, each given what it depends on. */
export function buildServices({ config, clock, logger, db, onJobsCommitted }: ServicesInput): BuiltServices {
  const core = buildCore(config, clock, db, onJobsCommitted);
  const { store, transactions, jobs, jobRepository, people, cohorts, applications, pairing, audit } = core;
  const { peopleRepository, cohortRepository, applicationRepository } = core;
  const services: Services = {
    config,
    clock,
    logger,
    db,
    people,
    cohorts,
    applications,
    pairing,
    ...buildMeetingServices(core),
    demo: new DemoCohortService(
      cohorts,
      cohortRepository,
      applicationRepository,
      peopleRepository,
      clock,
      transactions,
    ),
    goals: new GoalService(new PrismaGoalRepository(store), pairing, clock),
    plenaries: new PlenaryService(
      new PrismaPlenaryRepository(store),
      {
        findCohort: (id) => cohorts.findById(id),
        audit,
        pairsOfCohort: (cohortId) => pairing.pairsOfCohort(cohortId),
        findApplication: (id) => applications.findById(id),
        findPerson: (id) => people.findById(id),
      },
      jobs,
      clock,
      transactions,
    ),
    ...buildEvaluationServices(core),
    audit,
    jobs,
    jobRepository,
    deliveries: new DeliveryRepository(store),
    processedEvents: new ProcessedEventRepository(store),
    conversationRefs: new ConversationRefRepository(store),
  };

  return { services, store };
}
