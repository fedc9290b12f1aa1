import type { Cohort } from "../../src/domain/cohorts/cohort";
import type { Person } from "../../src/domain/people";
import type { TestApp } from "./app";
import { asCoordinator, openCohortFor } from "./builders";
import type { TeamsUser } from "./fake-teams";

/** A Teams user who installed Tandem (so the bot keeps their conversation reference), as a person. */
export async function installTeamsUser(
  app: TestApp,
  user: TeamsUser,
  profile: { locale: string; timeZone: string },
): Promise<Person> {
  // Teams knows each member's details (their sign-in address among them), as the bot asks for them.
  app.teams.members.set(user.id, user);
  const installed = app.activities.installed(user, { locale: profile.locale, localTimezone: profile.timeZone });
  await app.activities.post(installed);
  await app.teams.waitFor((a) => a.conversationId === installed.conversation.id);
  return (await app.tandem.services.people.find({
    platform: "teams",
    workspaceId: app.activities.tenantId,
    userId: user.aadObjectId ?? user.id,
  }))!;
}

/** A Teams person's application, through the domain services, sent and ready for matching. */
export async function teamsApplicant(
  app: TestApp,
  cohort: Cohort,
  person: Person,
  role: "mentor" | "mentee",
  ratings: Record<string, number>,
  learn: string[],
  department: string,
  timeZone: string,
): Promise<void> {
  const { services } = app.tandem;
  const gate = await services.applications.begin(person, cohort);
  if (!gate.ok) throw new Error(gate.reason);
  await services.applications.saveProfile(person, gate.application.id, {
    role,
    jobTitle: role === "mentor" ? "Analyst" : "Head of unit",
    department,
    sponsorUserId: undefined,
    linkedinUrl: "",
    strengths: "x",
    learnSkills: learn,
    areasToDeepen: "",
    firstWish: "x",
    selfDescription: "",
    challenges: "",
    mentoringMeaning: "",
    languages: ["es", "en"],
    timeZone,
    workStart: "09:00",
    workEnd: "17:00",
    workDays: [1, 2, 3, 4, 5],
    capacity: 1,
    consent: true,
  });
  await services.applications.saveRatings(
    person,
    gate.application.id,
    Object.fromEntries(cohort.skills.map((s) => [s.id, ratings[s.id] ?? 2])),
  );
  const sent = await services.applications.submit(person, gate.application.id, null);
  if (!sent.ok) throw new Error(sent.reason);
}

/**
 * A pair of Teams users in a new cohort, matched and approved by a Slack coordinator (Carmen,
 * UCOORD): Lucía (mentor, Madrid, Spanish) and Jorge (mentee, Santiago, English).
 */
export async function teamsPair(app: TestApp, lucia: TeamsUser, jorge: TeamsUser, cohortName: string) {
  const { services } = app.tandem;
  const coordinator = await services.people.identify(
    { platform: "slack", workspaceId: "T1", userId: "UCOORD" },
    async () => ({ displayName: "Carmen", locale: "es-ES", timeZone: "Europe/Madrid" }),
  );
  const cohort = await openCohortFor(services, coordinator, cohortName, app.clock.now(), "en");
  const luciaPerson = await installTeamsUser(app, lucia, { locale: "es-ES", timeZone: "Europe/Madrid" });
  const jorgePerson = await installTeamsUser(app, jorge, { locale: "en-US", timeZone: "America/Santiago" });
  await teamsApplicant(
    app,
    cohort,
    luciaPerson,
    "mentor",
    { "generative-ai": 5 },
    ["e-government"],
    "Technology",
    "Europe/Madrid",
  );
  await teamsApplicant(
    app,
    cohort,
    jorgePerson,
    "mentee",
    { "generative-ai": 1 },
    ["generative-ai"],
    "Finance",
    "America/Santiago",
  );
  const proposed = await services.pairing.propose(cohort, coordinator);
  if (!proposed.ok) throw new Error(proposed.reason);
  const approved = await services.pairing.approve(proposed.proposal.id, cohort, asCoordinator(coordinator));
  if (!approved.ok) throw new Error(approved.reason);
  return { coordinator, cohort, pair: approved.pairs[0]!, lucia: luciaPerson, jorge: jorgePerson };
}
