import { describe, expect, it } from "vitest";
import { seededRandom, type Random } from "../../../src/domain/matching";
import { isAllowed, prepareCohort } from "../../../src/domain/matching/cohort";
import { fitUnits } from "../../../src/domain/matching/fit";
import { PairTable } from "../../../src/domain/matching/pair-table";
import { solveGeneral } from "../../../src/domain/matching/solver-blossom";
import { solveBipartite, type BipartiteGraph } from "../../../src/domain/matching/solver-flow";
import { randomInstance } from "./random-instance";

/** The building blocks on their own, against brute force on small random graphs. */
const int = (random: Random, below: number) => Math.floor(random() * below);

/** Maximum-weight matching of a small general graph by dynamic programming over vertex sets. */
function bruteGeneral(n: number, weight: number[][]): number {
  const memo = new Map<number, number>();
  const best = (used: number): number => {
    if (used === (1 << n) - 1) return 0;
    const known = memo.get(used);
    if (known !== undefined) return known;
    let v = 0;
    while (used & (1 << v)) v++;
    let value = best(used | (1 << v));
    for (let u = v + 1; u < n; u++)
      if (!(used & (1 << u)) && weight[v]![u]! > 0)
        value = Math.max(value, weight[v]![u]! + best(used | (1 << v) | (1 << u)));
    memo.set(used, value);
    return value;
  };
  return best(0);
}

/** Maximum-weight b-matching of a small bipartite graph by trying every row's choice. */
function bruteBipartite(graph: BipartiteGraph): number {
  const load = new Int32Array(graph.cols);
  const best = (row: number): number => {
    if (row === graph.rows) return 0;
    let value = best(row + 1);
    for (let e = graph.rowStart[row]!; e < graph.rowStart[row + 1]!; e++) {
      const col = graph.edgeCol[e]!;
      if (load[col]! >= graph.capacity[col]!) continue;
      load[col]!++;
      value = Math.max(value, graph.edgeWeight[e]! + best(row + 1));
      load[col]!--;
    }
    return value;
  };
  return best(0);
}

function randomBipartite(random: Random, keep = 1): BipartiteGraph {
  const rows = 1 + int(random, 7);
  const cols = 1 + int(random, 4);
  const capacity = Int32Array.from({ length: cols }, () => 1 + int(random, 2));
  const rowStart = new Int32Array(rows + 1);
  const edgeCol: number[] = [];
  const edgeWeight: number[] = [];
  const density = random();
  const top = [3, 20, 1000][int(random, 3)]!;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++)
      if (random() < density * keep) edgeCol.push(c), edgeWeight.push(1 + int(random, top));
    rowStart[r + 1] = edgeCol.length;
  }
  return {
    rows,
    cols,
    capacity,
    rowStart,
    edgeCol: Int32Array.from(edgeCol),
    edgeWeight: Float64Array.from(edgeWeight),
  };
}

function matchedWeight(graph: BipartiteGraph, rowEdge: Int32Array): number {
  return rowEdge.reduce((sum, e) => sum + (e === -1 ? 0 : graph.edgeWeight[e]!), 0);
}

/** The duals prove optimality: feasible on every edge, tight on matched ones, 0 where there is room. */
function expectCertificate(graph: BipartiteGraph, result: ReturnType<typeof solveBipartite>): void {
  const load = new Int32Array(graph.cols);
  for (let r = 0; r < graph.rows; r++) {
    if (result.rowEdge[r] === -1) expect(result.rowDual[r]).toBe(0);
    else load[result.rowMate[r]!]!++;
    for (let e = graph.rowStart[r]!; e < graph.rowStart[r + 1]!; e++) {
      const slack = result.rowDual[r]! + result.colDual[graph.edgeCol[e]!]! - graph.edgeWeight[e]!;
      expect(slack).toBeGreaterThanOrEqual(0);
      if (result.rowEdge[r] === e) expect(slack).toBe(0);
    }
  }
  for (let c = 0; c < graph.cols; c++) {
    expect(load[c]).toBeLessThanOrEqual(graph.capacity[c]!);
    if (load[c]! < graph.capacity[c]!) expect(result.colDual[c]).toBe(0);
  }
}

describe("solvers", () => {
  it("the blossom solver finds maximum-weight matchings in general graphs (400 random graphs)", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const random = seededRandom(seed);
      const n = 2 + int(random, 13);
      const density = random();
      const top = [3, 10, 1000][int(random, 3)]!;
      const weight = Array.from({ length: n }, () => new Array<number>(n).fill(0));
      const edgeU: number[] = [];
      const edgeV: number[] = [];
      const edgeWeight: number[] = [];
      for (let u = 0; u < n; u++) {
        for (let v = u + 1; v < n; v++) {
          if (random() >= density) continue;
          const w = 1 + int(random, top);
          weight[u]![v] = weight[v]![u] = w;
          edgeU.push(u);
          edgeV.push(v);
          edgeWeight.push(w);
        }
      }
      const result = solveGeneral({
        vertices: n,
        edgeU: Int32Array.from(edgeU),
        edgeV: Int32Array.from(edgeV),
        edgeWeight: Float64Array.from(edgeWeight),
      });
      let total = 0;
      for (let v = 0; v < n; v++) {
        const u = result.mate[v]!;
        if (u === -1) continue;
        expect(result.mate[u], `seed ${seed}`).toBe(v);
        expect(weight[v]![u], `seed ${seed}`).toBeGreaterThan(0);
        if (u > v) total += weight[v]![u]!;
      }
      expect(total, `seed ${seed}`).toBe(bruteGeneral(n, weight));
      edgeU.forEach((u, k) =>
        expect(result.slack(u, edgeV[k]!, edgeWeight[k]!), `seed ${seed}`).toBeGreaterThanOrEqual(0),
      );
    }
  });

  it("the blossom solver copes with blossoms nested thousands deep (no recursion to overflow)", () => {
    // A path with a chord over every other vertex: each chord closes an odd cycle around the
    // blossom before it, so blossoms nest about n/2 deep.
    const n = 12_001;
    const edgeU: number[] = [];
    const edgeV: number[] = [];
    for (let v = 0; v + 1 < n; v++) edgeU.push(v), edgeV.push(v + 1);
    for (let v = 0; v + 2 < n; v += 2) edgeU.push(v), edgeV.push(v + 2);
    const result = solveGeneral({
      vertices: n,
      edgeU: Int32Array.from(edgeU),
      edgeV: Int32Array.from(edgeV),
      edgeWeight: new Float64Array(edgeU.length).fill(100),
    });
    expect(result.mate.filter((u) => u === -1)).toHaveLength(1);
    edgeU.forEach((u, k) => expect(result.slack(u, edgeV[k]!, 100)).toBeGreaterThanOrEqual(0));
  });

  it("the flow solver finds maximum-weight b-matchings, with a certificate, from scratch and from an earlier solution", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const graph = randomBipartite(seededRandom(seed));
      const cold = solveBipartite(graph);
      const optimum = bruteBipartite(graph);
      expect(matchedWeight(graph, cold.rowEdge), `seed ${seed}`).toBe(optimum);
      expectCertificate(graph, cold);
      // Solve on part of the edges, then on all of them starting from that solution.
      const keep = Array.from(graph.edgeCol, (_, e) => (e * 7 + seed) % 3 !== 0);
      const rowStart = new Int32Array(graph.rows + 1);
      const edgeCol: number[] = [];
      const edgeWeight: number[] = [];
      for (let r = 0; r < graph.rows; r++) {
        for (let e = graph.rowStart[r]!; e < graph.rowStart[r + 1]!; e++)
          if (keep[e]) edgeCol.push(graph.edgeCol[e]!), edgeWeight.push(graph.edgeWeight[e]!);
        rowStart[r + 1] = edgeCol.length;
      }
      const part = { ...graph, rowStart, edgeCol: Int32Array.from(edgeCol), edgeWeight: Float64Array.from(edgeWeight) };
      const warm = solveBipartite(graph, solveBipartite(part));
      expect(matchedWeight(graph, warm.rowEdge), `seed ${seed} (warm)`).toBe(optimum);
      expectCertificate(graph, warm);
    }
  });

  it("the pair table agrees with the rules and the fit, pair by pair", () => {
    for (let seed = 1; seed <= 150; seed++) {
      const cohort = prepareCohort(randomInstance(seed, { maxCandidates: 16, loose: seed % 2 === 0 }));
      const everyone = Int32Array.from(cohort.people, (_, p) => p);
      const table = new PairTable(cohort, everyone, everyone);
      for (let e = 0; e < everyone.length; e++) {
        for (let m = 0; m < everyone.length; m++) {
          const expected = isAllowed(cohort, m, e) ? fitUnits(cohort.fit, m, e) : -1;
          expect(table.units(e, m), `seed ${seed}: ${m} → ${e}`).toBe(expected);
        }
      }
    }
  });
});
