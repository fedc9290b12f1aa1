import { ActionItemService } from "../domain/meetings/action-item-service";
import type { MeetingContext } from "../domain/meetings/meetings";
import { RhythmService } from "../domain/meetings/rhythm-service";
import { SessionService } from "../domain/meetings/session-service";
import type { Services } from "../services";
import { PrismaMeetingRepository } from "../storage/meeting-repository";
import type { Core } from "./core-services";

/**
 * A pair's meetings on one repository. Sessions use the rhythm (a log settles the check-in, a
 * proposal can answer it) and the action items (a log writes them); neither uses sessions.
 */
export function buildMeetingServices(core: Core): Pick<Services, "sessions" | "rhythm" | "actionItems"> {
  const { store, clock, transactions, jobs, people, cohorts, applications, pairing } = core;
  const repo = new PrismaMeetingRepository(store);
  const domain: MeetingContext = {
    findPair: (id) => pairing.findPair(id),
    currentPairsOf: (personId) => pairing.currentPairsOf(personId),
    findCohort: (id) => cohorts.findById(id),
    findApplication: (id) => applications.findById(id),
    findPerson: (id) => people.findById(id),
    // The coordinator who created the cohort; all coordinators when that person is gone.
    coordinatorsOf: async (cohort) => {
      const creator = await people.findById(cohort.createdById);
      return creator ? [creator] : people.coordinators();
    },
  };
  const rhythm = new RhythmService(repo, domain, jobs, clock, transactions);
  const actionItems = new ActionItemService(repo, domain, clock);
  const sessions = new SessionService(repo, domain, rhythm, actionItems, jobs, clock, transactions);
  return { sessions, rhythm, actionItems };
}
