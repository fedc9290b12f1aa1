import { describe, expect, it } from "vitest";
import {
  greedyPairing,
  matchCohort,
  randomPairing,
  randomPairingScore,
  syntheticCohort,
  DEFAULT_MATCHING_RULES,
  type MatchingInput,
} from "../../../src/domain/matching";
import { expectValid } from "./checks";
import { randomInstance } from "./random-instance";

describe("baselines (greedy and random pairings)", () => {
  it("keep the same rules and locks as the engine, and never beat it", () => {
    for (let seed = 1; seed <= 80; seed++) {
      const input = randomInstance(seed, { maxCandidates: 18, loose: seed % 2 === 0, bothShare: 0.3 });
      const best = matchCohort(input);
      const greedy = greedyPairing(input);
      const random = randomPairing(input, seed);
      for (const [name, pairing] of [
        ["greedy", greedy],
        ["random", random],
      ] as const) {
        expectValid(input, pairing, `seed ${seed}, ${name}`);
        expect(pairing.totalScore, `seed ${seed}, ${name}`).toBeLessThanOrEqual(best.totalScore);
        for (const pair of best.pairs.filter((p) => p.locked))
          expect(pairing.pairs, `seed ${seed}, ${name}`).toContainEqual({
            mentorId: pair.mentorId,
            menteeId: pair.menteeId,
            score: pair.score,
          });
      }
    }
  });

  it("greedy is deterministic, random reproducible from its seed, and on a seed-shaped cohort: random < greedy < optimum", () => {
    const { candidates, skills } = syntheticCohort({ size: 240, seed: 3, locale: "es" });
    const input: MatchingInput = {
      candidates,
      skills,
      rules: DEFAULT_MATCHING_RULES,
      locks: [],
      exclusions: [],
      pastPairs: [],
      referenceDate: new Date("2026-05-04T12:00:00Z"),
    };
    expect(greedyPairing(input)).toEqual(greedyPairing(input));
    expect(randomPairing(input, 42)).toEqual(randomPairing(input, 42));
    const optimum = matchCohort(input).totalScore;
    const greedy = greedyPairing(input).totalScore;
    const random = randomPairingScore(input, 1, 5);
    expect(random).toBeLessThan(greedy);
    expect(greedy).toBeLessThan(optimum);
  });
});
