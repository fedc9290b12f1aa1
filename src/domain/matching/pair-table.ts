import { isAllowed, type Cohort } from "./cohort";
import { fitUnits } from "./fit";

/**
 * Every allowed mentor → mentee pair of the people still to place, with its fit: computed once,
 * then read by candidate selection and by each optimality check. Kept as one 16-bit cell per
 * pair (fit units + 1, 0 = not allowed) up to MAX_CACHED_PAIRS cells (80 MB); beyond that pairs
 * are recomputed when asked, which is slower but needs no memory.
 */
const MAX_CACHED_PAIRS = 40_000_000;

export class PairTable {
  private readonly cache: Uint16Array | null;

  constructor(
    private readonly cohort: Cohort,
    /** Cohort indices of everyone with a mentoring place left. */
    readonly mentors: Int32Array,
    /** Cohort indices of everyone who can still be mentored. */
    readonly mentees: Int32Array,
  ) {
    const size = mentors.length * mentees.length;
    this.cache = size <= MAX_CACHED_PAIRS ? new Uint16Array(size) : null;
    if (!this.cache) return;
    const cache = this.cache;
    const columns = mentors.length;
    for (let e = 0; e < mentees.length; e++) {
      const mentee = mentees[e]!;
      const row = e * columns;
      for (let m = 0; m < columns; m++) {
        const mentor = mentors[m]!;
        if (mentor !== mentee && isAllowed(cohort, mentor, mentee)) cache[row + m] = fitUnits(cohort.fit, mentor, mentee) + 1;
      }
    }
  }

  /** Fit units of mentors[m] mentoring mentees[e]; −1 when the pair is not allowed. */
  units(e: number, m: number): number {
    if (this.cache) return this.cache[e * this.mentors.length + m]! - 1;
    const mentor = this.mentors[m]!;
    const mentee = this.mentees[e]!;
    return mentor !== mentee && isAllowed(this.cohort, mentor, mentee) ? fitUnits(this.cohort.fit, mentor, mentee) : -1;
  }
}
