/** A binary min-heap of (key, node) with lazy deletion: stale entries are skipped by the caller. */
export class MinHeap {
  private keys = new Float64Array(64);
  private nodes = new Int32Array(64);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let at = this.size++;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (this.keys[up]! <= key) break;
      this.keys[at] = this.keys[up]!;
      this.nodes[at] = this.nodes[up]!;
      at = up;
    }
    this.keys[at] = key;
    this.nodes[at] = node;
  }

  /** The smallest key (call only when size > 0). */
  peekKey(): number {
    return this.keys[0]!;
  }

  /** Removes the entry with the smallest key and returns its node. */
  pop(): number {
    const top = this.nodes[0]!;
    const last = --this.size;
    const key = this.keys[last]!;
    const node = this.nodes[last]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.keys[at] = this.keys[child]!;
      this.nodes[at] = this.nodes[child]!;
      at = child;
    }
    this.keys[at] = key;
    this.nodes[at] = node;
    return top;
  }
}
