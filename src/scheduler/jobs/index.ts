import type { Deliverer } from "../../platforms/delivery";
import type { Services } from "../../services";
import type { JobHandler } from "../job-worker";
import { cohortWindowClosesHandler, cohortWindowOpensHandler } from "./cohort-window";
import {
  certificateHandler,
  cohortFinishHandler,
  coordinatorNudgeHandler,
  evaluationAskHandler,
  evaluationOpenHandler,
} from "./evaluation";
import { introducePairHandler } from "./introduce-pair";
import { notifyHandler } from "./notify";
import { plenaryCheckInHandler, plenaryNoticesHandler, plenaryReminderHandler } from "./plenaries";
import {
  checkInHandler,
  nudgeHandler,
  sessionInviteHandler,
  sessionProposedHandler,
  sessionReminderHandler,
} from "./rhythm";
import { sponsorReminderHandler, sponsorRequestHandler } from "./sponsor-request";

/** Every job kind the worker can run. */
// biome-ignore lint/suspicious/noExplicitAny: each kind has its own payload type
export function jobHandlers(services: Services, deliverer: Deliverer): JobHandler<any>[] {
  return [
    notifyHandler(services, deliverer),
    cohortWindowOpensHandler(services),
    cohortWindowClosesHandler(services),
    sponsorRequestHandler(services, deliverer),
    sponsorReminderHandler(services, deliverer),
    introducePairHandler(services, deliverer),
    sessionProposedHandler(services, deliverer),
    sessionReminderHandler(services, deliverer),
    sessionInviteHandler(services, deliverer),
    checkInHandler(services, deliverer),
    nudgeHandler(services, deliverer),
    plenaryNoticesHandler(services),
    plenaryReminderHandler(services, deliverer),
    plenaryCheckInHandler(services, deliverer),
    evaluationOpenHandler(services),
    evaluationAskHandler(services, deliverer),
    cohortFinishHandler(services),
    certificateHandler(services, deliverer),
    coordinatorNudgeHandler(services, deliverer),
  ];
}
