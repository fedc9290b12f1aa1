/**
 * Maximum-weight matching in a general graph: Edmonds' blossom algorithm in its primal-dual form
 * (as described by Galil, "Efficient algorithms for finding maximum matching in graphs", 1986),
 * written for this engine.
 *
 * Why: someone who applied as "both" may mentor or be mentored, but not both at once. With such
 * people the pairing graph has odd cycles (mentor–"both"–mentee–mentor), so the bipartite
 * methods no longer apply and the linear relaxation is no longer integral; splitting into cases
 * is exponential in the number of "both" people. A general matching is exact and polynomial:
 * every person is one vertex (a mentor with capacity k is k vertices with the same edges), so a
 * "both" person is in at most one pair, on whichever side pays more.
 *
 * It can start from any matching with feasible duals in which matched edges are tight (a warm
 * start: solve-general.ts gives it the solution of a relaxation), and then only grows one
 * alternating tree per free vertex whose dual is still positive: the tree ends in an augmenting
 * path, or when a dual reaches zero (then the vertex, or one at even distance in the tree, may
 * stay free). With a good start that is a few trees per hundred vertices, not one per pair. Each
 * dual update costs the size of the current tree, not of the graph.
 *
 * The final duals are an optimality certificate for edges the solver never saw: the matching is
 * optimal for a larger graph if every extra edge has `slack(u, v, w) ≥ 0`. The engine uses that
 * to solve on the most promising edges only and then check all the others.
 *
 * Duals are kept doubled (vertex dual = 2·y) so that, with integer weights and integer starting
 * duals, every quantity stays an integer (the vertices of a tree share their duals' parity, so
 * halving the slack between two of them is exact): no rounding, exact optimum.
 */
export interface GeneralGraph {
  vertices: number;
  edgeU: Int32Array;
  edgeV: Int32Array;
  /** Integer weights; edges of weight ≤ 0 are never worth matching. */
  edgeWeight: Float64Array;
}

/** A matching to start from, with doubled vertex duals: feasible, matched edges tight. */
export interface WarmStart {
  mate: Int32Array;
  dual: Float64Array;
}

export interface GeneralMatching {
  /** The vertex each vertex is matched to, −1 if none. */
  mate: Int32Array;
  /** The edge each vertex is matched by, −1 if none. */
  mateEdge: Int32Array;
  /** Reduced cost of a possible edge under the final duals (doubled); ≥ 0 means it cannot help. */
  slack(u: number, v: number, weight: number): number;
  /** The final vertex duals, doubled: a pair's slack is at least dual[u] + dual[v] − 2·weight. */
  dual: Float64Array;
}

const FREE = 0;
const OUTER = 1; // "S": even distance from a free vertex in the alternating forest
const INNER = 2; // "T": odd distance
const MARK = 4;

export function solveGeneral(graph: GeneralGraph, start?: WarmStart): GeneralMatching;
/** With a budget of dual updates: null when it runs out (the caller then starts differently). */
export function solveGeneral(
  graph: GeneralGraph,
  start: WarmStart | undefined,
  maxDualUpdates: number,
): GeneralMatching | null;
export function solveGeneral(
  graph: GeneralGraph,
  start?: WarmStart,
  maxDualUpdates = Infinity,
): GeneralMatching | null {
  try {
    return new BlossomSolver(graph, maxDualUpdates).run(start);
  } catch (error) {
    if (error === OUT_OF_BUDGET) return null;
    throw error;
  }
}

const OUT_OF_BUDGET = Symbol("out of budget");

class BlossomSolver {
  private readonly n: number;
  private readonly edgeU: Int32Array;
  private readonly edgeV: Int32Array;
  private readonly weight: Float64Array;
  private readonly adjStart: Int32Array;
  private readonly adjEdge: Int32Array;

  private readonly mate: Int32Array;
  private readonly mateEdge: Int32Array;
  /** Outermost blossom (or the vertex itself) holding each vertex. */
  private readonly top: Int32Array;
  // Per node: vertices are 0 … n−1, blossoms n … 2n−1.
  private readonly parent: Int32Array;
  private readonly base: Int32Array;
  private readonly dual: Float64Array;
  private readonly label: Int32Array;
  /** The labelling edge: a vertex outside (labelFrom), the vertex inside it reaches (labelAt). */
  private readonly labelFrom: Int32Array;
  private readonly labelAt: Int32Array;
  private readonly labelEdge: Int32Array;
  private readonly bestEdge: Int32Array;
  private readonly bestEdges: (number[] | null)[];
  /** A blossom's sub-blossoms in cycle order, base first, and the edge from each to the next. */
  private readonly children: (number[] | null)[];
  private readonly linkFrom: (number[] | null)[];
  private readonly linkTo: (number[] | null)[];
  private readonly linkEdge: (number[] | null)[];
  private readonly unusedBlossoms: number[] = [];
  /** An edge is known tight in the current stage when allowedIn[e] === stage. */
  private readonly allowedIn: Int32Array;
  private stage = 0;
  private readonly queue: number[] = [];
  private readonly bestTo: Int32Array;
  private readonly scratch: number[] = [];
  // What the current stage touched, so that each dual step costs the size of the tree, not of the
  // graph (a start from the relaxation leaves a few hundred short stages on thousands of vertices).
  /** Vertices in a labelled node this stage, each once (inTree[v] === stage). */
  private readonly treeVertices: number[] = [];
  private readonly inTree: Int32Array;
  /** Vertices outside the tree given a least-slack edge this stage. */
  private readonly reached: number[] = [];
  /** Non-trivial blossoms in use. */
  private readonly blossoms = new Set<number>();

  private dualUpdatesLeft: number;

  constructor(graph: GeneralGraph, maxDualUpdates: number) {
    this.dualUpdatesLeft = maxDualUpdates;
    const n = graph.vertices;
    this.n = n;
    this.edgeU = graph.edgeU;
    this.edgeV = graph.edgeV;
    this.weight = graph.edgeWeight;
    const m = graph.edgeU.length;
    const degree = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      degree[this.edgeU[e]!]!++;
      degree[this.edgeV[e]!]!++;
    }
    this.adjStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) this.adjStart[v + 1] = this.adjStart[v]! + degree[v]!;
    this.adjEdge = new Int32Array(2 * m);
    const fill = this.adjStart.slice(0, n);
    for (let e = 0; e < m; e++) {
      this.adjEdge[fill[this.edgeU[e]!]!++] = e;
      this.adjEdge[fill[this.edgeV[e]!]!++] = e;
    }
    this.mate = new Int32Array(n).fill(-1);
    this.mateEdge = new Int32Array(n).fill(-1);
    this.top = Int32Array.from({ length: n }, (_, v) => v);
    this.parent = new Int32Array(2 * n).fill(-1);
    this.base = new Int32Array(2 * n).fill(-1);
    for (let v = 0; v < n; v++) this.base[v] = v;
    this.dual = new Float64Array(2 * n);
    this.label = new Int32Array(2 * n);
    this.labelFrom = new Int32Array(2 * n).fill(-1);
    this.labelAt = new Int32Array(2 * n).fill(-1);
    this.labelEdge = new Int32Array(2 * n).fill(-1);
    this.bestEdge = new Int32Array(2 * n).fill(-1);
    this.bestEdges = new Array<number[] | null>(2 * n).fill(null);
    this.children = new Array<number[] | null>(2 * n).fill(null);
    this.linkFrom = new Array<number[] | null>(2 * n).fill(null);
    this.linkTo = new Array<number[] | null>(2 * n).fill(null);
    this.linkEdge = new Array<number[] | null>(2 * n).fill(null);
    for (let b = 2 * n - 1; b >= n; b--) this.unusedBlossoms.push(b);
    this.allowedIn = new Int32Array(m);
    this.bestTo = new Int32Array(2 * n).fill(-1);
    this.inTree = new Int32Array(n);
  }

  run(start?: WarmStart): GeneralMatching {
    const { n } = this;
    if (start) {
      this.dual.set(start.dual);
      for (let v = 0; v < n; v++) {
        const u = start.mate[v]!;
        if (u === -1 || this.mate[v] !== -1) continue;
        for (let a = this.adjStart[v]!; a < this.adjStart[v + 1]!; a++) {
          const e = this.adjEdge[a]!;
          if (this.edgeU[e] === u || this.edgeV[e] === u) {
            this.mate[v] = u;
            this.mate[u] = v;
            this.mateEdge[v] = this.mateEdge[u] = e;
            break;
          }
        }
      }
    } else {
      // Cold start: nothing matched, every dual at the largest weight (y = max / 2).
      let maxWeight = 0;
      for (let e = 0; e < this.weight.length; e++) maxWeight = Math.max(maxWeight, this.weight[e]!);
      for (let v = 0; v < n; v++) this.dual[v] = maxWeight;
    }
    // A free vertex with a positive dual breaks complementary slackness: grow a tree from it.
    // Stages never make another vertex free with a positive dual, so one pass suffices.
    for (let root = 0; root < n; root++) {
      if (this.mate[root] !== -1 || this.dual[root]! <= 0) continue;
      this.stage++;
      // Only what the previous stage touched carries labels or least-slack edges.
      for (const v of this.treeVertices) this.clearNode(v);
      for (const v of this.reached) this.clearNode(v);
      for (const b of this.blossoms) {
        this.clearNode(b);
        this.bestEdges[b] = null;
      }
      this.treeVertices.length = 0;
      this.reached.length = 0;
      this.queue.length = 0;
      this.assignLabel(root, OUTER, -1, -1);
      this.growTree();
      // Blossoms whose dual dropped to zero are no longer needed for the certificate.
      for (const b of [...this.blossoms]) {
        if (this.parent[b] === -1 && this.base[b]! >= 0 && this.label[b] === OUTER && this.dual[b] === 0)
          this.expandBlossom(b, true);
      }
    }
    this.indexBlossoms();
    return {
      mate: this.mate,
      mateEdge: this.mateEdge,
      slack: (u, v, w) => this.fullSlack(u, v, w),
      dual: this.dual.slice(0, n),
    };
  }

  // For the certificate: the blossom nesting as a forest, with each node's DFS interval (a node
  // holds another when its interval contains the other's), the sum of the blossom duals at and
  // above it, and jump pointers to its 2^k-th ancestors. Nestings can be hundreds deep, and the
  // engine asks for the slack of every pair sharing a blossom (up to millions).
  private enter = new Int32Array(0);
  private leave = new Int32Array(0);
  private dualAbove = new Float64Array(0);
  private jumps: Int32Array[] = [];

  private indexBlossoms(): void {
    const size = 2 * this.n;
    this.enter = new Int32Array(size);
    this.leave = new Int32Array(size);
    this.dualAbove = new Float64Array(size);
    const seen = new Uint8Array(size);
    let clock = 0;
    let deepest = 0;
    const stack: number[] = [];
    const depth: number[] = [];
    const nextChild = new Int32Array(size);
    for (let v = 0; v < this.n; v++) {
      const root = this.top[v]!;
      if (seen[root]) continue;
      seen[root] = 1;
      this.enter[root] = clock++;
      this.dualAbove[root] = root >= this.n ? this.dual[root]! : 0;
      stack.push(root);
      depth.push(0);
      // Iterative DFS: a node is left once all its children are.
      while (stack.length > 0) {
        const x = stack[stack.length - 1]!;
        const children = x >= this.n ? this.children[x]! : [];
        const i = nextChild[x]!;
        if (i < children.length) {
          nextChild[x] = i + 1;
          const child = children[i]!;
          seen[child] = 1;
          this.enter[child] = clock++;
          this.dualAbove[child] = this.dualAbove[x]! + (child >= this.n ? this.dual[child]! : 0);
          stack.push(child);
          depth.push(depth[depth.length - 1]! + 1);
          deepest = Math.max(deepest, depth[depth.length - 1]!);
        } else {
          this.leave[x] = clock++;
          stack.pop();
          depth.pop();
        }
      }
    }
    this.jumps = [Int32Array.from(this.parent)];
    for (let k = 1; 1 << k <= deepest; k++) {
      const half = this.jumps[k - 1]!;
      this.jumps.push(Int32Array.from(half, (up) => (up === -1 ? -1 : half[up]!)));
    }
  }

  private holds(a: number, x: number): boolean {
    return this.enter[a]! <= this.enter[x]! && this.leave[x]! <= this.leave[a]!;
  }

  private clearNode(x: number): void {
    this.label[x] = FREE;
    this.labelFrom[x] = -1;
    this.bestEdge[x] = -1;
  }

  /** Grows the tree, adjusting duals when stuck, until it augments or a dual reaches zero. */
  private growTree(): void {
    const { label, top, queue } = this;
    for (;;) {
      while (queue.length > 0) {
        const v = queue.pop()!;
        for (let a = this.adjStart[v]!; a < this.adjStart[v + 1]!; a++) {
          const e = this.adjEdge[a]!;
          const w = this.edgeU[e] === v ? this.edgeV[e]! : this.edgeU[e]!;
          if (top[v] === top[w]) continue;
          let edgeSlack = 0;
          if (this.allowedIn[e] !== this.stage) {
            edgeSlack = this.slack(e);
            if (edgeSlack <= 0) this.allowedIn[e] = this.stage;
          }
          if (this.allowedIn[e] === this.stage) {
            const other = label[top[w]!]!;
            if (other === FREE) {
              if (this.mate[this.base[top[w]!]!] === -1) {
                // w's node is free: the path from the root to v, then e, then into w's node.
                this.augmentMatching(e, v, w);
                return;
              }
              this.assignLabel(w, INNER, v, e);
            } else if (other === OUTER) {
              const blossomBase = this.scanForBlossom(v, w);
              if (blossomBase >= 0) this.addBlossom(blossomBase, e, v, w);
              else {
                this.augmentMatching(e, v, w);
                return;
              }
            } else if (label[w] === FREE) {
              // w sits inside an inner blossom: remember how it is reached, for when that expands.
              label[w] = INNER;
              this.labelFrom[w] = v;
              this.labelAt[w] = w;
              this.labelEdge[w] = e;
            }
          } else if (label[top[w]!] === OUTER) {
            const b = top[v]!;
            if (this.bestEdge[b] === -1 || edgeSlack < this.slack(this.bestEdge[b]!)) this.bestEdge[b] = e;
          } else if (label[w] === FREE) {
            if (this.bestEdge[w] === -1) this.reached.push(w);
            if (this.bestEdge[w] === -1 || edgeSlack < this.slack(this.bestEdge[w]!)) this.bestEdge[w] = e;
          }
        }
      }

      // Stuck: change the duals by the largest step that keeps them feasible (and ≥ 0).
      if (--this.dualUpdatesLeft < 0) throw OUT_OF_BUDGET;
      let kind = 1;
      let delta = Infinity;
      let zeroVertex = -1;
      const tree = this.treeVertices;
      for (const v of tree) {
        if (label[top[v]!] === OUTER && this.dual[v]! < delta) {
          delta = this.dual[v]!;
          zeroVertex = v;
        }
      }
      let deltaEdge = -1;
      let deltaBlossom = -1;
      for (const v of this.reached) {
        if (label[top[v]!] === FREE && this.bestEdge[v] !== -1) {
          const d = this.slack(this.bestEdge[v]!);
          if (d < delta) {
            delta = d;
            kind = 2;
            deltaEdge = this.bestEdge[v]!;
          }
        }
      }
      const outerEdge = (b: number) => {
        if (this.parent[b] === -1 && label[b] === OUTER && this.bestEdge[b] !== -1) {
          const d = this.slack(this.bestEdge[b]!) / 2;
          if (d < delta) {
            delta = d;
            kind = 3;
            deltaEdge = this.bestEdge[b]!;
          }
        }
      };
      for (const v of tree) outerEdge(v);
      for (const b of this.blossoms) outerEdge(b);
      for (const b of this.blossoms) {
        if (this.parent[b] === -1 && label[b] === INNER && this.dual[b]! < delta) {
          delta = this.dual[b]!;
          kind = 4;
          deltaBlossom = b;
        }
      }
      for (const v of tree) {
        const l = label[top[v]!];
        if (l === OUTER) this.dual[v]! -= delta;
        else if (l === INNER) this.dual[v]! += delta;
      }
      for (const b of this.blossoms) {
        if (this.parent[b] === -1) {
          if (label[b] === OUTER) this.dual[b]! += delta;
          else if (label[b] === INNER) this.dual[b]! -= delta;
        }
      }
      if (kind === 1) {
        // An outer vertex's dual reached 0: it may stay free. Flip the even path from the root
        // to it (the root gets matched, unless it is that vertex), keeping every edge tight.
        this.walkToRoot(zeroVertex, -1, -1);
        return;
      }
      if (kind === 2) {
        this.allowedIn[deltaEdge] = this.stage;
        const u = this.edgeU[deltaEdge]!;
        queue.push(label[top[u]!] === FREE ? this.edgeV[deltaEdge]! : u);
      } else if (kind === 3) {
        this.allowedIn[deltaEdge] = this.stage;
        queue.push(this.edgeU[deltaEdge]!);
      } else {
        this.expandBlossom(deltaBlossom, false);
      }
    }
  }

  private slack(e: number): number {
    return this.dual[this.edgeU[e]!]! + this.dual[this.edgeV[e]!]! - 2 * this.weight[e]!;
  }

  /** Slack of any pair under the final duals, counting the blossoms holding both ends. */
  private fullSlack(u: number, v: number, weight: number): number {
    const slack = this.dual[u]! + this.dual[v]! - 2 * weight;
    if (this.top[u] !== this.top[v] || this.top[u]! < this.n) return slack;
    // Both inside one blossom: add the duals of every blossom holding both, i.e. of their lowest
    // common blossom and all above it. Climb from u's blossom to just below that one.
    let a = this.parent[u]!;
    if (!this.holds(a, v)) {
      for (let k = this.jumps.length - 1; k >= 0; k--) {
        const up = this.jumps[k]![a]!;
        if (up !== -1 && !this.holds(up, v)) a = up;
      }
      a = this.parent[a]!;
    }
    return slack + 2 * this.dualAbove[a]!;
  }

  private leaves(node: number, out: number[]): number[] {
    out.length = 0;
    const stack = [node];
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (x < this.n) out.push(x);
      else for (const child of this.children[x]!) stack.push(child);
    }
    return out;
  }

  private assignLabel(w: number, kind: number, from: number, edge: number): void {
    const x = this.top[w]!;
    this.label[w] = this.label[x] = kind;
    this.labelFrom[w] = this.labelFrom[x] = from;
    this.labelAt[w] = this.labelAt[x] = w;
    this.labelEdge[w] = this.labelEdge[x] = edge;
    this.bestEdge[w] = this.bestEdge[x] = -1;
    const leaves = this.leaves(x, []);
    for (const leaf of leaves) {
      if (this.inTree[leaf] === this.stage) continue;
      this.inTree[leaf] = this.stage;
      this.treeVertices.push(leaf);
    }
    if (kind === OUTER) {
      for (const leaf of leaves) this.queue.push(leaf);
    } else {
      // An inner node's base is matched (free ones are all outer roots): its mate becomes outer.
      const b = this.base[x]!;
      this.assignLabel(this.mate[b]!, OUTER, b, this.mateEdge[b]!);
    }
  }

  /**
   * Walks up the forest from two outer vertices joined by a tight edge, alternately. Returns the
   * base of the new blossom when the paths meet, −1 when they reach different roots (an
   * augmenting path).
   */
  private scanForBlossom(v: number, w: number): number {
    const path: number[] = [];
    let found = -1;
    let a = v;
    let b = w;
    while (a !== -1) {
      const x = this.top[a]!;
      if (this.label[x]! & MARK) {
        found = this.base[x]!;
        break;
      }
      path.push(x);
      this.label[x] = OUTER | MARK;
      if (this.labelFrom[x] === -1) a = -1;
      else a = this.labelFrom[this.top[this.labelFrom[x]!]!]!;
      if (b !== -1) [a, b] = [b, a];
    }
    for (const x of path) this.label[x] = OUTER;
    return found;
  }

  /** Shrinks the odd cycle closed by edge e (v–w) into a new outer blossom with the given base. */
  private addBlossom(baseVertex: number, e: number, v: number, w: number): void {
    const { top, label } = this;
    const bb = top[baseVertex]!;
    const b = this.unusedBlossoms.pop()!;
    this.blossoms.add(b);
    this.base[b] = baseVertex;
    this.parent[b] = -1;
    this.parent[bb] = b;
    // From v's side up to the base, then across e, then from w's side back down to the base.
    const upFromV: number[] = [];
    for (let x = top[v]!; x !== bb; x = top[this.labelFrom[x]!]!) upFromV.push(x);
    const upFromW: number[] = [];
    for (let x = top[w]!; x !== bb; x = top[this.labelFrom[x]!]!) upFromW.push(x);
    const children = [bb];
    const from: number[] = [];
    const to: number[] = [];
    const edges: number[] = [];
    for (let i = upFromV.length - 1; i >= 0; i--) {
      const x = upFromV[i]!;
      children.push(x);
      from.push(this.labelFrom[x]!);
      to.push(this.labelAt[x]!);
      edges.push(this.labelEdge[x]!);
    }
    from.push(v);
    to.push(w);
    edges.push(e);
    for (const x of upFromW) {
      children.push(x);
      from.push(this.labelAt[x]!);
      to.push(this.labelFrom[x]!);
      edges.push(this.labelEdge[x]!);
    }
    // upFromW's last link leads back to bb; when upFromW is empty, e itself closes the cycle.
    for (const x of children) if (x !== bb) this.parent[x] = b;
    this.children[b] = children;
    this.linkFrom[b] = from;
    this.linkTo[b] = to;
    this.linkEdge[b] = edges;

    label[b] = OUTER;
    this.labelFrom[b] = this.labelFrom[bb]!;
    this.labelAt[b] = this.labelAt[bb]!;
    this.labelEdge[b] = this.labelEdge[bb]!;
    this.dual[b] = 0;
    for (const leaf of this.leaves(b, this.scratch)) {
      if (label[top[leaf]!] === INNER) this.queue.push(leaf); // inner vertices become outer
      top[leaf] = b;
    }

    // The least-slack edge from the new blossom to each other outer node.
    const touched: number[] = [];
    const consider = (edge: number) => {
      let other = this.edgeU[edge]!;
      if (top[other] === b) other = this.edgeV[edge]!;
      const ob = top[other]!;
      if (ob === b || label[ob] !== OUTER) return;
      const current = this.bestTo[ob]!;
      if (current === -1) touched.push(ob);
      if (current === -1 || this.slack(edge) < this.slack(current)) this.bestTo[ob] = edge;
    };
    for (const child of children) {
      const known = this.bestEdges[child];
      if (known) for (const edge of known) consider(edge);
      else {
        for (const leaf of this.leaves(child, [])) {
          for (let a = this.adjStart[leaf]!; a < this.adjStart[leaf + 1]!; a++) consider(this.adjEdge[a]!);
        }
      }
      this.bestEdges[child] = null;
      this.bestEdge[child] = -1;
    }
    const best: number[] = [];
    let bestEdge = -1;
    for (const ob of touched) {
      const edge = this.bestTo[ob]!;
      this.bestTo[ob] = -1;
      best.push(edge);
      if (bestEdge === -1 || this.slack(edge) < this.slack(bestEdge)) bestEdge = edge;
    }
    this.bestEdges[b] = best;
    this.bestEdge[b] = bestEdge;
  }

  /**
   * Undoes blossom b. Mid-stage (an inner blossom whose dual reached 0) its children along the
   * even path from where it was entered to its base are relabelled inner/outer, and the other
   * children are labelled if an outer vertex already reaches them.
   */
  private expandBlossom(blossom: number, endOfStage: boolean): void {
    // At the end of a stage, sub-blossoms whose dual is 0 go too: a stack rather than recursion,
    // since nestings can be thousands deep.
    const pending = [blossom];
    while (pending.length > 0) this.expandOne(pending.pop()!, endOfStage, pending);
  }

  private expandOne(b: number, endOfStage: boolean, pending: number[]): void {
    const children = this.children[b]!;
    for (const child of children) {
      this.parent[child] = -1;
      if (child < this.n) this.top[child] = child;
      else if (endOfStage && this.dual[child] === 0) pending.push(child);
      else for (const leaf of this.leaves(child, this.scratch)) this.top[leaf] = child;
    }
    if (!endOfStage && this.label[b] === INNER) {
      const k = children.length;
      const links = { from: this.linkFrom[b]!, to: this.linkTo[b]!, edge: this.linkEdge[b]! };
      const entry = this.top[this.labelAt[b]!]!;
      let j = children.indexOf(entry);
      // The even path to the base starts with a matched link: forward from odd positions.
      const step = j % 2 === 1 ? 1 : -1;
      const at = (i: number) => ((i % k) + k) % k;
      let from = this.labelFrom[b]!;
      let reach = this.labelAt[b]!;
      let edge = this.labelEdge[b]!;
      while (j !== 0) {
        const matched = step === 1 ? j : at(j - 1);
        const far = step === 1 ? links.to[matched]! : links.from[matched]!;
        this.label[reach] = FREE;
        this.label[far] = FREE;
        this.assignLabel(reach, INNER, from, edge);
        this.allowedIn[links.edge[matched]!] = this.stage;
        j = at(j + step);
        const next = step === 1 ? j : at(j - 1);
        from = step === 1 ? links.from[next]! : links.to[next]!;
        reach = step === 1 ? links.to[next]! : links.from[next]!;
        edge = links.edge[next]!;
        this.allowedIn[edge] = this.stage;
        j = at(j + step);
      }
      // The base child becomes inner; its mate is already outer, so do not go through it.
      const baseChild = children[0]!;
      this.label[reach] = this.label[baseChild] = INNER;
      this.labelFrom[reach] = this.labelFrom[baseChild] = from;
      this.labelAt[reach] = this.labelAt[baseChild] = reach;
      this.labelEdge[reach] = this.labelEdge[baseChild] = edge;
      this.bestEdge[baseChild] = -1;
      for (j = at(step); children[j] !== entry; j = at(j + step)) {
        const child = children[j]!;
        if (this.label[child] === OUTER) continue;
        const reached = this.leaves(child, this.scratch).find((leaf) => this.label[leaf] !== FREE);
        if (reached !== undefined) {
          this.label[reached] = FREE;
          this.assignLabel(reached, INNER, this.labelFrom[reached]!, this.labelEdge[reached]!);
        }
      }
    }
    this.label[b] = FREE;
    this.labelFrom[b] = this.labelAt[b] = this.labelEdge[b] = -1;
    this.children[b] = this.linkFrom[b] = this.linkTo[b] = this.linkEdge[b] = null;
    this.base[b] = -1;
    this.bestEdges[b] = null;
    this.bestEdge[b] = -1;
    this.dual[b] = 0;
    this.unusedBlossoms.push(b);
    this.blossoms.delete(b);
  }

  /** Makes vertex v the base of blossom b by swapping matched and unmatched links on the even path. */
  private augmentBlossom(outer: number, vertex: number): void {
    // Sub-blossoms on the way are re-based too. They hold disjoint vertices and nothing here reads
    // the mates it sets, so the order does not matter: a stack of (blossom, vertex) replaces
    // recursion, since nestings can be thousands deep.
    const tasks = [outer, vertex];
    while (tasks.length > 0) {
      const v = tasks.pop()!;
      const b = tasks.pop()!;
      let child = v;
      while (this.parent[child] !== b) child = this.parent[child]!;
      if (child >= this.n) tasks.push(child, v);
      const children = this.children[b]!;
      const from = this.linkFrom[b]!;
      const to = this.linkTo[b]!;
      const edges = this.linkEdge[b]!;
      const k = children.length;
      const i = children.indexOf(child);
      if (i !== 0) {
        // Links j and j+1 join children j, j+1; those at odd positions are matched. Going from
        // child i to the base on the even side, the unmatched links become matched.
        const newlyMatched: number[] = [];
        if (i % 2 === 1) for (let j = i + 1; j < k; j += 2) newlyMatched.push(j);
        else for (let j = i - 2; j >= 0; j -= 2) newlyMatched.push(j);
        for (const j of newlyMatched) {
          const a = from[j]!;
          const c = to[j]!;
          if (children[j]! >= this.n) tasks.push(children[j]!, a);
          const next = children[(j + 1) % k]!;
          if (next >= this.n) tasks.push(next, c);
          this.mate[a] = c;
          this.mate[c] = a;
          this.mateEdge[a] = this.mateEdge[c] = edges[j]!;
        }
        this.children[b] = [...children.slice(i), ...children.slice(0, i)];
        this.linkFrom[b] = [...from.slice(i), ...from.slice(0, i)];
        this.linkTo[b] = [...to.slice(i), ...to.slice(0, i)];
        this.linkEdge[b] = [...edges.slice(i), ...edges.slice(0, i)];
      }
      this.base[b] = v;
    }
  }

  /** Flips the augmenting path through edge e (v–w) back to the root(s) on both sides. */
  private augmentMatching(e: number, v: number, w: number): void {
    this.walkToRoot(v, w, e);
    this.walkToRoot(w, v, e);
  }

  /**
   * Matches outer vertex s to `partner` (−1: leaves s free) and flips the alternating path from
   * s's node up to its tree's root, re-basing every blossom on the way.
   */
  private walkToRoot(start: number, partner: number, via: number): void {
    let s = start;
    let j = partner;
    let edge = via;
    for (;;) {
      const bs = this.top[s]!;
      if (bs >= this.n) this.augmentBlossom(bs, s);
      this.mate[s] = j;
      this.mateEdge[s] = edge;
      if (this.labelFrom[bs] === -1) break; // reached a root (or an unlabelled free node)
      const bt = this.top[this.labelFrom[bs]!]!;
      s = this.labelFrom[bt]!;
      j = this.labelAt[bt]!;
      edge = this.labelEdge[bt]!;
      if (bt >= this.n) this.augmentBlossom(bt, j);
      this.mate[j] = s;
      this.mateEdge[j] = edge;
    }
  }
}
