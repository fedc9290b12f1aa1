import { describe, expect, it } from "vitest";
import {
  fitScore,
  matchCohort,
  runMatching,
  seededRandom,
  syntheticCohort,
  DEFAULT_MATCHING_RULES,
  type GeneralStart,
  type MatchingInput,
} from "../../../src/domain/matching";
import { expectValid } from "./checks";
import { oracleMatch } from "./oracle";
import { randomInstance } from "./random-instance";

/**
 * The engine against an independent MIP (oracle.ts, HiGHS) on many random cohorts with every
 * constraint in play. The engine also runs with 1 and 2 candidate pairs per person, so that its
 * pruning, certificate and extra rounds are exercised on these small cohorts too, and from each
 * of the relaxations that can start the blossom algorithm when people chose "both".
 */
const RUNS: [number | undefined, GeneralStart][] = [undefined, 1, 2].flatMap((k) =>
  (["auto", "bipartite", "fractional"] as const).map((start): [number | undefined, GeneralStart] => [k, start]),
);
async function expectOptimal(input: MatchingInput, label: string): Promise<void> {
  const oracle = await oracleMatch(input);
  const byId = new Map(input.candidates.map((c) => [c.id, c]));
  for (const [candidatesPerPerson, generalStart] of RUNS) {
    const result = matchCohort(input, { ...(candidatesPerPerson ? { candidatesPerPerson } : {}), generalStart });
    const where = `${label}, ${candidatesPerPerson ?? "default"} candidates per person, ${generalStart} start`;
    expect(
      Math.abs(result.totalScore - oracle.total),
      `${where}: engine ${result.totalScore}, HiGHS ${oracle.total}`,
    ).toBeLessThan(1e-9);
    expectValid(input, result, where);
    expect(
      result.rejectedLocks.map((l) => `${l.mentorId}→${l.menteeId}`),
      where,
    ).toEqual(oracle.rejectedLocks.map((l) => `${l.mentorId}→${l.menteeId}`));
    const locked = result.pairs.filter((p) => p.locked).map((p) => `${p.mentorId}→${p.menteeId}`);
    expect(locked.sort(), where).toEqual(oracle.honouredLocks.map((l) => `${l.mentorId}→${l.menteeId}`).sort());
    for (const pair of result.pairs)
      expect(pair.score, where).toBe(fitScore(byId.get(pair.mentorId)!, byId.get(pair.menteeId)!, input));
  }
}

describe("optimal: equal to the HiGHS MIP on random cohorts with every constraint", () => {
  const BATCH = 40;
  for (let batch = 0; batch < 6; batch++) {
    const seeds = Array.from({ length: BATCH }, (_, i) => 1 + batch * BATCH + i);
    it(`small cohorts (2–14 people), seeds ${seeds[0]}–${seeds[BATCH - 1]}`, async () => {
      for (const seed of seeds) {
        const bothShare = [0, 0.25, 0.6][seed % 3]!;
        await expectOptimal(randomInstance(seed, { maxCandidates: 14, bothShare }), `seed ${seed}`);
      }
    });
  }

  for (let batch = 0; batch < 4; batch++) {
    const seeds = Array.from({ length: BATCH }, (_, i) => 501 + batch * BATCH + i);
    it(`crowded cohorts (up to 20 people, most pairs allowed), seeds ${seeds[0]}–${seeds[BATCH - 1]}`, async () => {
      for (const seed of seeds) {
        const bothShare = [0.1, 0.3, 0.7][seed % 3]!;
        await expectOptimal(
          randomInstance(seed, { maxCandidates: 20, bothShare, loose: true }),
          `crowded seed ${seed}`,
        );
      }
    });
  }

  it("larger cohorts (up to 36 people), 40 seeds", async () => {
    for (let seed = 1001; seed <= 1040; seed++)
      await expectOptimal(
        randomInstance(seed, { maxCandidates: 36, bothShare: seed % 2 ? 0.15 : 0.4, loose: seed % 4 === 0 }),
        `seed ${seed}`,
      );
  });

  it("seed-shaped cohorts with locks, exclusions and past pairs", async () => {
    for (const [size, seed] of [
      [40, 1],
      [60, 2],
      [70, 3],
    ] as const) {
      const { candidates, skills } = syntheticCohort({
        size,
        seed,
        locale: "es",
        mode: seed === 2 ? "classic" : "reverse",
      });
      const random = seededRandom(seed);
      const id = () => candidates[Math.floor(random() * candidates.length)]!;
      const input: MatchingInput = {
        candidates,
        skills,
        rules: { ...DEFAULT_MATCHING_RULES, avoidSameDepartment: seed === 3 },
        locks: Array.from({ length: 4 }, () => ({ mentorId: id().id, menteeId: id().id })),
        exclusions: Array.from({ length: 10 }, () => ({ a: id().id, b: id().id })),
        pastPairs: Array.from({ length: 10 }, () => ({ a: id().personId, b: id().personId })),
        referenceDate: new Date(Date.UTC(2026, seed * 3, 10)),
      };
      await expectOptimal(input, `synthetic ${size}`);
    }
  });
});

describe("the pruning and the starting relaxation never change the optimum", () => {
  it('a 300-person cohort where everyone chose "both": the same total from either relaxation', () => {
    const { candidates, skills } = syntheticCohort({ size: 300, seed: 8, locale: "es" });
    const input: MatchingInput = {
      candidates: candidates.map((c) => ({ ...c, role: "both" })),
      skills,
      rules: DEFAULT_MATCHING_RULES,
      locks: [],
      exclusions: [],
      pastPairs: [],
      referenceDate: new Date("2026-03-31T12:00:00Z"),
    };
    const runs = (["auto", "bipartite", "fractional"] as const).map((generalStart) =>
      runMatching(input, { generalStart }),
    );
    expect(new Set(runs.map((r) => r.result.totalScore)).size).toBe(1);
    // So many "both" people would leave the blossom algorithm most of the work from the bipartite start.
    expect(runs[0]!.stats.generalStart).toBe("fractional");
    for (const run of runs) expectValid(input, run.result, `${run.stats.generalStart} start`);
  });

  it("400 applicants: the same total with 1, 3, 8 and 40 candidate pairs per person", () => {
    const { candidates, skills } = syntheticCohort({ size: 400, seed: 7, locale: "en" });
    const input: MatchingInput = {
      candidates,
      skills,
      rules: DEFAULT_MATCHING_RULES,
      locks: [],
      exclusions: [],
      pastPairs: [],
      referenceDate: new Date("2026-03-31T12:00:00Z"),
    };
    const totals = [1, 3, 8, 40].map((candidatesPerPerson) => matchCohort(input, { candidatesPerPerson }).totalScore);
    expect(new Set(totals).size).toBe(1);
  });
});
