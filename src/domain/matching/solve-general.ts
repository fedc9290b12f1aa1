import type { Cohort } from "./cohort";
import type { PairTable } from "./pair-table";
import {
  ADDITIONS_PER_MENTEE,
  improvingPairs,
  weightOf,
  type Candidates,
  type RoundOutcome,
  type SolvedPair,
} from "./pricing";
import { solveBipartiteRound } from "./solve-bipartite";
import { solveGeneral, type GeneralMatching, type WarmStart } from "./solver-blossom";
import { solveBipartite, type BipartiteMatching } from "./solver-flow";

/**
 * One round of the case with "both" people left to place, on the candidate pairs.
 *
 * Why not just bipartite: a "both" person may mentor or be mentored but not both at once, so the
 * pairing graph has odd cycles (mentor – "both" – mentee – mentor) and bipartite methods can
 * return someone in two pairs. Splitting into cases is exponential in the number of "both"
 * people. The exact answer is a maximum-weight matching in a general graph (Edmonds' blossom
 * algorithm, solver-blossom.ts): one vertex per mentee or "both" person, one per remaining place
 * of a mentor, and one edge per pair of people worth its better direction.
 *
 * The blossom algorithm is slow from nothing, so it starts from a relaxation solved by the fast
 * flow solver, one of two:
 *
 * - "bipartite": "both" people sit on both sides at once (solve-bipartite.ts). Its duals add up to
 *   feasible duals of the general problem (a "both" person's is the sum of their mentee and mentor
 *   duals) and its pairs are kept wherever they stay tight and nobody is in two. Cheap, and good
 *   when few "both" people end up in two pairs (seed-shaped cohorts: about 1 in 60 vertices).
 * - "fractional": the general problem with pairs allowed to be half taken, solved on its "double
 *   cover" (every vertex once as a row and once as a column, every edge both ways). Its optimum is
 *   whole pairs plus paths and cycles of half pairs; splitting those leaves one vertex out per odd
 *   cycle. About four times the work of the first, but it leaves the blossom algorithm little to
 *   do however many people chose "both" (from the first, a cohort where everyone chose "both"
 *   leaves everyone to the blossom algorithm: minutes at 2,000 people instead of seconds).
 *
 * "auto" solves the first (needed anyway, see below), counts the people it put in two pairs, and
 * uses it when they are few, the second otherwise; should the blossom algorithm still need many
 * dual updates from the first, it gives up early and starts from the second. Either way the start
 * is optimal for its relaxation on the full graph before the blossom algorithm runs (pairs that
 * could improve it are added first), and the blossom's final duals are checked against every
 * pruned pair. The choice only changes the time, never the answer.
 */
export type GeneralStart = "auto" | "bipartite" | "fractional";

/** What a round hands to the next: the relaxations' solutions, to start from. */
export interface GeneralState {
  relaxed?: BipartiteMatching;
  cover?: BipartiteMatching;
  /** Decided in the first round that gets that far, then kept. */
  start?: "bipartite" | "fractional";
}

/** Up to this share of the vertices in two pairs of the bipartite relaxation, start from it… */
const BIPARTITE_START_MAX_SHARE = 0.03;
/**
 * …unless the blossom algorithm then needs more than this many dual updates per vertex: measured,
 * good starts need under 1, bad ones (dense "both" people) hundreds, and take minutes.
 */
const BIPARTITE_START_DUAL_UPDATES = 3;

export function solveGeneralRound(
  cohort: Cohort,
  table: PairTable,
  capacity: Int32Array,
  candidates: Candidates,
  multiplier: number,
  state: GeneralState,
  start: GeneralStart,
  additionsPerMentee = ADDITIONS_PER_MENTEE,
): RoundOutcome & { state: GeneralState } {
  // The bipartite relaxation comes first whichever start is used: warm, it costs little, and its
  // certificate widens the candidate pairs before anything more expensive runs.
  const relaxed = solveBipartiteRound(table, capacity, candidates, multiplier, state.relaxed, additionsPerMentee);
  const next: GeneralState = { ...state, relaxed: relaxed.state };
  if (relaxed.additions) return { pairs: [], additions: relaxed.additions, state: next };

  const graph = generalGraph(cohort, table, capacity, candidates, multiplier);
  if (!next.start) {
    const inTwoPairs = doublyPlaced(cohort, relaxed.pairs);
    next.start =
      start === "auto"
        ? inTwoPairs <= BIPARTITE_START_MAX_SHARE * graph.vertices
          ? "bipartite"
          : "fractional"
        : start;
  }
  let result: GeneralMatching | null = null;
  if (next.start === "bipartite") {
    // Should the start leave more to do than it seemed, give up early and start fractionally.
    const budget = start === "bipartite" ? Infinity : BIPARTITE_START_DUAL_UPDATES * graph.vertices + 1000;
    result = solveGeneral(
      graph,
      bipartiteStart(cohort, table, graph, relaxed.state, relaxed.pairs, multiplier),
      budget,
    );
    if (!result) next.start = "fractional";
  }
  if (!result) {
    const cover = fractionalStart(graph, state.cover);
    next.cover = cover.state;
    // Pairs the fractional relaxation would still gain from: widen before the blossom runs.
    const rowBound = Float64Array.from(table.mentees, (p) => cover.dual[graph.firstVertex[p]!]! / 2);
    const colBound = Float64Array.from(table.mentors, (p) => graph.leastDual(cover.dual, p) / 2);
    const widen = improvingPairs(table, candidates, multiplier, rowBound, colBound, undefined, additionsPerMentee);
    if (widen) return { pairs: [], additions: widen, state: next };
    result = solveGeneral(graph, cover);
  }
  const pairs: SolvedPair[] = [];
  for (let v = 0; v < graph.vertices; v++) {
    const u = result.mate[v]!;
    if (u === -1 || u < v) continue;
    const k = graph.edgePair[result.mateEdge[v]!]!;
    pairs.push({ mentor: graph.pairMentor[k]!, mentee: graph.pairMentee[k]!, units: graph.pairUnits[k]! });
  }
  // Vertex duals alone bound every pair's slack from below (blossoms only add to it).
  const rowBound = Float64Array.from(table.mentees, (p) => result.dual[graph.firstVertex[p]!]! / 2);
  const colBound = Float64Array.from(table.mentors, (p) => graph.leastDual(result.dual, p) / 2);
  const additions = improvingPairs(
    table,
    candidates,
    multiplier,
    rowBound,
    colBound,
    (e, m, weight) => {
      const mentor = table.mentors[m]!;
      const menteeVertex = graph.firstVertex[table.mentees[e]!]!;
      let worst = 0;
      for (let s = 0; s < graph.places[mentor]!; s++)
        worst = Math.max(worst, -result.slack(graph.firstVertex[mentor]! + s, menteeVertex, weight));
      return worst;
    },
    additionsPerMentee,
  );
  return { pairs, additions, state: next };
}

/** The candidate pairs as a general graph, and how to find people and pairs in it. */
interface PairGraph {
  vertices: number;
  edgeU: Int32Array;
  edgeV: Int32Array;
  edgeWeight: Float64Array;
  /** The pair (index into pairMentor…) each edge stands for. */
  edgePair: Int32Array;
  pairIndex: Map<number, number>;
  pairMentor: number[];
  pairMentee: number[];
  pairUnits: number[];
  /** Per person: their first vertex (−1 if none) and how many they have (places). */
  firstVertex: Int32Array;
  places: Int32Array;
  personOf: Int32Array;
  keyOf(a: number, b: number): number;
  /** The lowest of a person's vertex duals (a mentor's places can differ). */
  leastDual(dual: Float64Array, p: number): number;
}

function generalGraph(
  cohort: Cohort,
  table: PairTable,
  capacity: Int32Array,
  candidates: Candidates,
  multiplier: number,
): PairGraph {
  const { mentors, mentees } = table;
  const n = cohort.people.length;
  // Vertices: a mentor's remaining places (one for a "both" person), then everyone else once.
  const firstVertex = new Int32Array(n).fill(-1);
  const places = new Int32Array(n);
  const personOf: number[] = [];
  const place = (p: number, count: number) => {
    if (firstVertex[p] !== -1) return;
    firstVertex[p] = personOf.length;
    places[p] = count;
    for (let s = 0; s < count; s++) personOf.push(p);
  };
  mentors.forEach((p, m) => place(p, cohort.isBoth[p] ? 1 : capacity[m]!));
  mentees.forEach((p) => place(p, 1));

  // One edge per pair of people, in its better direction.
  const keyOf = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const pairIndex = new Map<number, number>();
  const pairMentor: number[] = [];
  const pairMentee: number[] = [];
  const pairUnits: number[] = [];
  candidates.forEach((list, e) => {
    const mentee = mentees[e]!;
    for (const m of list) {
      const mentor = mentors[m]!;
      const units = table.units(e, m);
      const key = keyOf(mentor, mentee);
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
  // A mentor's places each get the pair's edge (a mentee or "both" person has one place).
  const edgeU: number[] = [];
  const edgeV: number[] = [];
  const edgeWeight: number[] = [];
  const edgePair: number[] = [];
  pairMentor.forEach((mentor, k) => {
    const mentee = pairMentee[k]!;
    const weight = weightOf(pairUnits[k]!, multiplier);
    for (let s = 0; s < places[mentor]!; s++) {
      edgeU.push(firstVertex[mentor]! + s);
      edgeV.push(firstVertex[mentee]!);
      edgeWeight.push(weight);
      edgePair.push(k);
    }
  });
  return {
    vertices: personOf.length,
    edgeU: Int32Array.from(edgeU),
    edgeV: Int32Array.from(edgeV),
    edgeWeight: Float64Array.from(edgeWeight),
    edgePair: Int32Array.from(edgePair),
    pairIndex,
    pairMentor,
    pairMentee,
    pairUnits,
    firstVertex,
    places,
    personOf: Int32Array.from(personOf),
    keyOf,
    leastDual(dual, p) {
      let least = Infinity;
      for (let s = 0; s < places[p]!; s++) least = Math.min(least, dual[firstVertex[p]! + s]!);
      return least;
    },
  };
}

/** How many people the bipartite relaxation put in two pairs (as a mentor and as a mentee). */
function doublyPlaced(cohort: Cohort, pairs: SolvedPair[]): number {
  const mentoring = new Uint8Array(cohort.people.length);
  for (const { mentor } of pairs) mentoring[mentor] = 1;
  let count = 0;
  for (const { mentee } of pairs) if (mentoring[mentee]) count++;
  return count;
}

/** Duals summed per person (doubled, as the blossom solver keeps them), pairs kept where tight. */
function bipartiteStart(
  cohort: Cohort,
  table: PairTable,
  graph: PairGraph,
  relaxed: BipartiteMatching,
  pairs: SolvedPair[],
  multiplier: number,
): WarmStart {
  const n = cohort.people.length;
  const mentorAt = new Int32Array(n).fill(-1);
  const menteeAt = new Int32Array(n).fill(-1);
  table.mentors.forEach((p, m) => (mentorAt[p] = m));
  table.mentees.forEach((p, e) => (menteeAt[p] = e));
  const { rowDual, colDual } = relaxed;
  const personDual = (p: number) =>
    (menteeAt[p] === -1 ? 0 : rowDual[menteeAt[p]!]!) + (mentorAt[p] === -1 ? 0 : colDual[mentorAt[p]!]!);
  const dual = Float64Array.from(graph.personOf, (p) => 2 * personDual(p));
  const mate = new Int32Array(graph.vertices).fill(-1);
  const placesUsed = new Int32Array(n);
  for (const { mentor, mentee } of pairs) {
    const k = graph.pairIndex.get(graph.keyOf(mentor, mentee))!;
    if (personDual(mentor) + personDual(mentee) !== weightOf(graph.pairUnits[k]!, multiplier)) continue;
    if (placesUsed[mentor]! >= graph.places[mentor]! || placesUsed[mentee]! >= graph.places[mentee]!) continue;
    const u = graph.firstVertex[mentor]! + placesUsed[mentor]!;
    const v = graph.firstVertex[mentee]!;
    if (mate[u] !== -1 || mate[v] !== -1) continue;
    mate[u] = v;
    mate[v] = u;
    placesUsed[mentor]!++;
    placesUsed[mentee]!++;
  }
  return { mate, dual };
}

/**
 * Solves the fractional relaxation on the double cover and rounds it: a matching whose edges are
 * tight under the returned doubled duals (2·y), which are feasible for every edge.
 */
function fractionalStart(
  graph: PairGraph,
  warm: BipartiteMatching | undefined,
): WarmStart & { state: BipartiteMatching } {
  const { vertices, edgeU, edgeV, edgeWeight } = graph;
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
  const flow = solveBipartite(
    {
      rows: vertices,
      cols: vertices,
      capacity: new Int32Array(vertices).fill(1),
      rowStart,
      edgeCol,
      edgeWeight: weight,
    },
    warm,
  );
  // Symmetrised duals: y_v = (row dual + column dual) / 2, kept doubled. The double cover is
  // symmetric, so the transposed duals are optimal too and so is their average: every edge the
  // flow uses (in either direction) is tight under it.
  const dual = Float64Array.from({ length: vertices }, (_, v) => flow.rowDual[v]! + flow.colDual[v]!);

  // x(u, v) = (row u → column v) + (row v → column u), halved: whole pairs and half pairs.
  const out = flow.rowMate;
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
