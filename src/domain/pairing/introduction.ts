import type { Application } from "../applications/application";
import type { Cohort } from "../cohorts/cohort";
import type { PairReason, Skill } from "../matching/types";
import type { Person } from "../people";
import type { PairRecord } from "./proposal";

export interface IntroducedPerson {
  personId: string;
  name: string;
  /** Their user id on their platform (for a mention, or a Teams chat link). */
  platformId: string;
  platform?: Person["platform"];
  jobTitle: string;
  department: string;
}

/** What the pair's introduction says: who is who, what each brings, and how to start. */
export interface IntroductionView {
  pairId: string;
  cohortName: string;
  mode: Cohort["mode"];
  mentor: IntroducedPerson;
  mentee: IntroducedPerson;
  reasons: PairReason[];
  skills: Skill[];
  sessionMinutes: number;
  cadenceDays: number;
  minSessions: number;
  trainingUrl?: string;
}

function introduced(person: Person, application: Application | null): IntroducedPerson {
  return {
    personId: person.id,
    name: person.displayName || person.userId,
    platformId: person.userId,
    platform: person.platform,
    jobTitle: application?.answers.jobTitle ?? "—",
    department: application?.answers.department ?? "—",
  };
}

export function introductionView(
  pair: PairRecord,
  cohort: Cohort,
  mentor: { person: Person; application: Application | null },
  mentee: { person: Person; application: Application | null },
  trainingUrl?: string,
): IntroductionView {
  return {
    pairId: pair.id,
    cohortName: cohort.name,
    mode: cohort.mode,
    mentor: introduced(mentor.person, mentor.application),
    mentee: introduced(mentee.person, mentee.application),
    reasons: pair.reasons,
    skills: cohort.skills,
    sessionMinutes: cohort.sessionMinutes,
    cadenceDays: cohort.cadenceDays,
    minSessions: cohort.minSessions,
    ...(trainingUrl ? { trainingUrl } : {}),
  };
}
