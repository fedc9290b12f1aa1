import { NotAllowedError } from "../../src/domain/policy";
import { asCoordinator } from "../support/builders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applicationWindowOpen,
  cohortSlug,
  defaultCohortSettings,
  type CohortSettings,
} from "../../src/domain/cohorts/cohort";
import { cohortForm, formValuesFrom, settingsFromForm, skillLines } from "../../src/domain/cohorts/cohort-form";
import { COHORT_JOBS, CohortService } from "../../src/domain/cohorts/cohort-service";
import { validateForm } from "../../src/domain/forms";
import type { JobRequest } from "../../src/domain/jobs";
import { PeopleService, type Person } from "../../src/domain/people";
import { starterSkills } from "../../src/domain/skills-catalogue";
import { PrismaCohortRepository } from "../../src/storage/cohort-repository";
import { PrismaPeopleRepository } from "../../src/storage/people-repository";
import { openDatabase, type Database } from "../../src/storage/prisma-client";
import { PrismaUnitOfWork } from "../../src/storage/unit-of-work";
import { freshDatabaseUrl } from "../support/database";
import { FakeClock } from "../support/fake-clock";

const NOW = "2026-11-23T09:00:00Z";

describe("the cohort form", () => {
  const defaults = formValuesFrom(defaultCohortSettings(new Date(NOW), "Europe/Madrid", "es"));

  it("starts from the toolkit's defaults in the coordinator's zone and language", () => {
    expect(defaults).toMatchObject({
      cadenceDays: 14,
      minSessions: 4,
      sessionMinutes: 60,
      plenaryCount: 7,
      attendanceThreshold: 85,
      sponsorRequired: true,
      applicationsOpen: "2026-11-23",
      applicationsClose: "2026-12-14",
      startsOn: "2026-12-21",
      timeZone: "Europe/Madrid",
      locale: "es",
      mode: "reverse",
    });
    expect(defaults.competences.split("\n")).toContain("Seguridad y protección de datos");
    expect(defaults.tools.split("\n")).toContain("Asistentes de inteligencia artificial");
  });

  it("reports every mistake at once, each with its field", () => {
    const result = validateForm(cohortForm, {
      ...defaults,
      name: "  ",
      objective: "x",
      applicationsClose: "2026-11-01",
      cadenceDays: "3",
      attendanceThreshold: "120",
      timeZone: "Madrid",
      competences: "",
      tools: "",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.errors.map((e) => [e.field, e.message]))).toEqual({
      name: "cohortForm.errors.nameRequired",
      cadenceDays: "cohortForm.errors.cadence",
      attendanceThreshold: "cohortForm.errors.threshold",
      timeZone: "settings.invalidTimeZone",
      applicationsClose: "cohortForm.errors.closeBeforeOpen",
      competences: "cohortForm.errors.skillsRequired",
    });
  });

  it("checks the dates' order and the catalogue once the fields are well formed", () => {
    const result = validateForm(cohortForm, {
      ...defaults,
      name: "A",
      objective: "B",
      applicationsClose: "2026-11-01",
      endsOn: "2026-12-01",
      competences: "",
      tools: "",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.errors.map((e) => [e.field, e.message]))).toEqual({
      applicationsClose: "cohortForm.errors.closeBeforeOpen",
      endsOn: "cohortForm.errors.endBeforeStart",
      competences: "cohortForm.errors.skillsRequired",
    });
  });

  it("turns the form into settings: whole local days, skills one per line with stable ids", () => {
    const result = validateForm(cohortForm, {
      ...defaults,
      name: "Mentoría 2027",
      objective: "Transformación digital",
      tools: "- Hojas de cálculo (Excel, Google Sheets)\n• Power Automate\npower automate\n",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const settings = settingsFromForm(result.value, starterSkills("es"));
    expect(settings.applicationsOpenAt.toISOString()).toBe("2026-11-22T23:00:00.000Z");
    expect(settings.applicationsCloseAt.toISOString()).toBe("2026-12-14T22:59:59.999Z");
    const tools = settings.skills.filter((s) => s.group === "tool");
    expect(tools).toEqual([
      { id: "spreadsheets", group: "tool", name: "Hojas de cálculo (Excel, Google Sheets)" },
      { id: "power-automate", group: "tool", name: "Power Automate" },
    ]);
  });

  it("reads skill lines without bullets, blanks or repeats", () => {
    expect(skillLines("- Excel\n\n* excel\n•  Word \n")).toEqual(["Excel", "Word"]);
  });
});

describe("cohorts", () => {
  let db: Database;
  let cohorts: CohortService;
  let coordinator: Person;
  const clock = new FakeClock(NOW);
  const enqueued: JobRequest[] = [];
  const jobs = { enqueue: async (requests: JobRequest[]) => (enqueued.push(...requests), requests.length) };

  const settings = (name: string, change: Partial<CohortSettings> = {}): CohortSettings => ({
    ...defaultCohortSettings(clock.now(), "Europe/Madrid", "es"),
    name,
    objective: "Transformación digital",
    ...change,
  });

  beforeAll(async () => {
    db = await openDatabase(await freshDatabaseUrl());
    // Every repository on the unit of work's client: inside a transaction it is that transaction.
    const transactions = new PrismaUnitOfWork(db);
    const people = new PeopleService(
      new PrismaPeopleRepository(transactions.client),
      clock,
      { configuredCoordinators: [], defaultLocale: "es", defaultTimeZone: "Europe/Madrid", profileMaxAgeMs: 1 },
      jobs,
    );
    coordinator = await people.identify({ platform: "slack", workspaceId: "T1", userId: "UCOORD" }, async () => ({
      displayName: "Carmen",
    }));
    cohorts = new CohortService(new PrismaCohortRepository(transactions.client), jobs, clock, transactions);
  });
  afterAll(() => db.$disconnect());

  it("creates a cohort as a draft and plans its window's opening and closing", async () => {
    enqueued.length = 0;
    const created = await cohorts.create(coordinator, settings("Mentoría Digital 2027"));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.cohort).toMatchObject({
      status: "draft",
      slug: "mentoria digital 2027",
      createdById: coordinator.id,
    });
    expect(enqueued.map((j) => [j.kind, j.runAt.toISOString()])).toEqual([
      [COHORT_JOBS.windowOpens, created.cohort.applicationsOpenAt.toISOString()],
      [COHORT_JOBS.windowCloses, created.cohort.applicationsCloseAt.toISOString()],
    ]);
  });

  it("refuses a second cohort with the same name, whatever the case or accents", async () => {
    const again = await cohorts.create(coordinator, settings("MENTORIA digital 2027"));
    expect(again).toEqual({ ok: false, errors: [{ field: "name", message: "cohortForm.errors.nameTaken" }] });
  });

  it("refuses a new cohort whose applications would already be closed", async () => {
    const late = await cohorts.create(
      coordinator,
      settings("Tarde", {
        applicationsOpenAt: new Date("2026-11-01T00:00:00Z"),
        applicationsCloseAt: new Date("2026-11-20T00:00:00Z"),
      }),
    );
    expect(late).toEqual({
      ok: false,
      errors: [{ field: "applicationsClose", message: "cohortForm.errors.closeInPast" }],
    });
  });

  it("opens on the planned date, once, and ignores a job planned for an older date", async () => {
    const [cohort] = await cohorts.list();
    expect(await cohorts.windowOpens({ cohortId: cohort!.id, at: "2026-01-01T00:00:00.000Z" })).toBeNull();
    const opened = await cohorts.windowOpens({ cohortId: cohort!.id, at: cohort!.applicationsOpenAt.toISOString() });
    expect(opened?.status).toBe("open");
    expect(applicationWindowOpen(opened!, clock.now())).toBe(true);
    // A retry of the same job answers the same (so its notice still goes), without changing anything.
    expect(
      (await cohorts.windowOpens({ cohortId: cohort!.id, at: cohort!.applicationsOpenAt.toISOString() }))?.status,
    ).toBe("open");
  });

  it("finds a cohort by part of its name, or the only one that fits", async () => {
    expect(await cohorts.choose("digital")).toMatchObject({ kind: "found" });
    expect(await cohorts.choose("")).toMatchObject({ kind: "found" });
    expect(await cohorts.choose("nada")).toMatchObject({ kind: "unknown", name: "nada" });
    await cohorts.create(coordinator, settings("Mentoría Inversa 2027"));
    expect(await cohorts.choose("")).toMatchObject({ kind: "ambiguous" });
    expect(await cohorts.choose("mentoria")).toMatchObject({ kind: "unknown" });
  });

  it("lets only a coordinator open, close or extend the window, and changes nothing for anyone else", async () => {
    const cohort = (await cohorts.choose("digital")) as { kind: "found"; cohort: { id: string } };
    const participant = { person: coordinator, isCoordinator: false };
    await expect(cohorts.closeApplications(participant, cohort.cohort.id)).rejects.toThrow(NotAllowedError);
    await expect(cohorts.extendApplications(participant, cohort.cohort.id, "2026-12-31")).rejects.toThrow(
      NotAllowedError,
    );
    await expect(cohorts.openApplications(participant, cohort.cohort.id)).rejects.toThrow(NotAllowedError);
    expect((await cohorts.findById(cohort.cohort.id))?.status).toBe("open");
  });

  it("closes early, extends (reopening), and refuses a date in the past", async () => {
    const cohort = (await cohorts.choose("digital")) as { kind: "found"; cohort: { id: string } };
    const closed = await cohorts.closeApplications(asCoordinator(coordinator), cohort.cohort.id);
    expect(closed.ok && closed.cohort.status).toBe("closed");
    expect(await cohorts.closeApplications(asCoordinator(coordinator), cohort.cohort.id)).toEqual({
      ok: false,
      reason: "already-closed",
    });
    expect(await cohorts.extendApplications(asCoordinator(coordinator), cohort.cohort.id, "2026-11-01")).toEqual({
      ok: false,
      reason: "date-in-past",
    });
    const extended = await cohorts.extendApplications(asCoordinator(coordinator), cohort.cohort.id, "2026-12-31");
    expect(extended.ok && extended.cohort.status).toBe("open");
    expect(extended.ok && extended.cohort.applicationsCloseAt.toISOString()).toBe("2026-12-31T22:59:59.999Z");
    // The old closing job is now stale: running it changes nothing.
    expect(await cohorts.windowCloses({ cohortId: cohort.cohort.id, at: "2026-12-14T22:59:59.999Z" })).toBeNull();
    clock.set("2027-01-01T00:00:00Z");
    const closedOnTime = await cohorts.windowCloses({ cohortId: cohort.cohort.id, at: "2026-12-31T22:59:59.999Z" });
    expect(closedOnTime?.status).toBe("closed");
    expect(await cohorts.openApplications(asCoordinator(coordinator), cohort.cohort.id)).toEqual({
      ok: false,
      reason: "window-over",
    });
    clock.set(NOW);
  });

  it("names cohorts the way people type them", () => {
    expect(cohortSlug("  Mentoría   Digital 2027-I ")).toBe("mentoria digital 2027-i");
  });
});
