import type { Cohort } from "./cohort";
import type { PairTable } from "./pair-table";
import { improvingPairs, weightOf, type Candidates, type RoundOutcome, type SolvedPair } from "./pricing";
import { solveGeneral } from "./solver-blossom";
import { solveBipartite, type BipartiteWarmStart } from "./solver-flow";

/**
 * One round of the "both" case on the candidate pairs, as a general matching.
 *
 * Vertices: one per mentee or "both" person, one per remaining seat of a mentor. A pair of people
 * is one edge worth its better direction ("both" with "both" may go either way).
 *
 * 1. The fractional relaxation (each pair may be half taken) is solved exactly as a bipartite
 *    problem on the "double cover" (every vertex once as a row and once as a column, every edge
 *    both ways): fast, and its duals are optimal for the relaxation.
 * 2. Its solution is half-integral: whole pairs, plus paths and cycles of half pairs. Paths and
 *    even cycles are split into whole pairs at no cost; an odd cycle leaves one vertex out.
 * 3. That matching and those duals start Edmonds' blossom algorithm, which then only has to deal
 *    with the vertices the odd cycles left out: typically a handful of short searches.
 *
 * The relaxation's duals, and then the blossom's, are checked against every pruned pair; pairs
 * that could improve the result are returned as additions for another round.
 */
export function solveGeneralRound(
  cohort: Cohort,
  table: PairTable,
  capacity: Int32Array,
  candidates: Candidates,
  multiplier: number,
  warm: BipartiteWarmStart | undefined,
): RoundOutcome & { state: BipartiteWarmStart } {
  const { mentors, mentees } = table;
  const n = cohort.people.length;
  const firstVertex = new Int32Array(n).fill(-1);
  const seats = new Int32Array(n);
  const personOf: number[] = [];
  const place = (p: number, count: number) => {
    if (firstVertex[p] !== -1) return;
    firstVertex[p] = personOf.length;
    seats[p] = count;
    for (let s = 0; s < count; s++) personOf.push(p);
  };
  mentors.forEach((p, m) => place(p, cohort.isBoth[p] ? 1 : capacity[m]!));
  mentees.forEach((p) => place(p, 1));
  const vertices = personOf.length;

  // One edge per pair of people, in its better direction.
  const pairIndex = new Map<number, number>();
  const pairMentor: number[] = [];
  const pairMentee: number[] = [];
  const pairUnits: number[] = [];
  candidates.forEach((list, e) => {
    const mentee = mentees[e]!;
    for (const m of list) {
      const mentor = mentors[m]!;
      const units = table.units(e, m);
      const key = mentor < mentee ? mentor * n + mentee : mentee * n + mentor;
      const known = pairIndex.get(key);
      if (known === undefined) {
        pairIndex.set(key, pairMentor.length);
        pairMentor.push(mentor);
        pairMentee.push(mentee);
        pairUnits.push(units);
      } else if (units > pairUnits[known]! || (units === pairUnits[known] && mentor < pairMentor[known]!)) {
        pairMentor[known] = mentor;
        pairMentee[known] = mentee;
        pairUnits[known] = units;
      }
    }
  });
  // Seat edges: a mentor's seats each get the pair's edge (a mentee or "both" person has one seat).
  const edgeU: number[] = [];
  const edgeV: number[] = [];
  const edgeWeight: number[] = [];
  const edgePair: number[] = [];
  pairMentor.forEach((mentor, k) => {
    const mentee = pairMentee[k]!;
    const weight = weightOf(pairUnits[k]!, multiplier);
    for (let s = 0; s < seats[mentor]!; s++) {
      edgeU.push(firstVertex[mentor]! + s);
      edgeV.push(firstVertex[mentee]!);
      edgeWeight.push(weight);
      edgePair.push(k);
    }
  });

  const dual = fractionalDuals(vertices, edgeU, edgeV, edgeWeight, warm);
  const minSeatDual = (p: number) => {
    let least = Infinity;
    for (let s = 0; s < seats[p]!; s++) least = Math.min(least, dual.dual[firstVertex[p]! + s]!);
    return least;
  };
  // Is the relaxation optimal on the full graph? If not, widen the graph before going further.
  const relaxed = improvingPairs(table, candidates, multiplier, (e, m, weight) => 2 * weight - minSeatDual(mentors[m]!) - dual.dual[firstVertex[mentees[e]!]!]!);
  if (relaxed) return { pairs: [], additions: relaxed, state: dual.state };

  const graph = { vertices, edgeU: Int32Array.from(edgeU), edgeV: Int32Array.from(edgeV), edgeWeight: Float64Array.from(edgeWeight) };
  const result = solveGeneral(graph, { mate: dual.mate, dual: dual.dual });
  const pairs: SolvedPair[] = [];
  for (let v = 0; v < vertices; v++) {
    const u = result.mate[v]!;
    if (u === -1 || u < v) continue;
    const k = edgePair[result.mateEdge[v]!]!;
    pairs.push({ mentor: pairMentor[k]!, mentee: pairMentee[k]!, units: pairUnits[k]! });
  }
  const additions = improvingPairs(table, candidates, multiplier, (e, m, weight) => {
    const mentor = mentors[m]!;
    const menteeVertex = firstVertex[mentees[e]!]!;
    let worst = 0;
    for (let s = 0; s < seats[mentor]!; s++) worst = Math.max(worst, -result.slack(firstVertex[mentor]! + s, menteeVertex, weight));
    return worst;
  });
  return { pairs, additions, state: dual.state };
}

/**
 * Solves the fractional relaxation on the double cover and rounds it: returns a matching whose
 * edges are tight under the returned doubled duals (2·y), which are feasible for every edge.
 */
function fractionalDuals(
  vertices: number,
  edgeU: number[],
  edgeV: number[],
  edgeWeight: number[],
  warm: BipartiteWarmStart | undefined,
): { mate: Int32Array; dual: Float64Array; state: BipartiteWarmStart } {
  const degree = new Int32Array(vertices + 1);
  for (let k = 0; k < edgeU.length; k++) {
    degree[edgeU[k]!]!++;
    degree[edgeV[k]!]!++;
  }
  const rowStart = new Int32Array(vertices + 1);
  for (let v = 0; v < vertices; v++) rowStart[v + 1] = rowStart[v]! + degree[v]!;
  const fill = rowStart.slice(0, vertices);
  const edgeCol = new Int32Array(rowStart[vertices]!);
  const weight = new Float64Array(edgeCol.length);
  for (let k = 0; k < edgeU.length; k++) {
    const u = edgeU[k]!;
    const v = edgeV[k]!;
    edgeCol[fill[u]!] = v;
    weight[fill[u]!++] = edgeWeight[k]!;
    edgeCol[fill[v]!] = u;
    weight[fill[v]!++] = edgeWeight[k]!;
  }
  const flow = solveBipartite({ rows: vertices, cols: vertices, capacity: new Int32Array(vertices).fill(1), rowStart, edgeCol, edgeWeight: weight }, warm);
  // Symmetrised duals: y_v = (row dual + column dual) / 2, kept doubled.
  const dual = Float64Array.from({ length: vertices }, (_, v) => flow.rowDual[v]! + flow.colDual[v]!);

  // x(u, v) = (row u → column v) + (row v → column u), halved: whole pairs and half pairs.
  const out = flow.rowMate;
  const into = new Int32Array(vertices).fill(-1);
  out.forEach((v, u) => {
    if (v !== -1) into[v] = u;
  });
  const mate = new Int32Array(vertices).fill(-1);
  const halves: number[][] = Array.from({ length: vertices }, () => []);
  for (let u = 0; u < vertices; u++) {
    const v = out[u]!;
    if (v === -1) continue;
    if (out[v] === u) mate[u] = v;
    else {
      halves[u]!.push(v);
      halves[v]!.push(u);
    }
  }
  // Half pairs form paths and cycles (every vertex has at most two). Take every other edge; an
  // odd cycle leaves out its vertex with the smallest dual.
  const done = new Uint8Array(vertices);
  const walk = (from: number): number[] => {
    const seq = [from];
    done[from] = 1;
    for (let previous = -1, at = from; ; ) {
      const next = halves[at]!.find((x) => x !== previous && !done[x]);
      if (next === undefined) return seq;
      seq.push(next);
      done[next] = 1;
      previous = at;
      at = next;
    }
  };
  const pairUp = (seq: number[], skip: number) => {
    const length = seq.length;
    for (let i = 0; i + 1 < length; i += 2) {
      const a = seq[(skip + 1 + i) % length]!;
      const b = seq[(skip + 2 + i) % length]!;
      mate[a] = b;
      mate[b] = a;
    }
  };
  for (let v = 0; v < vertices; v++) {
    if (!done[v] && halves[v]!.length === 1) {
      const seq = walk(v);
      pairUp(seq, seq.length - 1); // from the first vertex: (0, 1), (2, 3), …
    }
  }
  for (let v = 0; v < vertices; v++) {
    if (done[v] || halves[v]!.length !== 2) continue;
    const cycle = walk(v);
    if (cycle.length % 2 === 0) pairUp(cycle, cycle.length - 1);
    else {
      let out = 0;
      for (let i = 1; i < cycle.length; i++) if (dual[cycle[i]!]! < dual[cycle[out]!]!) out = i;
      pairUp(cycle, out);
    }
  }
  return { mate, dual, state: flow };
}
