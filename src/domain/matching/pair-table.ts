import { isAllowed, overlapMinutes, pairKey, shareLanguage, type Cohort } from "./cohort";
import { fitUnits } from "./fit";

/**
 * Every allowed mentor → mentee pair of the people still to place, with its fit: computed once,
 * then read by the price estimate, candidate selection and each optimality check. Kept as one
 * 16-bit cell per pair (fit units + 1, 0 = not allowed) up to MAX_CACHED_PAIRS cells (256 MB:
 * 10,000 people who all chose "both"); beyond that pairs are recomputed when asked, which needs no
 * memory but is many times slower.
 */
const MAX_CACHED_PAIRS = 128_000_000;

export class PairTable {
  /** Row e (a mentee position), column m (a mentor position): at e * columns + m. */
  readonly cells: Uint16Array | null;
  readonly columns: number;

  constructor(
    private readonly cohort: Cohort,
    /** Cohort indices of everyone with a mentoring place left. */
    readonly mentors: Int32Array,
    /** Cohort indices of everyone who can still be mentored. */
    readonly mentees: Int32Array,
  ) {
    this.columns = mentors.length;
    this.cells = mentors.length * mentees.length <= MAX_CACHED_PAIRS ? fillCells(cohort, mentors, mentees) : null;
  }

  /** Fit units of mentors[m] mentoring mentees[e]; −1 when the pair is not allowed. */
  units(e: number, m: number): number {
    if (this.cells) return this.cells[e * this.columns + m]! - 1;
    const mentor = this.mentors[m]!;
    const mentee = this.mentees[e]!;
    return isAllowed(this.cohort, mentor, mentee) ? fitUnits(this.cohort.fit, mentor, mentee) : -1;
  }
}

/**
 * The same rules as `firstBlocker` (cohort.ts), unrolled over a row: a 10,000-applicant cohort
 * has about 28 million pairs, so the per-pair lookups are hoisted out of the inner loop. The unit
 * tests check it against `isAllowed` pair by pair.
 */
function fillCells(cohort: Cohort, mentors: Int32Array, mentees: Int32Array): Uint16Array {
  const columns = mentors.length;
  const cells = new Uint16Array(columns * mentees.length);
  const { personKey, managerKey, departmentKey, hoursKey, languageMask, overlapTable, exclusions, pastPairs } = cohort;
  const avoidManager = cohort.avoidSameManager;
  const avoidDepartment = cohort.avoidSameDepartment;
  const needLanguage = cohort.requireSharedLanguage;
  const minOverlap = cohort.minOverlapMinutes;
  const checkExclusions = exclusions.size > 0;
  const checkPast = cohort.avoidRepeatPairs && pastPairs.size > 0;
  const hoursCount = cohort.hoursIntervals.length;
  const mentorPerson = Int32Array.from(mentors, (p) => personKey[p]!);
  const mentorManager = Int32Array.from(mentors, (p) => managerKey[p]!);
  const mentorDepartment = Int32Array.from(mentors, (p) => departmentKey[p]!);
  const mentorHours = Int32Array.from(mentors, (p) => hoursKey[p]!);
  const mentorLanguages = languageMask ? Int32Array.from(mentors, (p) => languageMask[p]!) : null;
  for (let e = 0; e < mentees.length; e++) {
    const mentee = mentees[e]!;
    if (!cohort.canBeMentored[mentee]) continue;
    const person = personKey[mentee]!;
    const manager = managerKey[mentee]!;
    const department = departmentKey[mentee]!;
    const hours = hoursKey[mentee]!;
    const languages = languageMask ? languageMask[mentee]! : 0;
    const row = e * columns;
    for (let m = 0; m < columns; m++) {
      const mentor = mentors[m]!;
      const mentorKey = mentorPerson[m]!;
      if (mentor === mentee || mentorKey === person || !cohort.canMentor[mentor]) continue;
      if (avoidManager) {
        const mentorBoss = mentorManager[m]!;
        if (mentorBoss === person || manager === mentorKey || (manager !== -1 && manager === mentorBoss)) continue;
      }
      if (avoidDepartment && department !== -1 && department === mentorDepartment[m]) continue;
      if (
        needLanguage &&
        (mentorLanguages ? (mentorLanguages[m]! & languages) === 0 : !shareLanguage(cohort, mentor, mentee))
      )
        continue;
      if (minOverlap > 0) {
        const known = overlapTable ? overlapTable[mentorHours[m]! * hoursCount + hours]! : -1;
        if ((known >= 0 ? known : overlapMinutes(cohort, mentor, mentee)) < minOverlap) continue;
      }
      if (checkExclusions && exclusions.has(pairKey(mentor, mentee))) continue;
      if (checkPast && pastPairs.has(pairKey(mentorKey, person))) continue;
      cells[row + m] = fitUnits(cohort.fit, mentor, mentee) + 1;
    }
  }
  return cells;
}
