import { describe, expect, it } from "vitest";
import {
  matchCohort,
  seededRandom,
  syntheticCohort,
  DEFAULT_MATCHING_RULES,
  type MatchingInput,
  type Random,
} from "../../../src/domain/matching";
import { randomInstance } from "./random-instance";

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The same cohort listed in another order (locks keep theirs: the first of two conflicting locks wins). */
function reordered(input: MatchingInput, seed: number): MatchingInput {
  const random = seededRandom(seed);
  return {
    ...input,
    candidates: shuffled(random, input.candidates),
    skills: shuffled(random, input.skills),
    exclusions: shuffled(random, input.exclusions).map(({ a, b }) => (random() < 0.5 ? { a: b, b: a } : { a, b })),
    pastPairs: shuffled(random, input.pastPairs).map(({ a, b }) => (random() < 0.5 ? { a: b, b: a } : { a, b })),
  };
}

describe("determinism", () => {
  it("the order the cohort is listed in does not change the result (random cohorts)", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const input = randomInstance(seed, { maxCandidates: 20, loose: seed % 2 === 0, bothShare: 0.3 });
      const result = matchCohort(input);
      for (const order of [1, 2])
        expect(matchCohort(reordered(input, seed * 10 + order)), `seed ${seed}`).toEqual(result);
    }
  });

  it("the order does not change the result of a 300-applicant cohort either, and the input is left as it was", () => {
    const { candidates, skills } = syntheticCohort({ size: 300, seed: 11, locale: "es" });
    const input: MatchingInput = {
      candidates,
      skills,
      rules: DEFAULT_MATCHING_RULES,
      locks: [{ mentorId: candidates[0]!.id, menteeId: candidates[1]!.id }],
      exclusions: [{ a: candidates[2]!.id, b: candidates[3]!.id }],
      pastPairs: [{ a: candidates[4]!.personId, b: candidates[5]!.personId }],
      referenceDate: new Date("2026-10-05T12:00:00Z"),
    };
    const before = structuredClone(input);
    const result = matchCohort(input);
    expect(input).toEqual(before);
    expect(matchCohort(input)).toEqual(result);
    expect(matchCohort(reordered(input, 5))).toEqual(result);
  });
});
