import type { PairTable } from "./pair-table";
import { estimatePrices } from "./price-estimate";
import { weightOf, type Candidates } from "./pricing";

/**
 * The pairs the exact solver starts from: for every mentee its best few mentors, and for every
 * mentor its best few mentees per place, where "best" is measured against rough prices from an
 * auction on the whole cohort (see price-estimate.ts): a mentee's candidates are the mentors with
 * the highest fit minus price, a mentor's those mentees for whom the pair comes closest to the
 * best they can get at those prices. Without prices (a cohort too large for the pair table) it is
 * plain fit. Whatever is left out is checked later against the solver's certificate.
 */
export function initialCandidates(
  table: PairTable,
  capacity: Int32Array,
  perPerson: number,
  multiplier: number,
): Candidates {
  const { mentors, mentees } = table;
  const estimate = estimatePrices(table, capacity, multiplier);
  const price = estimate?.mentorPrice ?? new Float64Array(mentors.length);
  // What each mentee gains at best at those prices (0: staying unmatched).
  const gain = new Float64Array(mentees.length);
  for (let e = 0; e < mentees.length; e++) {
    for (let m = 0; m < mentors.length; m++) {
      const units = table.units(e, m);
      if (units >= 0) gain[e] = Math.max(gain[e]!, weightOf(units, multiplier) - price[m]!);
    }
  }
  const menteeTop = new TopPartners(Array.from(mentees, () => perPerson));
  const mentorTop = new TopPartners(Array.from(capacity, (c) => perPerson * c));
  for (let e = 0; e < mentees.length; e++) {
    for (let m = 0; m < mentors.length; m++) {
      const units = table.units(e, m);
      if (units < 0) continue;
      const weight = weightOf(units, multiplier);
      menteeTop.offer(e, m, weight - price[m]!);
      mentorTop.offer(m, e, weight - gain[e]!);
    }
  }
  const candidates: Candidates = Array.from(mentees, (_, e) => [...menteeTop.partners(e)]);
  for (let m = 0; m < mentors.length; m++) for (const e of mentorTop.partners(m)) candidates[e]!.push(m);
  // The auction's own assignment, so the first round can already reach what it found.
  estimate?.mentorOf.forEach((m, e) => m !== -1 && candidates[e]!.push(m));
  return candidates.map((list) => [...new Set(list)].sort((a, b) => a - b));
}

/** Best `size` partners per owner by score (ties to the partner offered first), kept sorted. */
class TopPartners {
  private readonly start: Int32Array;
  private readonly count: Int32Array;
  private readonly score: Float64Array;
  private readonly partner: Int32Array;

  constructor(sizes: ArrayLike<number>) {
    this.start = new Int32Array(sizes.length + 1);
    for (let i = 0; i < sizes.length; i++) this.start[i + 1] = this.start[i]! + sizes[i]!;
    this.count = new Int32Array(sizes.length);
    this.score = new Float64Array(this.start[sizes.length]!);
    this.partner = new Int32Array(this.start[sizes.length]!);
  }

  offer(owner: number, partner: number, score: number): void {
    const from = this.start[owner]!;
    const size = this.start[owner + 1]! - from;
    let count = this.count[owner]!;
    if (count === size) {
      if (size === 0 || score <= this.score[from + size - 1]!) return;
      count--;
    } else this.count[owner] = count + 1;
    let at = from + count;
    while (at > from && this.score[at - 1]! < score) {
      this.score[at] = this.score[at - 1]!;
      this.partner[at] = this.partner[at - 1]!;
      at--;
    }
    this.score[at] = score;
    this.partner[at] = partner;
  }

  partners(owner: number): Int32Array {
    const from = this.start[owner]!;
    return this.partner.subarray(from, from + this.count[owner]!);
  }
}
