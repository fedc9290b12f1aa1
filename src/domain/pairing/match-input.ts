import { isReadyForMatching, type Application } from "../applications/application";
import type { Cohort } from "../cohorts/cohort";
import type { MatchCandidate, MatchingInput, MatchRules } from "../matching/types";
import type { Person } from "../people";

/** The hard constraints a cohort's settings ask for (the engine's rules). */
export function matchRulesFor(cohort: Cohort): MatchRules {
  return {
    mode: cohort.mode,
    avoidSameManager: true,
    avoidSameDepartment: cohort.avoidSameDepartment,
    requireSharedLanguage: true,
    minOverlapMinutes: 60,
    avoidRepeatPairs: true,
    allowMultipleMentees: cohort.allowMultipleMentees,
  };
}

/** An application ready for matching, as the engine sees it. */
export function matchCandidate(application: Application, person: Person | undefined): MatchCandidate {
  const a = application.answers;
  return {
    id: application.id,
    personId: application.personId,
    name: person?.displayName || person?.userId || application.personId,
    role: a.role ?? "both",
    capacity: a.capacity ?? 1,
    ratings: a.ratings ?? {},
    learns: a.learnSkills ?? [],
    department: (a.department ?? "").trim().toLowerCase(),
    managerId: application.sponsorPersonId,
    languages: a.languages?.length ? a.languages : [person?.locale ?? "es"],
    timeZone: a.timeZone ?? person?.timeZone ?? "UTC",
    workingHours: {
      start: a.workStart ?? "09:00",
      end: a.workEnd ?? "17:00",
      days: a.workDays?.length ? a.workDays : [1, 2, 3, 4, 5],
    },
  };
}

export interface Constraints {
  locks: { mentorId: string; menteeId: string }[];
  exclusions: { a: string; b: string }[];
}

/** Everything the engine needs for one cohort: its ready applications, rules, locks, past pairs. */
export function matchingInput(
  cohort: Cohort,
  applications: Application[],
  people: Map<string, Person>,
  constraints: Constraints,
  pastPairs: { a: string; b: string }[],
): MatchingInput {
  const ready = applications.filter(isReadyForMatching);
  const ids = new Set(ready.map((a) => a.id));
  return {
    candidates: ready.map((application) => matchCandidate(application, people.get(application.personId))),
    skills: cohort.skills,
    rules: matchRulesFor(cohort),
    locks: constraints.locks.filter((l) => ids.has(l.mentorId) && ids.has(l.menteeId)),
    exclusions: constraints.exclusions.filter((e) => ids.has(e.a) && ids.has(e.b)),
    pastPairs,
    referenceDate: cohort.startsAt,
  };
}
