import { MinHeap } from "./min-heap";

/**
 * Maximum-weight bipartite b-matching: rows (one unit each) to columns (up to `capacity` each),
 * nobody forced to be matched. In the common case rows are mentees and columns mentors; with
 * "both" people it solves the fractional relaxation (see solve-general.ts).
 *
 * Why this method: it is a min-cost flow (source → row → column → sink, plus a direct row → sink
 * arc at cost 0 for "stays unmatched"), solved by successive shortest paths with Johnson
 * potentials, placing one row at a time (the Hungarian method, generalised to capacities so
 * mentors need not be copied). Exact with integer weights, and the final potentials are LP duals
 * that certify optimality for pairs the solver never saw (see `rowDual`), which is what lets the
 * engine solve on a few candidate pairs per person and check all the others.
 *
 * It can also start from the solution of an earlier call on fewer edges (the engine adds edges in
 * rounds): only the rows that a new edge could improve are taken out and placed again. Taking a
 * row out of a column whose price is positive would leave a priced column with room, which the
 * duals do not allow; that column is then kept "owed" one unit (a deficit) and the row's new
 * shortest path may end there instead of at the sink, the usual successive-shortest-path
 * treatment of supplies and demands.
 *
 * No npm package fits: capacities, optional matching, sparse graphs, warm starts and a
 * certificate are all needed (`linear-sum-assignment` is dense and has no capacities).
 */
export interface BipartiteGraph {
  rows: number;
  cols: number;
  capacity: Int32Array;
  /** Compressed rows: row r's edges are rowStart[r] … rowStart[r + 1] − 1, at most one per column. */
  rowStart: Int32Array;
  edgeCol: Int32Array;
  /** Integer weights, > 0. */
  edgeWeight: Float64Array;
}

export interface BipartiteMatching {
  /** The column each row is matched to, −1 if none. */
  rowMate: Int32Array;
  /** The edge (index into edgeCol) each row is matched by, −1 if none. */
  rowEdge: Int32Array;
  /**
   * Optimal duals, all ≥ 0: weight ≤ rowDual + colDual on every edge, with equality on matched
   * edges, and 0 for unmatched rows and for columns with room. A pair absent from the graph could
   * improve the matching only if its weight > rowDual[r] + colDual[c].
   */
  rowDual: Float64Array;
  colDual: Float64Array;
  /** Nodes settled by all the shortest-path searches: the work done, for the benchmark. */
  settled: number;
}

/** An earlier solution for the same rows and columns on a subset of the edges. */
export type BipartiteWarmStart = Pick<BipartiteMatching, "rowMate" | "rowDual" | "colDual">;

/** Bids per row the cold start's auction may spend before handing over to shortest paths. */
const AUCTION_BIDS_PER_ROW = 3;

export function solveBipartite(graph: BipartiteGraph, warmStart?: BipartiteWarmStart): BipartiteMatching {
  const { rows, cols, capacity, rowStart, edgeCol, edgeWeight } = graph;
  const sink = rows + cols;
  // Potentials of rows, then columns, then the sink. A row's is its dual, a column's the negated
  // dual; all reduced costs of the residual graph stay ≥ 0.
  const potential = new Float64Array(sink + 1);
  const rowEdge = new Int32Array(rows).fill(-1);
  /** 1 once a row's unit is routed (to a column, or straight to the sink: unmatched). */
  const placed = new Uint8Array(rows);
  const colRows: number[][] = Array.from({ length: cols }, () => []);
  /** Units a column is owed (see above); the sink is owed one per row still to place. */
  const colDeficit = new Int32Array(cols);
  let sinkDeficit = 0;

  const warm = warmStart && worthWarmStart(graph, warmStart) ? warmStart : undefined;
  if (warm) {
    for (let r = 0; r < rows; r++) potential[r] = warm.rowDual[r]!;
    for (let c = 0; c < cols; c++) potential[rows + c] = -warm.colDual[c]!;
    for (let r = 0; r < rows; r++) {
      placed[r] = 1;
      const col = warm.rowMate[r]!;
      if (col === -1) continue;
      let edge = -1;
      for (let e = rowStart[r]!; e < rowStart[r + 1]! && edge === -1; e++) if (edgeCol[e] === col) edge = e;
      if (edge === -1) throw new Error("solveBipartite: the warm start uses an edge the graph lacks");
      rowEdge[r] = edge;
      colRows[col]!.push(r);
    }
    // Rows a new edge could improve (it is not covered by their duals) are placed again.
    for (let r = 0; r < rows; r++) {
      if (bestProfit(r) <= potential[r]!) continue;
      const edge = rowEdge[r]!;
      if (edge === -1) sinkDeficit++;
      else {
        const col = edgeCol[edge]!;
        const held = colRows[col]!;
        held.splice(held.indexOf(r), 1);
        if (potential[rows + col]! < potential[sink]!) colDeficit[col]!++;
        else sinkDeficit++;
        rowEdge[r] = -1;
      }
      placed[r] = 0;
    }
  } else {
    sinkDeficit = rows - auction();
  }

  /** The most a row can make from one of its edges at the current prices (0: staying unmatched). */
  function bestProfit(r: number): number {
    let best = potential[sink]!;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++)
      best = Math.max(best, edgeWeight[e]! + potential[rows + edgeCol[e]!]!);
    return best;
  }

  /**
   * Cold start (Jonker–Volgenant's "augmenting row reduction", an auction with zero increments),
   * when every capacity is 1: each free row takes its best column at the current prices and
   * raises that column's price to the row's second-best value, evicting the previous holder, who
   * then bids in turn. Every assigned row then holds a best column at the final prices and every
   * column with room is priced 0, the state the shortest paths need. Ties can make rows chase
   * each other, so bids are capped; whoever is left goes through shortest paths. Returns how many
   * rows it placed.
   */
  function auction(): number {
    if (!capacity.every((c) => c === 1)) return 0;
    const holder = new Int32Array(cols).fill(-1);
    const queue: number[] = [];
    for (let r = 0; r < rows; r++) if (rowStart[r]! < rowStart[r + 1]!) queue.push(r);
    const budget = AUCTION_BIDS_PER_ROW * queue.length;
    let count = 0;
    let at = 0;
    for (let bids = 0; at < queue.length && bids < budget; bids++) {
      const row = queue[at++]!;
      let best = 0;
      let second = 0;
      let bestEdge = -1;
      let secondEdge = -1;
      for (let e = rowStart[row]!; e < rowStart[row + 1]!; e++) {
        const profit = edgeWeight[e]! + potential[rows + edgeCol[e]!]!;
        if (profit > best) {
          second = best;
          secondEdge = bestEdge;
          best = profit;
          bestEdge = e;
        } else if (profit > second) {
          second = profit;
          secondEdge = e;
        }
      }
      // A tie between a taken and a free column: take the free one, nobody is evicted.
      if (
        best === second &&
        secondEdge !== -1 &&
        holder[edgeCol[bestEdge]!] !== -1 &&
        holder[edgeCol[secondEdge]!] === -1
      )
        bestEdge = secondEdge;
      placed[row] = 1;
      count++;
      if (bestEdge === -1) {
        potential[row] = 0; // nothing worth more than staying unmatched
        continue;
      }
      const col = edgeCol[bestEdge]!;
      potential[rows + col]! -= best - second;
      potential[row] = second;
      rowEdge[row] = bestEdge;
      colRows[col]!.push(row);
      const evicted = holder[col]!;
      holder[col] = row;
      if (evicted !== -1) {
        colRows[col]!.splice(colRows[col]!.indexOf(evicted), 1);
        rowEdge[evicted] = -1;
        placed[evicted] = 0;
        count--;
        queue.push(evicted);
      }
    }
    return count;
  }

  // Successive shortest paths from each row still to place to anything owed a unit.
  const dist = new Float64Array(sink + 1);
  const pred = new Int32Array(sink + 1);
  const predEdge = new Int32Array(sink + 1);
  const seenIn = new Int32Array(sink + 1);
  const settledIn = new Int32Array(sink + 1);
  const settled: number[] = [];
  const heap = new MinHeap();
  const path: number[] = [];
  let search = 0;
  let work = 0;
  for (let start = 0; start < rows; start++) {
    if (placed[start]) continue;
    // Nothing flows into the row yet, so its potential may rise freely: make every arc out of it
    // non-negative, its best one tight.
    potential[start] = bestProfit(start);
    const round = ++search;
    heap.clear();
    settled.length = 0;
    let target = -1;
    const owed = (node: number) => (node === sink ? sinkDeficit > 0 : node >= rows && colDeficit[node - rows]! > 0);
    /** Records a tentative distance; true when `node` is owed a unit and nothing can be closer. */
    const reach = (node: number, next: number, from: number, d: number): boolean => {
      if (settledIn[node] === round || (seenIn[node] === round && next >= dist[node]!)) return false;
      seenIn[node] = round;
      dist[node] = next;
      pred[node] = from;
      if (next <= d && owed(node)) return true;
      heap.push(next, node);
      return false;
    };
    seenIn[start] = round;
    dist[start] = 0;
    pred[start] = -1;
    heap.push(0, start);
    while (heap.size > 0 && target === -1) {
      const d = heap.peekKey();
      const node = heap.pop();
      if (settledIn[node] === round || d > dist[node]!) continue;
      settledIn[node] = round;
      settled.push(node);
      if (owed(node)) {
        target = node;
        break;
      }
      const p = potential[node]!;
      if (node < rows) {
        const matched = rowEdge[node]!;
        for (let e = rowStart[node]!; e < rowStart[node + 1]!; e++) {
          if (e === matched) continue;
          const col = rows + edgeCol[e]!;
          const next = d - edgeWeight[e]! + p - potential[col]!;
          if (settledIn[col] === round || (seenIn[col] === round && next >= dist[col]!)) continue;
          predEdge[col] = e;
          if (reach(col, next, node, d)) {
            target = col;
            break;
          }
        }
        // Leaving the row unmatched: the new row, or a matched row giving up its column.
        if (target === -1 && (node === start || matched !== -1) && reach(sink, d + p - potential[sink]!, node, d))
          target = sink;
      } else if (node < sink) {
        const col = node - rows;
        const held = colRows[col]!;
        if (held.length + colDeficit[col]! < capacity[col]! && reach(sink, d + p - potential[sink]!, node, d))
          target = sink;
        for (let i = 0; i < held.length && target === -1; i++) {
          const row = held[i]!;
          if (reach(row, d + edgeWeight[rowEdge[row]!]! + p - potential[row]!, node, d)) target = row;
        }
      } else {
        // Through the sink: a column sends one unit less to it (and takes on or gives up a row),
        // or a row left unmatched takes a column.
        for (let col = 0; col < cols && target === -1; col++) {
          if (colRows[col]!.length + colDeficit[col]! > 0 && reach(rows + col, d + p - potential[rows + col]!, node, d))
            target = rows + col;
        }
        for (let row = 0; row < rows && target === -1; row++) {
          if (placed[row] && rowEdge[row] === -1 && reach(row, d + p - potential[row]!, node, d)) target = row;
        }
      }
    }
    if (target === -1) throw new Error("solveBipartite: no path to place a row");
    if (settledIn[target] !== round) {
      settledIn[target] = round;
      settled.push(target);
    }
    work += settled.length;
    // Settled nodes move by dist − D, the others stay: every reduced cost stays ≥ 0 and the
    // path becomes tight.
    const total = dist[target]!;
    for (const node of settled) potential[node]! += dist[node]! - total;

    path.length = 0;
    for (let node = target; node !== -1; node = pred[node]!) path.push(node);
    path.reverse();
    for (let k = 1; k < path.length; k++) {
      const from = path[k - 1]!;
      const to = path[k]!;
      if (from < rows) {
        // A row takes a column, or goes unmatched.
        if (to < sink) {
          rowEdge[from] = predEdge[to]!;
          colRows[to - rows]!.push(from);
        } else rowEdge[from] = -1;
      } else if (from < sink && to < rows) {
        // A column gives up a row (which takes another column or goes unmatched next).
        const held = colRows[from - rows]!;
        held.splice(held.indexOf(to), 1);
        rowEdge[to] = -1;
      }
      // Column → sink and sink → column/row only change the flows into the sink, which are
      // implied by the holders and deficits.
    }
    if (target === sink) sinkDeficit--;
    else colDeficit[target - rows]!--;
    placed[start] = 1;
  }

  // Duals with the sink at 0. Clamping at 0 keeps every reduced cost ≥ 0 (an unmatched row's
  // and an empty column's potential can only be on the safe side of 0).
  const shift = potential[sink]!;
  return {
    rowMate: Int32Array.from(rowEdge, (e) => (e === -1 ? -1 : edgeCol[e]!)),
    rowEdge,
    rowDual: Float64Array.from({ length: rows }, (_, r) => Math.max(0, potential[r]! - shift)),
    colDual: Float64Array.from({ length: cols }, (_, c) => Math.max(0, shift - potential[rows + c]!)),
    settled: work,
  };
}

/**
 * Whether starting from an earlier solution pays: when new edges could improve most rows, placing
 * them all again from stale prices was measured slower (about twice) than starting afresh.
 */
const WARM_START_MAX_SHARE = 0.3;

function worthWarmStart(graph: BipartiteGraph, warm: BipartiteWarmStart): boolean {
  const { rows, rowStart, edgeCol, edgeWeight } = graph;
  let improvable = 0;
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      if (edgeWeight[e]! > warm.rowDual[r]! + warm.colDual[edgeCol[e]!]!) {
        improvable++;
        break;
      }
    }
  }
  return improvable <= WARM_START_MAX_SHARE * rows;
}
