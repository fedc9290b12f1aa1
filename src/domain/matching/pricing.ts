import type { PairTable } from "./pair-table";

/** Shared by both solvers' rounds: pair weights, and the check of pruned pairs against duals. */
export interface SolvedPair {
  mentor: number;
  mentee: number;
  units: number;
}

/** One round on the candidate pairs: the pairs found, and the pairs that could still improve them. */
export interface RoundOutcome {
  pairs: SolvedPair[];
  /** Per mentee, mentor positions to add; null when the pairs are optimal on the full graph. */
  additions: number[][] | null;
}

/** Candidate mentors (positions in table.mentors) per mentee position, sorted and unique. */
export type Candidates = number[][];

/** How many pruned pairs per mentee a round adds, at most: the most promising ones. */
const ADDITIONS_PER_MENTEE = 8;

/**
 * The solver's weight for a pair: fit units × multiplier + 1. The multiplier exceeds the number
 * of pairs, so among assignments of equal total fit the one with more pairs wins.
 */
export function weightOf(units: number, multiplier: number): number {
  return units * multiplier + 1;
}

/**
 * The pruned pairs that could improve the current solution (`excess` > 0), the few with
 * the largest excess for each mentee; null when there are none (the solution is optimal).
 */
export function improvingPairs(table: PairTable, candidates: Candidates, multiplier: number, excess: (e: number, m: number, weight: number) => number): number[][] | null {
  const columns = table.mentors.length;
  const stamp = new Int32Array(columns).fill(-1);
  let found = false;
  const additions = candidates.map((list, e) => {
    for (const m of list) stamp[m] = e;
    const best: { m: number; by: number }[] = [];
    for (let m = 0; m < columns; m++) {
      if (stamp[m] === e) continue;
      const units = table.units(e, m);
      if (units < 0) continue;
      const by = excess(e, m, weightOf(units, multiplier));
      if (by <= 0) continue;
      if (best.length === ADDITIONS_PER_MENTEE && by <= best[best.length - 1]!.by) continue;
      if (best.length === ADDITIONS_PER_MENTEE) best.pop();
      let at = best.length;
      while (at > 0 && best[at - 1]!.by < by) at--;
      best.splice(at, 0, { m, by });
    }
    if (best.length > 0) found = true;
    return best.map((b) => b.m);
  });
  return found ? additions : null;
}

