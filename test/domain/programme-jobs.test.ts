import { describe, expect, it } from "vitest";
import { defaultCohortSettings, type Cohort } from "../../src/domain/cohorts/cohort";
import { programmeJobs } from "../../src/domain/cohorts/programme-jobs";

const cohort = (change: Partial<Cohort> = {}): Cohort => ({
  ...defaultCohortSettings(new Date("2026-11-02T09:00:00Z"), "Europe/Madrid", "es"),
  name: "Mentoría Digital",
  objective: "Transformación digital",
  id: "c1",
  slug: "mentoria digital",
  status: "running",
  isDemo: false,
  finishedAt: null,
  createdById: "carmen",
  createdAt: new Date("2026-11-02T09:00:00Z"),
  ...change,
});

describe("what a running cohort sets going (after its approval, or a change of its dates)", () => {
  it("plans the pulse and final questionnaires and the automatic close, at dates that move with the cohort", () => {
    const running = cohort();
    expect(programmeJobs(running).map((j) => j.kind)).toEqual(["evaluation.open", "evaluation.open", "cohort.finish"]);
    const later = cohort({ endsAt: new Date(running.endsAt.getTime() + 14 * 86_400_000) });
    const keys = (c: Cohort) => programmeJobs(c).map((j) => j.idempotencyKey);
    expect(keys(later)).not.toEqual(keys(running));
  });

  it("sets nothing going for a demo cohort or a finished one", () => {
    expect(programmeJobs(cohort({ isDemo: true }))).toEqual([]);
    expect(programmeJobs(cohort({ finishedAt: new Date("2027-03-01T00:00:00Z") }))).toEqual([]);
  });
});
