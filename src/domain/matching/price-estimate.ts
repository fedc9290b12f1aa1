import type { PairTable } from "./pair-table";

/**
 * Rough prices for every mentor, from an auction on the whole cohort (every allowed pair), to
 * choose the candidate pairs the exact solver starts from.
 *
 * Why: the exact solver works on a few candidate pairs per person and adds pairs in rounds until
 * its duals prove that no other pair can help. In seed-shaped cohorts everyone wants the same
 * few mentors, so a mentee's best-fitting mentors are mostly taken and candidates picked by fit
 * alone lead to several expensive rounds. Ranking pairs by fit minus the mentor's price (what
 * the pair gains over what the mentor is worth to others) picks, in one go, nearly the pairs the
 * optimum needs. The estimate only steers that choice: optimality still comes from the exact
 * solver and its certificate, so the auction may stop early and is not exact.
 *
 * The method: Bertsekas' forward auction with ε-scaling. A mentor with capacity k is k seats;
 * each unplaced mentee bids for the cheapest seat of the mentor with the best fit − price,
 * raising its price by the margin over the second-best option (staying unmatched is worth 0)
 * plus ε; the seat's previous holder bids again. Each phase divides ε, keeping the prices.
 */
export interface PriceEstimate {
  /** Per mentor position: the lowest price among its seats (0 while a seat is unbid). */
  mentorPrice: Float64Array;
  /** Per mentee position: the mentor position it holds a seat of at the end, −1 if none. */
  mentorOf: Int32Array;
}

/** ε of the first and the last phase, in units of fit (a phase divides it by SCALE_STEP). */
const FIRST_EPSILON_UNITS = 64;
const LAST_EPSILON_UNITS = 0.25;
const SCALE_STEP = 4;
/** Bids per mentee and phase at most: an estimate need not finish a long price war. */
const BIDS_PER_MENTEE = 12;

export function estimatePrices(table: PairTable, capacity: Int32Array, multiplier: number): PriceEstimate | null {
  const { mentees, cells, columns } = table;
  // Without the table of every pair, each bid would recompute thousands of fits: not worth it.
  if (!cells) return null;
  const seatStart = new Int32Array(columns + 1);
  for (let m = 0; m < columns; m++) seatStart[m + 1] = seatStart[m]! + capacity[m]!;
  const seats = seatStart[columns]!;
  const price = new Float64Array(seats);
  const holder = new Int32Array(seats).fill(-1);
  const seatOf = new Int32Array(mentees.length).fill(-1);
  // Per mentor: its cheapest seat and the price of the next cheapest (Infinity with one seat).
  const cheapest = Int32Array.from({ length: columns }, (_, m) => seatStart[m]!);
  const minPrice = new Float64Array(columns);
  const nextPrice = Float64Array.from({ length: columns }, (_, m) => (capacity[m]! > 1 ? 0 : Infinity));
  const refresh = (m: number) => {
    let best = -1;
    let low = Infinity;
    let next = Infinity;
    for (let s = seatStart[m]!; s < seatStart[m + 1]!; s++) {
      const p = price[s]!;
      if (p < low) {
        next = low;
        low = p;
        best = s;
      } else if (p < next) next = p;
    }
    cheapest[m] = best;
    minPrice[m] = low;
    nextPrice[m] = next;
  };

  const queue: number[] = [];
  for (let epsilon = FIRST_EPSILON_UNITS * multiplier; ; epsilon /= SCALE_STEP) {
    // A new phase: everyone bids again at the prices reached so far.
    holder.fill(-1);
    seatOf.fill(-1);
    queue.length = 0;
    for (let e = mentees.length - 1; e >= 0; e--) queue.push(e);
    let budget = BIDS_PER_MENTEE * mentees.length;
    while (queue.length > 0 && budget-- > 0) {
      const e = queue.pop()!;
      let bestMentor = -1;
      let best = 0;
      let second = 0;
      const row = e * columns;
      for (let m = 0; m < columns; m++) {
        const cell = cells[row + m]!;
        if (cell === 0) continue;
        // weightOf(cell − 1), inlined: this loop is the auction's whole cost.
        const weight = (cell - 1) * multiplier + 1;
        const profit = weight - minPrice[m]!;
        if (profit > second) {
          if (profit > best) {
            second = Math.max(best, weight - nextPrice[m]!);
            best = profit;
            bestMentor = m;
          } else second = profit;
        }
      }
      if (bestMentor === -1) continue; // staying unmatched is as good as anything
      const seat = cheapest[bestMentor]!;
      price[seat]! += best - second + epsilon;
      const evicted = holder[seat]!;
      holder[seat] = e;
      seatOf[e] = seat;
      if (evicted !== -1) {
        seatOf[evicted] = -1;
        queue.push(evicted);
      }
      refresh(bestMentor);
    }
    if (epsilon <= LAST_EPSILON_UNITS * multiplier) break;
  }
  const ownerOf = new Int32Array(seats);
  for (let m = 0; m < columns; m++) ownerOf.fill(m, seatStart[m]!, seatStart[m + 1]!);
  return { mentorPrice: minPrice, mentorOf: Int32Array.from(seatOf, (s) => (s === -1 ? -1 : ownerOf[s]!)) };
}
