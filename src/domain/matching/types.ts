/**
 * The matching engine's contract: what the cohort gives it (accepted applications, rules, the
 * coordinator's locks and exclusions, earlier pairs) and what it returns (pairs with a score and
 * reasons as data, and a reason for everyone left unmatched). Pure data: no I/O, no platform.
 */

export type MatchRole = "mentor" | "mentee" | "both";

/** The most mentees one mentor takes when a cohort allows several (the application offers 1 to 3). */
export const MAX_MENTEES_PER_MENTOR = 3;

export interface WorkingHours {
  /** Local start and end, "HH:mm" in the candidate's own time zone; end after start. */
  start: string;
  end: string;
  /** ISO weekdays they work, 1 = Monday … 7 = Sunday. */
  days: number[];
}

export interface MatchCandidate {
  /** The application's id: stable across re-runs of the same cohort. */
  id: string;
  personId: string;
  name: string;
  role: MatchRole;
  /** Mentees a mentor can take (1 to MAX_MENTEES_PER_MENTOR). Someone who chose "both" mentors at most one. */
  capacity: number;
  /** Self-assessment per catalogue skill id, 1 none … 5 expert; a missing skill counts as 1. */
  ratings: Record<string, number>;
  /** Skill ids they want to deepen (the toolkit's "areas to deepen"). */
  learns: string[];
  /** Normalised (trimmed, lower-cased) department name; "" when unknown. */
  department: string;
  /** Their direct manager's person id (the sponsor), when known. */
  managerId: string | null;
  /** Language codes they can hold a session in ("es", "en", …). */
  languages: string[];
  timeZone: string;
  workingHours: WorkingHours;
}

export interface MatchRules {
  /** "reverse": juniors strong in digital skills mentor seniors. "classic": the usual direction. */
  mode: "reverse" | "classic";
  /** Not the same manager, and neither is the other's manager. */
  avoidSameManager: boolean;
  avoidSameDepartment: boolean;
  requireSharedLanguage: boolean;
  /** Minimum overlap of working hours, in minutes, on a common working day (default 60). */
  minOverlapMinutes: number;
  /** No pair that was already a pair in an earlier cohort. */
  avoidRepeatPairs: boolean;
  /** When false every mentor takes at most one mentee, whatever their capacity says. */
  allowMultipleMentees: boolean;
}

export interface Skill {
  id: string;
  group: "competence" | "tool";
  name: string;
}

export interface MatchingInput {
  candidates: MatchCandidate[];
  skills: Skill[];
  rules: MatchRules;
  /** Pairs the coordinator fixed: they are in the result whatever the scores (candidate ids). */
  locks: { mentorId: string; menteeId: string }[];
  /** Pairs the coordinator ruled out, in either direction (candidate ids). */
  exclusions: { a: string; b: string }[];
  /** Pairs from earlier cohorts, in either direction (person ids). */
  pastPairs: { a: string; b: string }[];
  /** The day on which working hours are compared across time zones (daylight saving matters). */
  referenceDate: Date;
}

/** Why a hard constraint rules a pair out; also used to explain why someone is unmatched. */
export type ConstraintKind =
  | "same-person"
  | "same-side"
  | "same-manager"
  | "reporting-line"
  | "same-department"
  | "no-shared-language"
  | "no-overlap"
  | "excluded"
  | "past-pair";

/** One plain reason for a pair, rendered later in the reader's language. */
export type PairReason =
  /** The mentor can teach a skill the mentee rates lower (and maybe wants to deepen). */
  | { kind: "teaches"; skillId: string; mentorRating: number; menteeRating: number; menteeWants: boolean }
  /** The mentee gives back: a skill the mentor wants to deepen and the mentee rates higher. */
  | { kind: "gives-back"; skillId: string; menteeRating: number; mentorRating: number }
  | { kind: "shared-language"; language: string }
  | { kind: "overlap"; minutes: number }
  | { kind: "locked" };

export interface MatchedPair {
  mentorId: string;
  menteeId: string;
  /** Fit, 0–100: higher is better. The engine maximises the sum over pairs. */
  score: number;
  /** Most telling first; at most a handful. */
  reasons: PairReason[];
  locked: boolean;
}

export type UnmatchedReason =
  /** Nobody on the other side of the cohort at all (no mentors, or no mentees). */
  | { kind: "no-other-side" }
  /** No compatible partner: how many candidates each constraint ruled out. */
  | { kind: "no-compatible-partner"; blockedBy: Partial<Record<ConstraintKind, number>> }
  /** Compatible partners existed, but each went to a pairing with a higher total fit. */
  | { kind: "partners-taken"; compatible: number }
  /** A lock made them unavailable (e.g. a locked mentor's capacity is full). */
  | { kind: "locked-elsewhere" };

export interface Unmatched {
  candidateId: string;
  reason: UnmatchedReason;
}

export interface MatchingResult {
  pairs: MatchedPair[];
  unmatched: Unmatched[];
  totalScore: number;
  /** Locks that could not be honoured (a constraint or capacity forbids them), with why. */
  rejectedLocks: { mentorId: string; menteeId: string; reason: ConstraintKind | "capacity" | "unknown-candidate" }[];
}
