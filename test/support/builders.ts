import { defaultCohortSettings, type Cohort } from "../../src/domain/cohorts/cohort";
import { starterSkills } from "../../src/domain/skills-catalogue";
import type { Person } from "../../src/domain/people";
import type { Actor } from "../../src/domain/policy";
import type { Services } from "../../src/services";

/**
 * A person acting as a coordinator, for a test that seeds through the domain services (the running
 * app works the role out from TANDEM_COORDINATORS or the database; a seed just says so).
 */
export function asCoordinator(person: Person): Actor {
  return { person, isCoordinator: true };
}

/** Small builders so a test reads as the story it checks. */
export async function createSlackPerson(
  services: Services,
  userId: string,
  profile: { name?: string; locale?: "es" | "en"; timeZone?: string } = {},
): Promise<Person> {
  return services.people.identifyWithProfile(
    { platform: "slack", workspaceId: "T0TANDEM", userId },
    {
      displayName: profile.name ?? userId,
      locale: profile.locale ?? "en",
      timeZone: profile.timeZone ?? "Europe/Madrid",
    },
  );
}

/** An applicant who went through the forms (seeded through the domain services), sent and ready. */
export async function submittedApplicant(
  services: Services,
  cohort: Cohort,
  who: { workspaceId: string; userId: string; name: string; locale?: string },
  answers: {
    role: "mentor" | "mentee" | "both";
    ratings: Record<string, number>;
    learn: string[];
    department: string;
    languages?: string[];
    timeZone?: string;
  },
): Promise<void> {
  const timeZone = answers.timeZone ?? "Europe/London";
  const person = await services.people.identify(
    { platform: "slack", workspaceId: who.workspaceId, userId: who.userId },
    async () => ({ displayName: who.name, locale: who.locale ?? "en-GB", timeZone }),
  );
  const gate = await services.applications.begin(person, cohort);
  if (!gate.ok) throw new Error(gate.reason);
  await services.applications.saveProfile(person, gate.application.id, {
    role: answers.role,
    jobTitle: answers.role === "mentor" ? "Analyst" : "Head of unit",
    department: answers.department,
    sponsorUserId: undefined,
    linkedinUrl: "",
    strengths: "x",
    learnSkills: answers.learn,
    areasToDeepen: "",
    firstWish: "x",
    selfDescription: "",
    challenges: "",
    mentoringMeaning: "",
    languages: answers.languages ?? ["en"],
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
    Object.fromEntries(cohort.skills.map((s) => [s.id, answers.ratings[s.id] ?? 2])),
  );
  const sent = await services.applications.submit(person, gate.application.id, null);
  if (!sent.ok) throw new Error(sent.reason);
}

/** A cohort open for applications, created by a coordinator, needing no sponsor. */
export async function openCohortFor(
  services: Services,
  coordinator: Person,
  name: string,
  now: Date,
  locale: "es" | "en" = "en",
): Promise<Cohort> {
  const created = await services.cohorts.create(coordinator, {
    ...defaultCohortSettings(now, "Europe/London", locale),
    name,
    objective: "Digital skills",
    sponsorRequired: false,
    skills: starterSkills(locale),
  });
  if (!created.ok) throw new Error("no cohort");
  const opened = await services.cohorts.openApplications(asCoordinator(coordinator), created.cohort.id);
  if (!opened.ok) throw new Error("not open");
  return opened.cohort;
}

/**
 * A pair in a cohort, as an approved proposal leaves it, without running the matching engine
 * (the application and proposal ids are placeholders: nothing here follows them).
 */
export async function pairUp(services: Services, cohort: Cohort, mentor: Person, mentee: Person) {
  const row = await services.db.pair.create({
    data: {
      cohortId: cohort.id,
      proposalId: `test-proposal-${cohort.id}`,
      mentorApplicationId: `test-application-${mentor.id}`,
      menteeApplicationId: `test-application-${mentee.id}`,
      mentorPersonId: mentor.id,
      menteePersonId: mentee.id,
      score: 1,
      reasons: [],
    },
  });
  const pair = await services.pairing.findPair(row.id);
  if (!pair) throw new Error("no pair");
  return pair;
}

/**
 * The Spanish-speaking pair the rhythm tests follow: Lucía (mentor, Madrid) and Jorge (mentee,
 * Santiago), matched and approved in a new cohort opened by the coordinator Carmen (UCOORD).
 */
export async function madridSantiagoPair(services: Services, workspaceId: string, now: Date, cohortName: string) {
  const coordinator = await services.people.identify(
    { platform: "slack", workspaceId, userId: "UCOORD" },
    async () => ({ displayName: "Carmen", locale: "es-ES", timeZone: "Europe/Madrid" }),
  );
  const cohort = await openCohortFor(services, coordinator, cohortName, now, "es");
  await submittedApplicant(
    services,
    cohort,
    { workspaceId, userId: "ULUCIA", name: "Lucía", locale: "es-ES" },
    {
      role: "mentor",
      ratings: { "generative-ai": 5 },
      learn: ["e-government"],
      department: "Tecnología",
      languages: ["es"],
      timeZone: "Europe/Madrid",
    },
  );
  await submittedApplicant(
    services,
    cohort,
    { workspaceId, userId: "UJORGE", name: "Jorge", locale: "es-CL" },
    {
      role: "mentee",
      ratings: { "generative-ai": 1 },
      learn: ["generative-ai"],
      department: "Finanzas",
      languages: ["es"],
      timeZone: "America/Santiago",
    },
  );
  const proposed = await services.pairing.propose(cohort, coordinator);
  if (!proposed.ok) throw new Error(proposed.reason);
  const approved = await services.pairing.approve(proposed.proposal.id, cohort, asCoordinator(coordinator));
  if (!approved.ok) throw new Error(approved.reason);
  const pair = approved.pairs[0]!;
  const lucia = (await services.people.findById(pair.mentorPersonId))!;
  const jorge = (await services.people.findById(pair.menteePersonId))!;
  return { coordinator, cohort, pair, lucia, jorge };
}

/** A cohort as a plain value, for unit tests of views, documents and figures (no database). */
export function cohortValue(
  overrides: Partial<Cohort> & { startsAt: Date; endsAt: Date },
  locale: "es" | "en" = "es",
  zone = "Europe/Madrid",
): Cohort {
  return {
    ...defaultCohortSettings(overrides.startsAt, zone, locale),
    name: "Digital",
    objective: "x",
    skills: starterSkills(locale),
    id: "c1",
    slug: "digital",
    status: "closed",
    isDemo: false,
    finishedAt: null,
    createdById: "coord",
    createdAt: overrides.startsAt,
    ...overrides,
  };
}
