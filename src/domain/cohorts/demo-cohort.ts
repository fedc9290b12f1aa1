import { DateTime } from "luxon";
import type { ApplicationAnswers } from "../applications/application";
import type { ApplicationRepository } from "../applications/application-service";
import type { Clock } from "../clock";
import type { UnitOfWork } from "../unit-of-work";
import { supportedLocale, type Locale } from "../locale";
import { syntheticCohort } from "../matching";
import type { PeopleRepository, Person, PersonKey } from "../people";
import { cohortSlug, defaultCohortSettings, type Cohort } from "./cohort";
import type { CohortRepository, CohortService } from "./cohort-service";

/** About as many applicants as a small real call gets; enough to see locks and reasons at work. */
export const DEMO_APPLICANTS = 40;
const DEMO_SEED = 2026;
const DEMO_WORKSPACE_PREFIX = "tandem-demo-";

/**
 * A demo cohort's people live in a workspace of their own that no platform knows, so nothing can
 * ever be sent to them; removing the demo removes that workspace.
 */
export function isDemoPerson(person: PersonKey): boolean {
  return person.workspaceId.startsWith(DEMO_WORKSPACE_PREFIX);
}

export interface DemoSummary {
  cohort: Cohort;
  mentors: number;
  mentees: number;
  both: number;
}

/**
 * `/mentoring cohort demo`: a clearly marked sample cohort, applications already closed, with
 * made-up applicants shaped like the seeds' civil-service programme, so a coordinator can run
 * `match`, read the reasons and try locks before a real cohort opens. Demo cohorts message nobody
 * but the coordinator (see PairingService.approve and the window jobs).
 */
export class DemoCohortService {
  constructor(
    private readonly cohorts: CohortService,
    private readonly cohortRepo: CohortRepository,
    private readonly applications: ApplicationRepository,
    private readonly people: PeopleRepository,
    private readonly clock: Clock,
    private readonly transactions: UnitOfWork,
  ) {}

  /** One transaction: a failure halfway leaves no half-filled demo behind to confuse `match`. */
  create(coordinator: Person, baseName: string, timeZone: string, locale: Locale): Promise<DemoSummary> {
    return this.transactions.run(() => this.createNow(coordinator, baseName, timeZone, locale));
  }

  private async createNow(
    coordinator: Person,
    baseName: string,
    timeZone: string,
    locale: Locale,
  ): Promise<DemoSummary> {
    const now = this.clock.now();
    const name = await this.freeName(baseName);
    const settings = defaultCohortSettings(now, timeZone, locale);
    const created = await this.cohorts.create(
      coordinator,
      { ...settings, name, objective: name, sponsorRequired: false },
      { isDemo: true },
    );
    if (!created.ok) throw new Error(`demo cohort refused: ${created.errors.map((e) => e.message).join(", ")}`);
    // The call is over already: the demo is ready for `match` at once.
    const opened = DateTime.fromJSDate(now).minus({ days: 21 }).toJSDate();
    const cohort = await this.cohortRepo.update(created.cohort.id, {
      status: "closed",
      applicationsOpenAt: opened,
      applicationsCloseAt: now,
    });

    const { candidates } = syntheticCohort({ size: DEMO_APPLICANTS, seed: DEMO_SEED, locale });
    const workspaceId = `${DEMO_WORKSPACE_PREFIX}${cohort.id}`;
    const personIds = new Map<string, string>();
    for (const [index, candidate] of candidates.entries()) {
      const key: PersonKey = { platform: coordinator.platform, workspaceId, userId: `demo-${index + 1}` };
      const person = await this.people.saveProfile(
        key,
        {
          displayName: candidate.name,
          locale: supportedLocale(candidate.languages[0] ?? locale),
          timeZone: candidate.timeZone,
        },
        null,
      );
      personIds.set(candidate.personId, person.id);
    }
    for (const [index, candidate] of candidates.entries()) {
      const answers: ApplicationAnswers = {
        role: candidate.role,
        department: candidate.department,
        learnSkills: candidate.learns,
        languages: candidate.languages,
        timeZone: candidate.timeZone,
        workStart: candidate.workingHours.start,
        workEnd: candidate.workingHours.end,
        workDays: candidate.workingHours.days,
        capacity: candidate.capacity,
        consent: true,
        ratings: candidate.ratings,
      };
      const application = await this.applications.create(cohort.id, personIds.get(candidate.personId)!, answers);
      await this.applications.update(application.id, {
        status: "submitted",
        submittedAt: DateTime.fromJSDate(now)
          .minus({ days: 20 - (index % 20) })
          .toJSDate(),
        sponsorPersonId: candidate.managerId ? (personIds.get(candidate.managerId) ?? null) : null,
      });
    }
    const count = (role: string) => candidates.filter((c) => c.role === role).length;
    return { cohort, mentors: count("mentor"), mentees: count("mentee"), both: count("both") };
  }

  /** Removes every demo cohort with its applications, proposals, pairs and made-up people. */
  removeAll(): Promise<Cohort[]> {
    return this.transactions.run(async () => {
      const demos = (await this.cohortRepo.list()).filter((c) => c.isDemo);
      for (const cohort of demos) {
        await this.cohortRepo.delete(cohort.id);
        for (const platform of ["slack", "teams"] as const)
          await this.people.deleteWorkspace(platform, `${DEMO_WORKSPACE_PREFIX}${cohort.id}`);
      }
      return demos;
    });
  }

  /** "Demo 23 Nov", then "Demo 23 Nov 2", … so several demos can live side by side. */
  private async freeName(baseName: string): Promise<string> {
    for (let n = 1; ; n++) {
      const name = n === 1 ? baseName : `${baseName} ${n}`;
      if (!(await this.cohortRepo.findBySlug(cohortSlug(name)))) return name;
    }
  }
}
