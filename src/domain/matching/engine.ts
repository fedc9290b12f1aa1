import { prepareCohort } from "./cohort";
import { fitUnits, unitsToScore } from "./fit";
import { pairReasons, unmatchedReason } from "./explain";
import { applyLocks } from "./locks";
import { solveOptimal, type SolveOptions, type SolveStats } from "./solve";
import type { MatchedPair, MatchingInput, MatchingResult } from "./types";

/**
 * The matching engine: honours the valid locks, then pairs everyone else so that the total fit is
 * the highest possible under the hard constraints, and explains every pair and every person left
 * out. Pure and deterministic: the same cohort gives the same result, whatever its order.
 */
export function matchCohort(input: MatchingInput, options: SolveOptions = {}): MatchingResult {
  return runMatching(input, options).result;
}

/** `matchCohort`, plus how the solver got there (for the benchmark). */
export function runMatching(
  input: MatchingInput,
  options: SolveOptions = {},
): { result: MatchingResult; stats: SolveStats } {
  const cohort = prepareCohort(input);
  const locks = applyLocks(cohort);
  const solved = solveOptimal(cohort, locks, options);
  const placed = [
    ...locks.accepted.map(({ mentor, mentee }) => ({
      mentor,
      mentee,
      units: fitUnits(cohort.fit, mentor, mentee),
      locked: true,
    })),
    ...solved.pairs.map((pair) => ({ ...pair, locked: false })),
  ];
  const paired = new Uint8Array(cohort.people.length);
  let totalUnits = 0;
  const pairs: MatchedPair[] = placed.map(({ mentor, mentee, units, locked }) => {
    paired[mentor] = paired[mentee] = 1;
    totalUnits += units;
    return {
      mentorId: cohort.people[mentor]!.id,
      menteeId: cohort.people[mentee]!.id,
      score: unitsToScore(units),
      reasons: pairReasons(cohort, mentor, mentee, locked),
      locked,
    };
  });
  pairs.sort((a, b) => b.score - a.score || compare(a.mentorId, b.mentorId) || compare(a.menteeId, b.menteeId));
  const unmatched = cohort.people.flatMap((candidate, p) =>
    paired[p] ? [] : [{ candidateId: candidate.id, reason: unmatchedReason(cohort, locks, p) }],
  );
  return {
    result: { pairs, unmatched, totalScore: unitsToScore(totalUnits), rejectedLocks: locks.rejected },
    stats: solved.stats,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
