import { asCoordinator } from "../support/builders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  draftProfile,
  draftRatings,
  ratingsForm,
  typedAnswers,
  skillPages,
  validateProfile,
  type ProfileRules,
} from "../../src/domain/applications/application-form";
import {
  addWorkingDays,
  APPLICATION_JOBS,
  ApplicationService,
} from "../../src/domain/applications/application-service";
import { sponsorRequestView } from "../../src/domain/applications/sponsor-request";
import { defaultCohortSettings, type Cohort } from "../../src/domain/cohorts/cohort";
import { CohortService } from "../../src/domain/cohorts/cohort-service";
import { validateForm } from "../../src/domain/forms";
import type { JobRequest } from "../../src/domain/jobs";
import { PeopleService, type Person } from "../../src/domain/people";
import { starterSkills } from "../../src/domain/skills-catalogue";
import { PrismaApplicationRepository } from "../../src/storage/application-repository";
import { PrismaCohortRepository } from "../../src/storage/cohort-repository";
import { PrismaPeopleRepository } from "../../src/storage/people-repository";
import { openDatabase, type Database } from "../../src/storage/prisma-client";
import { PrismaUnitOfWork } from "../../src/storage/unit-of-work";
import { freshDatabaseUrl } from "../support/database";
import { FakeClock } from "../support/fake-clock";

const skills = starterSkills("en");
const rules: ProfileRules = { skills, sponsorRequired: true, allowMultipleMentees: false, applicantUserId: "UANA" };
const goodProfile = {
  role: "mentor",
  jobTitle: "Data analyst",
  department: "Finance",
  sponsorUserId: "UBOSS",
  linkedinUrl: "https://www.linkedin.com/in/ana-garcia/",
  strengths: "Spreadsheets",
  learnSkills: ["spreadsheets", "not-a-skill"],
  firstWish: "Understand how the organisation works",
  languages: ["es", "xx"],
  timeZone: "Europe/Madrid",
  workStart: "09:00",
  workEnd: "17:00",
  workDays: ["1", "2", "3", "4", "5"],
  capacity: "2",
  consent: true,
};

describe("the application form", () => {
  it("accepts a complete profile, keeping only known skills and languages", () => {
    const result = validateProfile(rules, goodProfile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      learnSkills: ["spreadsheets"],
      languages: ["es"],
      workDays: [1, 2, 3, 4, 5],
      linkedinUrl: "https://www.linkedin.com/in/ana-garcia/",
    });
    // Several mentees only when the cohort allows it.
    expect(result.value.capacity).toBe(1);
    const multi = validateProfile({ ...rules, allowMultipleMentees: true }, goodProfile);
    expect(multi.ok && multi.value.capacity).toBe(2);
  });

  it("reports every mistake at once, including the ones between fields", () => {
    const result = validateProfile(rules, {
      ...goodProfile,
      role: undefined,
      linkedinUrl: "linkedin ana",
      sponsorUserId: "UANA",
      workEnd: "09:30",
      consent: false,
      learnSkills: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.errors.map((e) => [e.field, e.message]))).toEqual({
      role: "applicationForm.errors.role",
      linkedinUrl: "applicationForm.errors.linkedin",
      learnSkills: "applicationForm.errors.learnSkills",
      consent: "applicationForm.errors.consent",
      sponsorUserId: "applicationForm.errors.sponsorIsApplicant",
      workEnd: "applicationForm.errors.workHoursOrder",
    });
  });

  it("needs a sponsor only when the cohort does", () => {
    const missing = validateProfile(rules, { ...goodProfile, sponsorUserId: undefined });
    expect(!missing.ok && missing.errors).toEqual([
      { field: "sponsorUserId", message: "applicationForm.errors.sponsorRequired" },
    ]);
    expect(validateProfile({ ...rules, sponsorRequired: false }, { ...goodProfile, sponsorUserId: undefined }).ok).toBe(
      true,
    );
  });

  it("rates each skill from 1 to 5", () => {
    const page = skills.slice(0, 2);
    expect(validateForm(ratingsForm(page), { [page[0]!.id]: "5", [page[1]!.id]: 1 })).toEqual({
      ok: true,
      value: { [page[0]!.id]: 5, [page[1]!.id]: 1 },
    });
    const wrong = validateForm(ratingsForm(page), { [page[0]!.id]: "6" });
    expect(!wrong.ok && wrong.errors.map((e) => e.field)).toEqual([page[0]!.id, page[1]!.id]);
  });

  it("pages a long catalogue so each page fits in one Slack view", () => {
    const many = Array.from({ length: 95 }, (_, i) => ({ id: `s${i}`, group: "tool" as const, name: `Skill ${i}` }));
    expect(skillPages(many).map((p) => p.length)).toEqual([40, 40, 15]);
    expect(skillPages([])).toEqual([[]]);
  });

  it("shows a form's values back as typed, unchecked", () => {
    expect(
      typedAnswers({ jobTitle: "Jefe de servicio", role: "mentee", workDays: ["1", "9"], consent: false, other: "x" }),
    ).toEqual({
      jobTitle: "Jefe de servicio",
      role: "mentee",
      workDays: [1],
      consent: false,
    });
  });

  it("keeps in a draft only the fields that pass the submission's rules, each on its own", () => {
    const draft = draftProfile(
      { ...rules, allowMultipleMentees: true },
      {
        jobTitle: "Jefe de servicio",
        department: "x".repeat(101),
        linkedinUrl: "not a url",
        timeZone: "Not/AZone",
        capacity: "2000000000",
        learnSkills: ["spreadsheets", ...Array.from({ length: 12_000 }, (_, i) => `made-up-${i}`), "spreadsheets"],
        languages: ["es", "xx"],
        workStart: "09:00",
        workEnd: "25:00",
        sponsorUserId: "UANA",
        strengths: "",
        consent: false,
      },
    );
    expect(draft).toEqual({
      jobTitle: "Jefe de servicio",
      learnSkills: ["spreadsheets"],
      languages: ["es"],
      workStart: "09:00",
      consent: false,
    });
    expect(
      draftProfile({ ...rules, allowMultipleMentees: true }, { capacity: "3", timeZone: "America/Bogota" }),
    ).toEqual({ capacity: 3, timeZone: "America/Bogota" });
    // A cohort of one mentee per mentor keeps 1, whatever was sent.
    expect(draftProfile(rules, { capacity: "3" })).toEqual({ capacity: 1 });
  });

  it("keeps in a draft only the cohort's own skills, rated 1 to 5", () => {
    const forged = Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`made-up-${i}`, "5"]));
    expect(
      draftRatings(skills.slice(0, 3), { ...forged, [skills[0]!.id]: "4", [skills[1]!.id]: "9", [skills[2]!.id]: "" }),
    ).toEqual({ [skills[0]!.id]: 4 });
  });
});

describe("working days for the sponsor's reminder", () => {
  it("skips the weekend and keeps the local time", () => {
    // Thursday 10:00 in Madrid + 3 working days = Tuesday 10:00.
    expect(addWorkingDays(new Date("2026-11-26T09:00:00Z"), 3, "Europe/Madrid").toISOString()).toBe(
      "2026-12-01T09:00:00.000Z",
    );
  });

  it("never nudges at night: late requests are reminded at 10:00", () => {
    // Friday 22:30 in Madrid → Wednesday 10:00.
    expect(addWorkingDays(new Date("2026-11-27T21:30:00Z"), 3, "Europe/Madrid").toISOString()).toBe(
      "2026-12-03T09:00:00.000Z",
    );
  });
});

describe("applications", () => {
  let db: Database;
  let people: PeopleService;
  let cohorts: CohortService;
  let applications: ApplicationService;
  let cohort: Cohort;
  let ana: Person;
  let boss: Person;
  let coordinator: Person;
  let luis: Person;
  const clock = new FakeClock("2026-11-23T09:00:00Z");
  const enqueued: JobRequest[] = [];
  const jobs = { enqueue: async (requests: JobRequest[]) => (enqueued.push(...requests), requests.length) };
  const ratings = Object.fromEntries(skills.map((s) => [s.id, 3]));

  async function filledApplication(person: Person) {
    const gate = await applications.begin(person, cohort);
    if (!gate.ok) throw new Error(gate.reason);
    const profile = validateProfile({ ...rules, applicantUserId: person.userId }, goodProfile);
    if (!profile.ok) throw new Error("bad profile");
    await applications.saveProfile(person, gate.application.id, profile.value);
    await applications.saveRatings(person, gate.application.id, ratings);
    return gate.application.id;
  }

  beforeAll(async () => {
    db = await openDatabase(await freshDatabaseUrl());
    // Every repository on the unit of work's client: inside a transaction it is that transaction.
    const transactions = new PrismaUnitOfWork(db);
    people = new PeopleService(
      new PrismaPeopleRepository(transactions.client),
      clock,
      { configuredCoordinators: [], defaultLocale: "en", defaultTimeZone: "Europe/Madrid", profileMaxAgeMs: 1 },
      jobs,
    );
    cohorts = new CohortService(new PrismaCohortRepository(transactions.client), jobs, clock, transactions);
    applications = new ApplicationService(
      new PrismaApplicationRepository(transactions.client),
      cohorts,
      people,
      jobs,
      clock,
      transactions,
    );
    const who = (userId: string, displayName: string) =>
      people.identify({ platform: "slack", workspaceId: "T1", userId }, async () => ({
        displayName,
        timeZone: "Europe/Madrid",
      }));
    ana = await who("UANA", "Ana");
    boss = await who("UBOSS", "Bea Boss");
    luis = await who("ULUIS", "Luis");
    coordinator = await who("UCOORD", "Carmen");
    const created = await cohorts.create(coordinator, {
      ...defaultCohortSettings(clock.now(), "Europe/Madrid", "en"),
      name: "Digital 2027",
      objective: "Go digital",
      skills,
    });
    if (!created.ok) throw new Error("no cohort");
    cohort = created.cohort;
  });
  afterAll(() => db.$disconnect());

  it("says when applications open, before they do", async () => {
    expect(await applications.begin(ana, cohort)).toMatchObject({ ok: false, reason: "not-open-yet" });
    const opened = await cohorts.openApplications(asCoordinator(coordinator), cohort.id);
    if (opened.ok) cohort = opened.cohort;
  });

  it("starts a draft, and applying again resumes the same application", async () => {
    const first = await applications.begin(ana, cohort);
    const second = await applications.begin(ana, cohort);
    expect(first).toMatchObject({ ok: true, resumed: false });
    expect(second).toMatchObject({ ok: true, resumed: true });
    expect(first.ok && second.ok && first.application.id === second.application.id).toBe(true);
  });

  it("refuses to send an application with skills still unrated, naming the first one to rate", async () => {
    const gate = await applications.begin(luis, cohort);
    if (!gate.ok) throw new Error(gate.reason);
    const profile = validateProfile({ ...rules, applicantUserId: "ULUIS" }, goodProfile);
    if (!profile.ok) throw new Error("bad profile");
    await applications.saveProfile(luis, gate.application.id, profile.value);
    expect(await applications.submit(luis, gate.application.id, boss)).toEqual({
      ok: false,
      reason: "unrated-skills",
      skill: cohort.skills[0]!.id,
    });
    expect(await applications.submit(ana, gate.application.id, boss)).toEqual({ ok: false, reason: "not-yours" });
  });

  it("asks the sponsor, with a reminder three working days later", async () => {
    enqueued.length = 0;
    const id = await filledApplication(ana);
    const sent = await applications.submit(ana, id, boss);
    expect(sent).toMatchObject({ ok: true, outcome: "awaiting-sponsor" });
    expect(enqueued.map((j) => [j.kind, j.runAt.toISOString()])).toEqual([
      [APPLICATION_JOBS.sponsorRequest, "2026-11-23T09:00:00.000Z"],
      [APPLICATION_JOBS.sponsorReminder, "2026-11-26T09:00:00.000Z"],
    ]);
  });

  it("shows the sponsor only what a manager may see", async () => {
    const [entry] = await applications.forPerson(ana.id);
    const view = sponsorRequestView(entry!.application, cohort, ana, false);
    expect(view).toMatchObject({
      applicantName: "Ana",
      role: "mentor",
      jobTitle: "Data analyst",
      learnSkills: ["Spreadsheets (Excel, Google Sheets)"],
    });
    expect(JSON.stringify(view)).not.toContain("linkedin");
  });

  it("lets only the sponsor decide, once, and tells the applicant", async () => {
    const [entry] = await applications.forPerson(ana.id);
    const id = entry!.application.id;
    expect(await applications.decide(luis, id, "endorse")).toMatchObject({ ok: false, reason: "not-sponsor" });
    enqueued.length = 0;
    expect(await applications.decide(boss, id, "endorse")).toMatchObject({
      ok: true,
      application: { status: "endorsed" },
    });
    expect(enqueued).toHaveLength(1);
    expect(enqueued[0]!.payload).toMatchObject({
      personId: ana.id,
      notice: { key: "applications.endorsedNotice", vars: { sponsor: "Bea Boss", cohort: "Digital 2027" } },
    });
    expect(await applications.decide(boss, id, "decline")).toMatchObject({ ok: false, reason: "already-decided" });
    // The reminder that was planned no longer goes out.
    expect(
      await applications.sponsorReminderDue({
        applicationId: id,
        requestedAt: entry!.application.sponsorRequestedAt!.toISOString(),
      }),
    ).toBeNull();
  });

  it("keeps an endorsement when the applicant edits with the same sponsor", async () => {
    const [entry] = await applications.forPerson(ana.id);
    expect(await applications.submit(ana, entry!.application.id, boss)).toMatchObject({
      ok: true,
      outcome: "still-endorsed",
    });
  });

  it("lets a coordinator accept a declined application, and the applicant withdraw while open", async () => {
    const id = await filledApplication(luis);
    await applications.submit(luis, id, boss);
    await applications.decide(boss, id, "decline", "  Not this term  ");
    expect((await applications.findById(id))!.sponsorReason).toBe("Not this term");
    const coordinator = await people.find({ platform: "slack", workspaceId: "T1", userId: "UCOORD" });
    expect(await applications.override(coordinator!, id)).toMatchObject({
      ok: true,
      application: { status: "endorsed" },
    });
    expect(await applications.withdraw(ana, id)).toEqual({ ok: false, reason: "not-yours" });
    expect(await applications.withdraw(luis, id)).toMatchObject({ ok: true, application: { status: "withdrawn" } });
    expect(await applications.withdraw(luis, id)).toEqual({ ok: false, reason: "already-withdrawn" });
  });

  it("counts applicants by role, status and department, leaving withdrawn ones out of roles", async () => {
    const overview = await applications.overview(cohort);
    expect(overview.total).toBe(2);
    expect(overview.byStatus).toEqual({ endorsed: 1, withdrawn: 1 });
    expect(overview.byRole).toEqual({ mentor: 1, mentee: 0, both: 0, unknown: 0 });
    expect(overview.byDepartment).toEqual([{ department: "Finance", count: 1 }]);
  });

  it("explains that applications are closed once the window is over", async () => {
    clock.set("2027-01-10T09:00:00Z");
    expect(await applications.begin(ana, cohort)).toMatchObject({ ok: false, reason: "window-closed" });
    clock.set("2026-11-23T09:00:00Z");
  });
});
