import { firstBlocker, onOtherSide, overlapMinutes, pairBlockers, type Cohort } from "./cohort";
import { rating } from "./fit";
import { availableAsMentee, remainingCapacity, type LockOutcome } from "./locks";
import type { ConstraintKind, PairReason, UnmatchedReason } from "./types";

const TAUGHT_REASONS = 2;
const GIVEN_BACK_REASONS = 1;

/**
 * The most telling reasons for a pair, most telling first: locked, then the skills the mentor
 * teaches (those the mentee wants first, then the widest gaps), the skill the mentee gives back,
 * a shared language and the working-hours overlap.
 */
export function pairReasons(cohort: Cohort, mentor: number, mentee: number, locked: boolean): PairReason[] {
  const reasons: PairReason[] = locked ? [{ kind: "locked" }] : [];
  const a = cohort.people[mentor]!;
  const b = cohort.people[mentee]!;
  const menteeWants = new Set(b.learns);
  const mentorWants = new Set(a.learns);
  const skillIds = cohort.fit.skillIds;
  const taught = skillIds
    .map((skillId, order) => ({
      skillId,
      order,
      mentorRating: rating(a, skillId),
      menteeRating: rating(b, skillId),
      menteeWants: menteeWants.has(skillId),
    }))
    .filter((s) => s.mentorRating > s.menteeRating)
    .sort(
      (x, y) =>
        Number(y.menteeWants) - Number(x.menteeWants) ||
        y.mentorRating - y.menteeRating - (x.mentorRating - x.menteeRating) ||
        y.mentorRating - x.mentorRating ||
        x.order - y.order,
    )
    .slice(0, TAUGHT_REASONS);
  for (const { skillId, mentorRating, menteeRating, menteeWants: wants } of taught) {
    reasons.push({ kind: "teaches", skillId, mentorRating, menteeRating, menteeWants: wants });
  }
  const givenBack = skillIds
    .map((skillId, order) => ({ skillId, order, menteeRating: rating(b, skillId), mentorRating: rating(a, skillId) }))
    .filter((s) => mentorWants.has(s.skillId) && s.menteeRating > s.mentorRating)
    .sort((x, y) => y.menteeRating - y.mentorRating - (x.menteeRating - x.mentorRating) || x.order - y.order)
    .slice(0, GIVEN_BACK_REASONS);
  for (const { skillId, menteeRating, mentorRating } of givenBack)
    reasons.push({ kind: "gives-back", skillId, menteeRating, mentorRating });
  const mentorLanguages = new Set(a.languages.map((l) => l.trim().toLowerCase()));
  const language = b.languages.map((l) => l.trim().toLowerCase()).find((l) => mentorLanguages.has(l));
  if (language) reasons.push({ kind: "shared-language", language });
  const minutes = overlapMinutes(cohort, mentor, mentee);
  if (minutes > 0) reasons.push({ kind: "overlap", minutes });
  return reasons;
}

/** Whether locks alone keep p and q apart: every direction they could pair in is already used. */
function lockedApart(cohort: Cohort, locks: LockOutcome, p: number, q: number): boolean {
  const pMentorsQ = cohort.canMentor[p] === 1 && cohort.canBeMentored[q] === 1;
  const qMentorsP = cohort.canMentor[q] === 1 && cohort.canBeMentored[p] === 1;
  const usable =
    (pMentorsQ && remainingCapacity(cohort, locks, p) > 0 && availableAsMentee(cohort, locks, q)) ||
    (qMentorsP && remainingCapacity(cohort, locks, q) > 0 && availableAsMentee(cohort, locks, p));
  return !usable;
}

/**
 * Why someone is left without a pair: nobody on the other side at all; nobody compatible (with a
 * count of the candidates each rule ruled out; a candidate ruled out by two rules counts under
 * both); every compatible partner taken by a lock; or compatible partners existed but the
 * assignment with the highest total fit gave each of them to someone else.
 */
export function unmatchedReason(cohort: Cohort, locks: LockOutcome, p: number): UnmatchedReason {
  let otherSide = 0;
  let compatible = 0;
  let free = 0;
  const blockedBy: Partial<Record<ConstraintKind, number>> = {};
  for (let q = 0; q < cohort.people.length; q++) {
    if (!onOtherSide(cohort, p, q)) continue;
    otherSide++;
    if (firstBlocker(cohort, p, q) !== null) {
      for (const kind of pairBlockers(cohort, p, q)) blockedBy[kind] = (blockedBy[kind] ?? 0) + 1;
      continue;
    }
    compatible++;
    if (!lockedApart(cohort, locks, p, q)) free++;
  }
  if (otherSide === 0) return { kind: "no-other-side" };
  if (compatible === 0) return { kind: "no-compatible-partner", blockedBy };
  if (free === 0) return { kind: "locked-elsewhere" };
  return { kind: "partners-taken", compatible };
}
