import { initialCandidates } from "./candidates";
import type { Cohort } from "./cohort";
import { availableAsMentee, remainingCapacity, type LockOutcome } from "./locks";
import { PairTable } from "./pair-table";
import { ADDITIONS_PER_MENTEE, type SolvedPair } from "./pricing";
import { solveBipartiteRound } from "./solve-bipartite";
import { solveGeneralRound, type GeneralStart, type GeneralState } from "./solve-general";
import type { BipartiteMatching } from "./solver-flow";

/**
 * Finds the assignment with the highest total fit among the people the locks leave free.
 *
 * Big cohorts are dense (most pairs are allowed), yet an optimal pair is almost always among a
 * person's best few once what each mentor is worth to the others is taken into account. So the
 * solver first sees only a few candidate pairs per person (candidates.ts); then every pruned pair
 * is checked against the solver's dual certificate, and the pairs that could improve the result
 * (the most promising few per mentee) are added and the graph solved again from where it was.
 * The answer is exactly optimal on the full graph; the pruning only saves time.
 *
 * Among assignments with the same total fit, the one with more pairs wins: each pair's weight is
 * fit × (n + 1) + 1, and n + 1 exceeds the number of pairs, so the bonus never outweighs a unit
 * of fit. That way nobody is left out for a pair worth 0.
 */
export type { SolvedPair } from "./pricing";

export interface SolveStats {
  /** "flow" when nobody left to place chose "both" (bipartite), "blossom" otherwise. */
  solver: "flow" | "blossom" | "none";
  rounds: number;
  /** Pairs the last round's solver saw. */
  edges: number;
  /** With "both" people: the relaxation the blossom algorithm started from. */
  generalStart?: "bipartite" | "fractional";
}

export interface SolveOptions {
  /** How many partners per person the first round keeps (default 8). */
  candidatesPerPerson?: number;
  /**
   * With "both" people, which relaxation starts the blossom algorithm (see solve-general.ts);
   * "auto" (the default) chooses. The others are for tests and measurements: the answer is the
   * same, only the time differs.
   */
  generalStart?: GeneralStart;
}

const DEFAULT_CANDIDATES = 8;
/**
 * After this many rounds each round adds twice as many pairs per mentee as the one before: a
 * cohort far from its first guess then still converges in a few more rounds. (Every round adds at
 * least one pair or stops, so it always ends.)
 */
const ROUNDS_BEFORE_WIDENING = 6;

export function solveOptimal(
  cohort: Cohort,
  locks: LockOutcome,
  options: SolveOptions = {},
): { pairs: SolvedPair[]; stats: SolveStats } {
  const n = cohort.people.length;
  const mentors: number[] = [];
  const mentees: number[] = [];
  for (let p = 0; p < n; p++) {
    if (remainingCapacity(cohort, locks, p) > 0) mentors.push(p);
    if (availableAsMentee(cohort, locks, p)) mentees.push(p);
  }
  if (mentors.length === 0 || mentees.length === 0)
    return { pairs: [], stats: { solver: "none", rounds: 0, edges: 0 } };
  const table = new PairTable(cohort, Int32Array.from(mentors), Int32Array.from(mentees));
  const capacity = Int32Array.from(mentors, (p) => remainingCapacity(cohort, locks, p));
  const multiplier = n + 1;
  const general = mentors.some((p) => cohort.isBoth[p] === 1);
  const candidates = initialCandidates(
    table,
    capacity,
    Math.max(1, Math.floor(options.candidatesPerPerson ?? DEFAULT_CANDIDATES)),
    multiplier,
  );
  let bipartite: BipartiteMatching | undefined;
  let generalState: GeneralState = {};
  for (let round = 1; ; round++) {
    const perMentee = ADDITIONS_PER_MENTEE * 2 ** Math.max(0, round - ROUNDS_BEFORE_WIDENING);
    let outcome: ReturnType<typeof solveGeneralRound> | ReturnType<typeof solveBipartiteRound>;
    if (general) {
      outcome = solveGeneralRound(
        cohort,
        table,
        capacity,
        candidates,
        multiplier,
        generalState,
        options.generalStart ?? "auto",
        perMentee,
      );
      generalState = outcome.state;
    } else {
      outcome = solveBipartiteRound(table, capacity, candidates, multiplier, bipartite, perMentee);
      bipartite = outcome.state;
    }
    if (!outcome.additions) {
      const edges = candidates.reduce((sum, list) => sum + list.length, 0);
      const stats: SolveStats = { solver: general ? "blossom" : "flow", rounds: round, edges };
      if (generalState.start) stats.generalStart = generalState.start;
      return { pairs: outcome.pairs, stats };
    }
    outcome.additions.forEach((added, e) => {
      if (added.length > 0) candidates[e] = [...candidates[e]!, ...added].sort((a, b) => a - b);
    });
  }
}
