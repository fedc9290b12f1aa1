import type { Clock } from "../clock";
import type { Cohort } from "../cohorts/cohort";
import type { CohortRepository } from "../cohorts/cohort-service";
import { notifyJob, type JobQueue } from "../jobs";
import type { PairingService } from "../pairing/pairing-service";
import type { PeopleService, Person } from "../people";
import type { UnitOfWork } from "../unit-of-work";

/** Everything Tandem holds about one person, as plain data (their own pair's notes included). */
export type PersonalData = Record<string, unknown>;

export interface PersonalDataRepository {
  collect(personId: string): Promise<PersonalData>;
  /**
   * Withdraws the person from a cohort and deletes what is theirs in it: application answers,
   * the notes and topics they wrote, their action items, help requests, certificate; their
   * questionnaire answers stay without their name and their plenary attendance under a
   * pseudonym, because the cohort's aggregated figures count them.
   */
  forget(personId: string, cohortId: string, at: Date): Promise<void>;
  /** When the person is in no other cohort: their profile (name, settings, conversations) too. */
  forgetProfile(personId: string): Promise<void>;
}

export type LeaveResult =
  | { ok: true; cohort: Cohort; told: number }
  | { ok: false; reason: "not-in-cohort" | "reason-too-long" };

export const LEAVE_REASON_MAX = 500;

/** The rights every participant has over their data: see it all, and leave. */
export class DataRightsService {
  constructor(
    private readonly deps: {
      repo: PersonalDataRepository;
      cohortRepo: CohortRepository;
      pairing: PairingService;
      applicationsOf: (personId: string) => Promise<{ cohortId: string; status: string }[]>;
      people: PeopleService;
      jobs: JobQueue;
      clock: Clock;
      transactions: UnitOfWork;
    },
  ) {}

  async myData(person: Person): Promise<PersonalData> {
    return { generatedAt: this.deps.clock.now().toISOString(), ...(await this.deps.repo.collect(person.id)) };
  }

  /** The cohorts someone can leave: those they applied to (not withdrawn) or are paired in, not finished. */
  async cohortsToLeave(person: Person): Promise<Cohort[]> {
    const applied = (await this.deps.applicationsOf(person.id))
      .filter((a) => a.status !== "withdrawn")
      .map((a) => a.cohortId);
    const paired = (await this.deps.pairing.currentPairsOf(person.id)).map((p) => p.cohortId);
    const cohorts: Cohort[] = [];
    for (const id of new Set([...applied, ...paired])) {
      const cohort = await this.deps.cohortRepo.findById(id);
      if (cohort && !cohort.finishedAt && !cohort.isDemo) cohorts.push(cohort);
    }
    return cohorts;
  }

  /**
   * Leaves a cohort: the data goes, and the partner(s) and the cohort's coordinator are told
   * kindly, with the person's own words only if they gave some.
   */
  async leave(person: Person, cohortId: string, reason: string): Promise<LeaveResult> {
    // Forgotten and the partner told, together: a half-forgotten person could not leave again.
    return this.deps.transactions.run(async (): Promise<LeaveResult> => {
      const { repo, pairing, people, jobs, clock } = this.deps;
      const trimmed = reason.trim();
      if (trimmed.length > LEAVE_REASON_MAX) return { ok: false, reason: "reason-too-long" };
      const cohort = (await this.cohortsToLeave(person)).find((c) => c.id === cohortId);
      if (!cohort) return { ok: false, reason: "not-in-cohort" };
      const now = clock.now();
      const partners = (await pairing.currentPairsOf(person.id))
        .filter((p) => p.cohortId === cohort.id && p.status !== "ended")
        .map((p) => (p.mentorPersonId === person.id ? p.menteePersonId : p.mentorPersonId));
      const name = person.displayName || person.userId;
      await repo.forget(person.id, cohort.id, now);
      if ((await this.cohortsToLeave(person)).length === 0 && !person.isCoordinator)
        await repo.forgetProfile(person.id);

      const key = `leave:${cohort.id}:${person.id}`;
      const vars = { name, cohort: cohort.name, reason: trimmed };
      const partnerKey = trimmed ? "dataRights.leave.partnerToldWithReason" : "dataRights.leave.partnerTold";
      const coordinatorKey = trimmed
        ? "dataRights.leave.coordinatorToldWithReason"
        : "dataRights.leave.coordinatorTold";
      const coordinator = await people.findById(cohort.createdById);
      const notices = [
        ...partners.map((id) => notifyJob(id, { key: partnerKey, vars }, `${key}:partner:${id}`, now)),
        ...(coordinator && coordinator.id !== person.id
          ? [notifyJob(coordinator.id, { key: coordinatorKey, vars }, `${key}:coordinator`, now)]
          : []),
      ];
      await jobs.enqueue(notices);
      return { ok: true, cohort, told: notices.length };
    });
  }
}
