import type { PairTable } from "./pair-table";
import {
  ADDITIONS_PER_MENTEE,
  improvingPairs,
  weightOf,
  type Candidates,
  type RoundOutcome,
  type SolvedPair,
} from "./pricing";
import { solveBipartite, type BipartiteMatching, type BipartiteWarmStart } from "./solver-flow";

/**
 * One round on the candidate pairs as a bipartite problem: mentees (rows) to mentors (columns,
 * with the mentees they can still take as capacity), from the previous round's solution when
 * there is one. Someone who chose "both" is a row and a column at once here, which is exact when
 * nobody chose "both" and the relaxation that solve-general.ts starts from otherwise.
 */
export function solveBipartiteRound(
  table: PairTable,
  capacity: Int32Array,
  candidates: Candidates,
  multiplier: number,
  warm: BipartiteWarmStart | undefined,
  additionsPerMentee = ADDITIONS_PER_MENTEE,
): RoundOutcome & { state: BipartiteMatching } {
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
  const result = solveBipartite(
    { rows: mentees.length, cols: mentors.length, capacity, rowStart, edgeCol, edgeWeight },
    warm,
  );
  const pairs: SolvedPair[] = [];
  result.rowMate.forEach((m, e) => {
    if (m !== -1) pairs.push({ mentor: mentors[m]!, mentee: mentees[e]!, units: table.units(e, m) });
  });
  const { rowDual, colDual } = result;
  const additions = improvingPairs(table, candidates, multiplier, rowDual, colDual, undefined, additionsPerMentee);
  return { pairs, additions, state: result };
}
