import { prepareCohort, type Cohort } from "./cohort";
import { PairTable } from "./pair-table";
import { fitUnits, unitsToScore } from "./fit";
import { applyLocks, availableAsMentee, remainingCapacity, type LockOutcome } from "./locks";
import { randomInt, seededRandom, shuffle } from "./random";
import type { MatchingInput } from "./types";

/**
 * What simpler methods would have given, for the coordinator's summary ("how it compares with a
 * random pairing") and for the benchmark. Both honour the same locks and hard constraints as the
 * engine; only the choice among allowed pairs differs.
 */
export interface BaselinePairing {
  pairs: { mentorId: string; menteeId: string; score: number }[];
  totalScore: number;
}

/** Who is still free as the baselines place pairs, starting from the locks. */
class Seats {
  readonly capacity: Int32Array;
  readonly mentored: Uint8Array;
  readonly units: number[] = [];
  readonly pairs: [number, number][] = [];

  constructor(
    private readonly cohort: Cohort,
    locks: LockOutcome,
  ) {
    const n = cohort.people.length;
    this.capacity = Int32Array.from({ length: n }, (_, p) => remainingCapacity(cohort, locks, p));
    this.mentored = Uint8Array.from({ length: n }, (_, p) => (availableAsMentee(cohort, locks, p) ? 0 : 1));
    for (const { mentor, mentee } of locks.accepted) this.place(mentor, mentee, false);
  }

  canPlace(mentor: number, mentee: number): boolean {
    return mentor !== mentee && this.capacity[mentor]! > 0 && this.mentored[mentee] === 0;
  }

  place(mentor: number, mentee: number, free = true): void {
    if (free) {
      this.capacity[mentor]!--;
      this.mentored[mentee] = 1;
      // A "both" person is in one pair only, on one side.
      if (this.cohort.isBoth[mentor]) this.mentored[mentor] = 1;
      if (this.cohort.isBoth[mentee]) this.capacity[mentee] = 0;
    }
    this.pairs.push([mentor, mentee]);
    this.units.push(fitUnits(this.cohort.fit, mentor, mentee));
  }

  result(): BaselinePairing {
    const people = this.cohort.people;
    return {
      pairs: this.pairs.map(([mentor, mentee], i) => ({
        mentorId: people[mentor]!.id,
        menteeId: people[mentee]!.id,
        score: unitsToScore(this.units[i]!),
      })),
      totalScore: unitsToScore(this.units.reduce((a, b) => a + b, 0)),
    };
  }
}

/** Every allowed pair of the people the locks leave free, scored once (see pair-table.ts). */
function freeTable(cohort: Cohort, seats: Seats): PairTable {
  const mentors: number[] = [];
  const mentees: number[] = [];
  cohort.people.forEach((_, p) => {
    if (seats.capacity[p]! > 0) mentors.push(p);
    if (seats.mentored[p] === 0) mentees.push(p);
  });
  return new PairTable(cohort, Int32Array.from(mentors), Int32Array.from(mentees));
}

/** The usual heuristic: take the best-fitting allowed pair, then the next best still possible… */
export function greedyPairing(input: MatchingInput): BaselinePairing {
  const cohort = prepareCohort(input);
  const seats = new Seats(cohort, applyLocks(cohort));
  const table = freeTable(cohort, seats);
  const { mentors, mentees, columns } = table;
  // Bucket the allowed pairs by fit (0–1000 units): a counting sort, two passes, no pair objects.
  // Ties go to the lower mentee, then the lower mentor (cohort order): deterministic.
  const counts = new Int32Array(1002);
  const each = (visit: (code: number, units: number) => void) => {
    for (let e = 0; e < mentees.length; e++) {
      for (let m = 0; m < columns; m++) {
        const units = table.units(e, m);
        if (units >= 0) visit(e * columns + m, units);
      }
    }
  };
  each((_code, units) => counts[1000 - units]!++);
  const start = new Int32Array(1002);
  for (let u = 0; u < 1001; u++) start[u + 1] = start[u]! + counts[u]!;
  const order = new Int32Array(start[1001]!);
  const fill = start.slice();
  each((code, units) => (order[fill[1000 - units]!++] = code));
  for (const code of order) {
    const mentor = mentors[code % columns]!;
    const mentee = mentees[Math.floor(code / columns)]!;
    if (seats.canPlace(mentor, mentee)) seats.place(mentor, mentee);
  }
  return seats.result();
}

/**
 * A random pairing that still respects the rules: mentees take turns in a random order and each
 * gets a mentor drawn at random among the allowed ones with a place left.
 */
export function randomPairing(input: MatchingInput, seed: number): BaselinePairing {
  const cohort = prepareCohort(input);
  const random = seededRandom(seed);
  const seats = new Seats(cohort, applyLocks(cohort));
  const table = freeTable(cohort, seats);
  const { mentors, mentees } = table;
  for (const e of shuffle(
    random,
    Array.from(mentees, (_, e) => e),
  )) {
    const mentee = mentees[e]!;
    if (seats.mentored[mentee]) continue;
    // Reservoir sampling: a uniform draw among the allowed mentors, without building the list.
    let chosen = -1;
    let seen = 0;
    for (let m = 0; m < mentors.length; m++) {
      const mentor = mentors[m]!;
      if (!seats.canPlace(mentor, mentee) || table.units(e, m) < 0) continue;
      seen++;
      if (randomInt(random, seen) === 0) chosen = mentor;
    }
    if (chosen !== -1) seats.place(chosen, mentee);
  }
  return seats.result();
}

/** The mean total fit of `runs` random pairings (seeds seed, seed + 1, …). */
export function randomPairingScore(input: MatchingInput, seed: number, runs = 10): number {
  let total = 0;
  for (let run = 0; run < runs; run++) total += randomPairing(input, seed + run).totalScore;
  return runs > 0 ? total / runs : 0;
}
