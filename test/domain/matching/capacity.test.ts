import { describe, expect, it } from "vitest";
import { matchCohort, MAX_MENTEES_PER_MENTOR } from "../../../src/domain/matching";
import { cohortInput, digitalMentor, seniorMentee } from "./builders";

/**
 * A capacity stored before drafts were checked (or written straight into the database) must not
 * stall the solver: a mentor with capacity k becomes k seats, and 1e8 once blocked it for 29 s.
 */
describe("a mentor's capacity", () => {
  const mentees = Array.from({ length: 6 }, (_, i) => seniorMentee(`mentee-${i}`));

  for (const capacity of [1e8, 2_000_000_000, Number.MAX_SAFE_INTEGER]) {
    it(`is clamped to the cohort's maximum when it says ${capacity}`, () => {
      const started = performance.now();
      const result = matchCohort(
        cohortInput([digitalMentor("ana", { capacity }), ...mentees], { rules: { allowMultipleMentees: true } }),
      );
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(result.pairs.filter((p) => p.mentorId === "ana")).toHaveLength(MAX_MENTEES_PER_MENTOR);
      expect(result.unmatched).toHaveLength(mentees.length - MAX_MENTEES_PER_MENTOR);
    });
  }

  it("still takes the mentees it allows, and one when the cohort allows only one", () => {
    const two = matchCohort(
      cohortInput([digitalMentor("ana", { capacity: 2 }), ...mentees], { rules: { allowMultipleMentees: true } }),
    );
    expect(two.pairs).toHaveLength(2);
    const single = matchCohort(
      cohortInput([digitalMentor("ana", { capacity: 1e8 }), ...mentees], { rules: { allowMultipleMentees: false } }),
    );
    expect(single.pairs).toHaveLength(1);
  });
});
