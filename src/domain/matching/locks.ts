import { firstBlocker, type Cohort } from "./cohort";
import type { MatchingResult } from "./types";

export interface LockedPair {
  mentor: number;
  mentee: number;
}

export interface LockOutcome {
  accepted: LockedPair[];
  rejected: MatchingResult["rejectedLocks"];
  /** Mentees each mentor already has through locks. */
  mentorLoad: Int32Array;
  /** 1 for anyone a lock already places as a mentee, or a "both" person placed either way. */
  taken: Uint8Array;
}

/**
 * Honours the coordinator's locks in the order given. A lock is rejected, with the reason, when a
 * candidate is unknown, the direction is impossible (a mentee cannot mentor), a hard constraint
 * forbids the pair, or an earlier lock already used the capacity (a mentee has one mentor, a
 * "both" person is in one pair, a mentor takes `capacity` mentees). Repeating a lock is harmless.
 */
export function applyLocks(cohort: Cohort): LockOutcome {
  const n = cohort.people.length;
  const outcome: LockOutcome = { accepted: [], rejected: [], mentorLoad: new Int32Array(n), taken: new Uint8Array(n) };
  const seen = new Set<string>();
  for (const lock of cohort.input.locks) {
    const { mentorId, menteeId } = lock;
    const reject = (reason: MatchingResult["rejectedLocks"][number]["reason"]) =>
      outcome.rejected.push({ mentorId, menteeId, reason });
    const mentor = cohort.indexOf.get(mentorId);
    const mentee = cohort.indexOf.get(menteeId);
    if (mentor === undefined || mentee === undefined) {
      reject("unknown-candidate");
      continue;
    }
    if (mentor === mentee || cohort.personKey[mentor] === cohort.personKey[mentee]) {
      reject("same-person");
      continue;
    }
    if (!cohort.canMentor[mentor] || !cohort.canBeMentored[mentee]) {
      reject("same-side");
      continue;
    }
    const blocker = firstBlocker(cohort, mentor, mentee);
    if (blocker) {
      reject(blocker);
      continue;
    }
    const key = `${mentor}:${mentee}`;
    if (seen.has(key)) continue;
    const mentorFull = cohort.isBoth[mentor]
      ? outcome.taken[mentor] === 1
      : outcome.mentorLoad[mentor]! >= cohort.capacity[mentor]!;
    if (mentorFull || outcome.taken[mentee]) {
      reject("capacity");
      continue;
    }
    seen.add(key);
    outcome.accepted.push({ mentor, mentee });
    outcome.mentorLoad[mentor]!++;
    outcome.taken[mentee] = 1;
    if (cohort.isBoth[mentor]) outcome.taken[mentor] = 1;
  }
  return outcome;
}

/** Mentees `mentor` can still take once the locks are placed (0 for anyone who cannot mentor). */
export function remainingCapacity(cohort: Cohort, locks: LockOutcome, mentor: number): number {
  if (!cohort.canMentor[mentor]) return 0;
  if (cohort.isBoth[mentor]) return locks.taken[mentor] ? 0 : 1;
  return Math.max(0, cohort.capacity[mentor]! - locks.mentorLoad[mentor]!);
}

/** Whether someone can still be placed as a mentee once the locks are placed. */
export function availableAsMentee(cohort: Cohort, locks: LockOutcome, mentee: number): boolean {
  return (
    cohort.canBeMentored[mentee] === 1 &&
    !locks.taken[mentee] &&
    !(cohort.isBoth[mentee] && locks.mentorLoad[mentee]! > 0)
  );
}
