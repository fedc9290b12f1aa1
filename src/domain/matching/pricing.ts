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

/** How many pruned pairs per mentee a round adds by default, at most: the most promising ones. */
export const ADDITIONS_PER_MENTEE = 8;

/**
 * The solver's weight for a pair: fit units × multiplier + 1. The multiplier exceeds the number
 * of pairs, so among assignments of equal total fit the one with more pairs wins.
 */
export function weightOf(units: number, multiplier: number): number {
  return units * multiplier + 1;
}

/**
 * The pruned pairs that could improve the current solution, the few with the largest excess for
 * each mentee; null when there are none (the solution is optimal on the full graph).
 *
 * A pair can only improve it when its weight exceeds rowBound[mentee] + colBound[mentor] (the
 * solver's duals); `exactExcess`, when given, then tells by how much exactly (a general matching's
 * blossoms add to some pairs' slack), else the excess is weight − the two bounds. The bounds are a
 * cheap filter over every allowed pair (28 million at 10,000 applicants).
 */
export function improvingPairs(
  table: PairTable,
  candidates: Candidates,
  multiplier: number,
  rowBound: ArrayLike<number>,
  colBound: ArrayLike<number>,
  exactExcess?: (e: number, m: number, weight: number) => number,
  limit = ADDITIONS_PER_MENTEE,
): number[][] | null {
  const { columns, cells } = table;
  const stamp = new Int32Array(columns).fill(-1);
  let found = false;
  const additions = candidates.map((list, e) => {
    for (const m of list) stamp[m] = e;
    const bound = rowBound[e]!;
    const best: { m: number; by: number }[] = [];
    const row = e * columns;
    for (let m = 0; m < columns; m++) {
      const units = cells ? cells[row + m]! - 1 : table.units(e, m);
      if (units < 0) continue;
      const weight = weightOf(units, multiplier);
      const over = weight - colBound[m]! - bound;
      if (over <= 0 || stamp[m] === e) continue;
      const by = exactExcess ? exactExcess(e, m, weight) : over;
      if (by <= 0) continue;
      if (best.length === limit && by <= best[best.length - 1]!.by) continue;
      if (best.length === limit) best.pop();
      let at = best.length;
      while (at > 0 && best[at - 1]!.by < by) at--;
      best.splice(at, 0, { m, by });
    }
    if (best.length > 0) found = true;
    return best.map((b) => b.m);
  });
  return found ? additions : null;
}
