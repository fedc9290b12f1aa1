import type { Cohort } from "../../domain/cohorts/cohort";
import type { Person } from "../../domain/people";
import type { Services } from "../../services";

/**
 * Of these people, those on Teams whom Tandem cannot write to: they never opened the bot (nor had
 * it installed for them), so there is no conversation to continue. Coordinators see them listed.
 */
export async function unreachedInTeams(services: Services, personIds: string[]): Promise<Person[]> {
  const people = [...(await services.people.byIds([...new Set(personIds)])).values()].filter(
    (p) => p.platform === "teams",
  );
  if (people.length === 0) return [];
  const reachable = await services.conversationRefs.reachable(people.map((p) => p.id));
  return people
    .filter((p) => !reachable.has(p.id))
    .sort((a, b) => (a.displayName || a.userId).localeCompare(b.displayName || b.userId));
}

/** Everyone a cohort's work may need to write to: its applicants and their sponsors. */
export async function cohortPeopleIds(services: Services, cohort: Cohort): Promise<string[]> {
  const applications = await services.applications.listByCohort(cohort.id);
  return applications.flatMap((a) => [a.personId, ...(a.sponsorPersonId ? [a.sponsorPersonId] : [])]);
}
