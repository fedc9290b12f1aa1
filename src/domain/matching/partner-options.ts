import { orientedBlockers, prepareCohort, type Cohort } from "./cohort";
import { pairReasons } from "./explain";
import { fitUnits, unitsToScore } from "./fit";
import { applyLocks, availableAsMentee, remainingCapacity, type LockOutcome } from "./locks";
import type { ConstraintKind, MatchingInput, PairReason } from "./types";

/** One partner the coordinator could give a candidate (the "reassign" button's list). */
export interface PartnerOption {
  partnerId: string;
  /** Which way round: the candidate mentors the partner, or is mentored by them. */
  candidateRole: "mentor" | "mentee";
  mentorId: string;
  menteeId: string;
  score: number;
  reasons: PairReason[];
  /** The hard constraints that forbid this pair; empty when it is allowed. */
  blockedBy: ConstraintKind[];
  /** A lock already uses the partner's place (a mentee locked to someone else, a mentor full). */
  lockedElsewhere: boolean;
}

/**
 * Every possible partner for one candidate, in both directions for people who chose "both":
 * allowed ones first, then by fit. Empty for an unknown candidate id.
 */
export function partnerOptions(input: MatchingInput, candidateId: string): PartnerOption[] {
  const cohort = prepareCohort(input);
  const self = cohort.indexOf.get(candidateId);
  if (self === undefined) return [];
  const locks = applyLocks(cohort);
  const options: PartnerOption[] = [];
  for (let other = 0; other < cohort.people.length; other++) {
    if (other === self) continue;
    if (cohort.canMentor[self] && cohort.canBeMentored[other])
      options.push(option(cohort, locks, self, other, "mentor"));
    if (cohort.canMentor[other] && cohort.canBeMentored[self])
      options.push(option(cohort, locks, other, self, "mentee"));
  }
  return options.sort(
    (a, b) =>
      a.blockedBy.length - b.blockedBy.length ||
      Number(a.lockedElsewhere) - Number(b.lockedElsewhere) ||
      b.score - a.score ||
      (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0) ||
      (a.candidateRole < b.candidateRole ? -1 : 1),
  );
}

function option(
  cohort: Cohort,
  locks: LockOutcome,
  mentor: number,
  mentee: number,
  candidateRole: "mentor" | "mentee",
): PartnerOption {
  const partner = candidateRole === "mentor" ? mentee : mentor;
  const lockedTogether = locks.accepted.some((lock) => lock.mentor === mentor && lock.mentee === mentee);
  const partnerFree =
    candidateRole === "mentor"
      ? availableAsMentee(cohort, locks, partner)
      : remainingCapacity(cohort, locks, partner) > 0;
  return {
    partnerId: cohort.people[partner]!.id,
    candidateRole,
    mentorId: cohort.people[mentor]!.id,
    menteeId: cohort.people[mentee]!.id,
    score: unitsToScore(fitUnits(cohort.fit, mentor, mentee)),
    reasons: pairReasons(cohort, mentor, mentee, lockedTogether),
    blockedBy: orientedBlockers(cohort, mentor, mentee),
    lockedElsewhere: !lockedTogether && !partnerFree,
  };
}
