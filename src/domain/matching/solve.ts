import type { Cohort } from "./cohort";
import { availableAsMentee, remainingCapacity, type LockOutcome } from "./locks";
import { PairTable } from "./pair-table";
import { improvingPairs, weightOf, type Candidates, type RoundOutcome, type SolvedPair } from "./pricing";
import { solveGeneralRound } from "./solve-general";
import { solveBipartite, type BipartiteWarmStart } from "./solver-flow";

/**
 * Finds the assignment with the highest total fit among the people the locks leave free.
 *
 * Big cohorts are dense (most pairs are allowed), yet an optimal pair is almost always among a
 * person's best few. So the solver first sees only every mentee's best mentors and every
 * mentor's best mentees (times their capacity); then every pruned pair is checked against the
 * solver's dual certificate, and the pairs that could improve the result (the most promising few
 * per mentee) are added and the graph solved again. The answer is exactly optimal on the full
 * graph; the pruning only saves time.
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
}

export interface SolveOptions {
  /** How many partners per person the first round keeps (default 8). */
  candidatesPerPerson?: number;
}

const DEFAULT_CANDIDATES = 8;
const MAX_ROUNDS = 12;

export function solveOptimal(cohort: Cohort, locks: LockOutcome, options: SolveOptions = {}): { pairs: SolvedPair[]; stats: SolveStats } {
  const n = cohort.people.length;
  const mentors: number[] = [];
  const mentees: number[] = [];
  for (let p = 0; p < n; p++) {
    if (remainingCapacity(cohort, locks, p) > 0) mentors.push(p);
    if (availableAsMentee(cohort, locks, p)) mentees.push(p);
  }
  if (mentors.length === 0 || mentees.length === 0) return { pairs: [], stats: { solver: "none", rounds: 0, edges: 0 } };
  const table = new PairTable(cohort, Int32Array.from(mentors), Int32Array.from(mentees));
  const capacity = Int32Array.from(mentors, (p) => remainingCapacity(cohort, locks, p));
  const multiplier = n + 1;
  const general = mentors.some((p) => cohort.isBoth[p] === 1);
  const candidates = initialCandidates(table, capacity, Math.max(1, options.candidatesPerPerson ?? DEFAULT_CANDIDATES));
  let warm: BipartiteWarmStart | undefined;
  for (let round = 1; ; round++) {
    const outcome = general ? solveGeneralRound(cohort, table, capacity, candidates, multiplier, warm) : solveBipartiteRound(table, capacity, candidates, multiplier, warm);
    warm = outcome.state;
    if (!outcome.additions) {
      const edges = candidates.reduce((sum, list) => sum + list.length, 0);
      return { pairs: outcome.pairs, stats: { solver: general ? "blossom" : "flow", rounds: round, edges } };
    }
    if (round >= MAX_ROUNDS) {
      // Safety net, never needed on the cohorts measured: give the solver every allowed pair.
      candidates.forEach((list, e) => {
        list.length = 0;
        for (let m = 0; m < mentors.length; m++) if (table.units(e, m) >= 0) list.push(m);
      });
    } else {
      outcome.additions.forEach((added, e) => {
        if (added.length > 0) candidates[e] = [...candidates[e]!, ...added].sort((a, b) => a - b);
      });
    }
  }
}

/** Best `size` partners per owner by weight (ties to the lower partner), kept sorted. */
class TopPartners {
  private readonly start: Int32Array;
  private readonly count: Int32Array;
  private readonly weight: Float64Array;
  private readonly partner: Int32Array;

  constructor(sizes: ArrayLike<number>) {
    this.start = new Int32Array(sizes.length + 1);
    for (let i = 0; i < sizes.length; i++) this.start[i + 1] = this.start[i]! + sizes[i]!;
    this.count = new Int32Array(sizes.length);
    this.weight = new Float64Array(this.start[sizes.length]!);
    this.partner = new Int32Array(this.start[sizes.length]!);
  }

  offer(owner: number, partner: number, weight: number): void {
    const from = this.start[owner]!;
    const size = this.start[owner + 1]! - from;
    let count = this.count[owner]!;
    if (count === size) {
      if (size === 0 || weight <= this.weight[from + size - 1]!) return;
      count--;
    } else this.count[owner] = count + 1;
    let at = from + count;
    while (at > from && this.weight[at - 1]! < weight) {
      this.weight[at] = this.weight[at - 1]!;
      this.partner[at] = this.partner[at - 1]!;
      at--;
    }
    this.weight[at] = weight;
    this.partner[at] = partner;
  }

  partners(owner: number): Int32Array {
    const from = this.start[owner]!;
    return this.partner.subarray(from, from + this.count[owner]!);
  }
}

function initialCandidates(table: PairTable, capacity: Int32Array, perPerson: number): Candidates {
  const { mentors, mentees } = table;
  const menteeTop = new TopPartners(Array.from(mentees, () => perPerson));
  const mentorTop = new TopPartners(Array.from(capacity, (c) => perPerson * c));
  for (let e = 0; e < mentees.length; e++) {
    for (let m = 0; m < mentors.length; m++) {
      const units = table.units(e, m);
      if (units < 0) continue;
      menteeTop.offer(e, m, units);
      mentorTop.offer(m, e, units);
    }
  }
  const candidates: Candidates = Array.from(mentees, (_, e) => [...menteeTop.partners(e)]);
  for (let m = 0; m < mentors.length; m++) for (const e of mentorTop.partners(m)) candidates[e]!.push(m);
  return candidates.map((list) => [...new Set(list)].sort((a, b) => a - b));
}

/**
 * One round without "both" people: mentees (rows) to mentors (columns, with the mentees they can
 * still take as capacity), starting from the previous round's solution when there is one.
 */
function solveBipartiteRound(table: PairTable, capacity: Int32Array, candidates: Candidates, multiplier: number, warm: BipartiteWarmStart | undefined): RoundOutcome & { state: BipartiteWarmStart } {
  const { mentors, mentees } = table;
  const rowStart = new Int32Array(mentees.length + 1);
  candidates.forEach((list, e) => (rowStart[e + 1] = rowStart[e]! + list.length));
  const edgeCol = new Int32Array(rowStart[mentees.length]!);
  const edgeWeight = new Float64Array(edgeCol.length);
  candidates.forEach((list, e) => {
    let k = rowStart[e]!;
    for (const m of list) {
      edgeCol[k] = m;
      edgeWeight[k++] = weightOf(table.units(e, m), multiplier);
    }
  });
  const result = solveBipartite({ rows: mentees.length, cols: mentors.length, capacity, rowStart, edgeCol, edgeWeight }, warm);
  const pairs: SolvedPair[] = [];
  result.rowMate.forEach((m, e) => {
    if (m !== -1) pairs.push({ mentor: mentors[m]!, mentee: mentees[e]!, units: table.units(e, m) });
  });
  const additions = improvingPairs(table, candidates, multiplier, (e, m, weight) => weight - result.rowDual[e]! - result.colDual[m]!);
  return { pairs, additions, state: result };
}
