import type { EvaluationService } from "./domain/evaluation/evaluation-service";
import type { DataRightsService } from "./domain/privacy/data-rights";
import type { AuditLog } from "./domain/reporting/audit";
import type { ReportingService } from "./domain/reporting/reporting-service";
import type { Config } from "./config/env";
import type { ApplicationService } from "./domain/applications/application-service";
import type { Clock } from "./domain/clock";
import type { DemoCohortService } from "./domain/cohorts/demo-cohort";
import type { GoalService } from "./domain/meetings/goal-service";
import type { MeetingService } from "./domain/meetings/meeting-service";
import type { PlenaryService } from "./domain/meetings/plenary-service";
import type { CohortService } from "./domain/cohorts/cohort-service";
import type { JobQueue } from "./domain/jobs";
import type { PairingService } from "./domain/pairing/pairing-service";
import type { PeopleService } from "./domain/people";
import type { Logger } from "./logger";
import type { DeliveryRepository } from "./storage/delivery-repository";
import type { JobRepository } from "./storage/job-repository";
import type { Database } from "./storage/prisma-client";
import type { ProcessedEventRepository } from "./storage/processed-event-repository";
import type { ConversationRefRepository } from "./storage/conversation-ref-repository";

/** What platform handlers and job handlers may use: domain services and the stores behind them. */
export interface Services {
  config: Config;
  clock: Clock;
  logger: Logger;
  db: Database;
  people: PeopleService;
  cohorts: CohortService;
  applications: ApplicationService;
  pairing: PairingService;
  demo: DemoCohortService;
  goals: GoalService;
  meetings: MeetingService;
  plenaries: PlenaryService;
  evaluations: EvaluationService;
  reporting: ReportingService;
  dataRights: DataRightsService;
  audit: AuditLog;
  jobs: JobQueue;
  jobRepository: JobRepository;
  deliveries: DeliveryRepository;
  processedEvents: ProcessedEventRepository;
  conversationRefs: ConversationRefRepository;
}
