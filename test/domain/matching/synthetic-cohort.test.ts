import { describe, expect, it } from "vitest";
import { syntheticCohort } from "../../../src/domain/matching";

describe("synthetic cohorts (benchmark, tests, demo)", () => {
  it("are deterministic and shaped like the seeds' programme", () => {
    const cohort = syntheticCohort({ size: 1000, seed: 9, locale: "en" });
    expect(syntheticCohort({ size: 1000, seed: 9, locale: "en" })).toEqual(cohort);
    const { candidates } = cohort;
    expect(new Set(candidates.map((c) => c.id)).size).toBe(1000);
    const share = (role: string) => candidates.filter((c) => c.role === role).length / candidates.length;
    expect(share("mentor")).toBeGreaterThan(0.35);
    expect(share("mentee")).toBeGreaterThan(0.4);
    expect(share("both")).toBeGreaterThan(0.03);
    // Young mentors are strong in the tools, senior mentees weak in them; mentors may take more than one.
    const mean = (role: string, skill: string) => {
      const group = candidates.filter((c) => c.role === role);
      return group.reduce((sum, c) => sum + c.ratings[skill]!, 0) / group.length;
    };
    expect(mean("mentor", "generative-ai")).toBeGreaterThan(3.8);
    expect(mean("mentee", "generative-ai")).toBeLessThan(2.5);
    expect(mean("mentee", "e-government")).toBeGreaterThan(mean("mentor", "e-government"));
    expect(candidates.some((c) => c.capacity > 1)).toBe(true);
    expect(new Set(candidates.map((c) => c.department)).size).toBeGreaterThan(4);
    expect(new Set(candidates.flatMap((c) => c.languages))).toEqual(new Set(["es", "en"]));
    // In classic mode the seniors mentor.
    const classic = syntheticCohort({ size: 400, seed: 9, locale: "es", mode: "classic" }).candidates;
    const classicMentors = classic.filter((c) => c.role === "mentor");
    expect(
      classicMentors.reduce((sum, c) => sum + c.ratings["e-government"]!, 0) / classicMentors.length,
    ).toBeGreaterThan(3.5);
  });
});
