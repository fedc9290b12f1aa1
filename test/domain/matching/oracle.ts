import highsLoader from "highs";
import { DateTime } from "luxon";
import { fitScore } from "../../../src/domain/matching";
import type { MatchCandidate, MatchingInput } from "../../../src/domain/matching";

/**
 * An independent solver for the property tests and the benchmark: the contract's semantics
 * written out from scratch, as plainly as possible, and the optimisation done by HiGHS as an
 * integer program (one binary per allowed mentor → mentee direction; a mentee has at most one
 * mentor, a mentor at most `capacity` mentees, a "both" person at most one pair on either side;
 * valid locks fixed to 1). It shares nothing with the engine but `fitScore`, which defines what a
 * pair is worth. Candidates are taken as given (ids unique).
 */
type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs | undefined;

export async function loadHighs(): Promise<Highs> {
  highs ??= await highsLoader();
  return highs;
}

export interface OracleResult {
  /** The best total fit (0.1 precision sums). */
  total: number;
  pairs: { mentorId: string; menteeId: string }[];
  honouredLocks: { mentorId: string; menteeId: string }[];
  rejectedLocks: { mentorId: string; menteeId: string }[];
  /** HiGHS's status: "Optimal", or e.g. "Time limit reached" (then `total` is the best found). */
  status: string;
  /** Binary variables of the model: one per allowed mentor → mentee direction. */
  variables: number;
}

const WEEK = 7 * 24 * 60;

/** Minutes of the UTC week this person works, as a bitmap, with their zone's offset on the date. */
function workedMinutes(candidate: MatchCandidate, referenceDate: Date): Uint8Array {
  const worked = new Uint8Array(WEEK);
  const offset = DateTime.fromJSDate(referenceDate).setZone(candidate.timeZone).offset;
  const [sh, sm] = candidate.workingHours.start.split(":").map(Number) as [number, number];
  const [eh, em] = candidate.workingHours.end.split(":").map(Number) as [number, number];
  for (const day of new Set(candidate.workingHours.days)) {
    for (let minute = sh * 60 + sm; minute < eh * 60 + em; minute++) {
      const utc = (day - 1) * 24 * 60 + minute - offset;
      worked[((utc % WEEK) + WEEK) % WEEK] = 1;
    }
  }
  return worked;
}

// The bitmaps are slow to compare, and cohorts share a few working patterns: remember them.
const patternOverlap = new Map<string, number>();
const pattern = (c: MatchCandidate, date: Date) =>
  `${date.toISOString()}|${c.timeZone}|${c.workingHours.start}|${c.workingHours.end}|${c.workingHours.days.join(",")}`;

/** Longest stretch (minutes, the week wrapping round) in which both work. */
export function oracleOverlap(a: MatchCandidate, b: MatchCandidate, referenceDate: Date): number {
  const key = `${pattern(a, referenceDate)}#${pattern(b, referenceDate)}`;
  const known = patternOverlap.get(key);
  if (known !== undefined) return known;
  const wa = workedMinutes(a, referenceDate);
  const wb = workedMinutes(b, referenceDate);
  let best = 0;
  let run = 0;
  for (let i = 0; i < 2 * WEEK; i++) {
    run = wa[i % WEEK] && wb[i % WEEK] ? run + 1 : 0;
    best = Math.max(best, Math.min(run, WEEK));
  }
  patternOverlap.set(key, best);
  return best;
}

export function oracleAllowed(input: MatchingInput, mentor: MatchCandidate, mentee: MatchCandidate): boolean {
  const { rules } = input;
  if (mentor.role === "mentee" || mentee.role === "mentor") return false;
  if (mentor.id === mentee.id || mentor.personId === mentee.personId) return false;
  if (
    input.exclusions.some((x) => (x.a === mentor.id && x.b === mentee.id) || (x.a === mentee.id && x.b === mentor.id))
  )
    return false;
  if (
    rules.avoidRepeatPairs &&
    input.pastPairs.some(
      (x) =>
        (x.a === mentor.personId && x.b === mentee.personId) || (x.a === mentee.personId && x.b === mentor.personId),
    )
  )
    return false;
  if (rules.avoidSameManager) {
    if (mentor.managerId !== null && mentor.managerId === mentee.managerId) return false;
    if (mentor.managerId === mentee.personId || mentee.managerId === mentor.personId) return false;
  }
  if (rules.avoidSameDepartment && mentor.department !== "" && mentor.department === mentee.department) return false;
  if (
    rules.requireSharedLanguage &&
    !mentor.languages.some((l) => mentee.languages.map((m) => m.toLowerCase()).includes(l.toLowerCase()))
  )
    return false;
  if (rules.minOverlapMinutes > 0 && oracleOverlap(mentor, mentee, input.referenceDate) < rules.minOverlapMinutes)
    return false;
  return true;
}

export function oracleCapacity(input: MatchingInput, candidate: MatchCandidate): number {
  if (candidate.role === "both" || !input.rules.allowMultipleMentees) return 1;
  return Math.max(1, Math.floor(candidate.capacity));
}

export async function oracleMatch(
  input: MatchingInput,
  options: { timeLimitSeconds?: number } = {},
): Promise<OracleResult> {
  const byId = new Map(input.candidates.map((c) => [c.id, c]));
  const edges: { mentor: MatchCandidate; mentee: MatchCandidate; units: number }[] = [];
  for (const mentor of input.candidates) {
    for (const mentee of input.candidates) {
      if (oracleAllowed(input, mentor, mentee))
        edges.push({ mentor, mentee, units: Math.round(fitScore(mentor, mentee, input) * 10) });
    }
  }
  // Locks, in order: honoured when allowed and the places are still free.
  const honouredLocks: OracleResult["honouredLocks"] = [];
  const rejectedLocks: OracleResult["rejectedLocks"] = [];
  const mentoring = new Map<string, number>();
  const mentored = new Set<string>();
  for (const lock of input.locks) {
    const mentor = byId.get(lock.mentorId);
    const mentee = byId.get(lock.menteeId);
    if (honouredLocks.some((l) => l.mentorId === lock.mentorId && l.menteeId === lock.menteeId)) continue;
    const ok =
      mentor !== undefined &&
      mentee !== undefined &&
      oracleAllowed(input, mentor, mentee) &&
      !mentored.has(mentee.id) &&
      !(mentee.role === "both" && mentoring.has(mentee.id)) &&
      !(mentor.role === "both" && mentored.has(mentor.id)) &&
      (mentoring.get(mentor.id) ?? 0) < oracleCapacity(input, mentor);
    if (!ok) {
      rejectedLocks.push({ mentorId: lock.mentorId, menteeId: lock.menteeId });
      continue;
    }
    honouredLocks.push({ mentorId: lock.mentorId, menteeId: lock.menteeId });
    mentoring.set(mentor.id, (mentoring.get(mentor.id) ?? 0) + 1);
    mentored.add(mentee.id);
  }
  if (edges.length === 0) return { total: 0, pairs: [], honouredLocks, rejectedLocks, status: "Optimal", variables: 0 };

  const asMentor = new Map<MatchCandidate, string[]>();
  const asMentee = new Map<MatchCandidate, string[]>();
  const add = (map: Map<MatchCandidate, string[]>, who: MatchCandidate, variable: string) => {
    const list = map.get(who);
    if (list) list.push(variable);
    else map.set(who, [variable]);
  };
  edges.forEach((e, k) => {
    add(asMentor, e.mentor, `x${k}`);
    add(asMentee, e.mentee, `x${k}`);
  });
  const rows: string[] = [];
  input.candidates.forEach((person, p) => {
    const mentors = asMentor.get(person) ?? [];
    const mentees = asMentee.get(person) ?? [];
    if (person.role === "both" && mentors.length + mentees.length > 0)
      rows.push(`both${p}: ${[...mentors, ...mentees].join(" + ")} <= 1`);
    if (person.role === "mentor" && mentors.length > 0)
      rows.push(`cap${p}: ${mentors.join(" + ")} <= ${oracleCapacity(input, person)}`);
    if (person.role === "mentee" && mentees.length > 0) rows.push(`one${p}: ${mentees.join(" + ")} <= 1`);
  });
  const fixed = new Set(
    honouredLocks.map((lock) => edges.findIndex((e) => e.mentor.id === lock.mentorId && e.mentee.id === lock.menteeId)),
  );
  const lp = [
    "Maximize",
    ` obj: ${edges.map((e, k) => `${e.units} x${k}`).join(" + ")}`,
    "Subject To",
    ...(rows.length > 0 ? rows.map((r) => ` ${r}`) : [` dummy: x0 <= 1`]),
    "Bounds",
    ...edges.map((_, k) => (fixed.has(k) ? ` x${k} = 1` : ` 0 <= x${k} <= 1`)),
    "Binary",
    ` ${edges.map((_, k) => `x${k}`).join(" ")}`,
    "End",
  ].join("\n");
  const solution = (await loadHighs()).solve(lp, {
    mip_rel_gap: 0,
    mip_abs_gap: 0,
    output_flag: false,
    ...(options.timeLimitSeconds ? { time_limit: options.timeLimitSeconds } : {}),
  });
  if (solution.Status !== "Optimal" && !options.timeLimitSeconds) throw new Error(`HiGHS: ${solution.Status}`);
  const columns = solution.Columns as Record<string, { Primal?: number } | undefined>;
  const pairs = edges.flatMap((e, k) =>
    (columns[`x${k}`]?.Primal ?? 0) > 0.5 ? [{ mentorId: e.mentor.id, menteeId: e.mentee.id }] : [],
  );
  return {
    total: Math.round(solution.ObjectiveValue) / 10,
    pairs,
    honouredLocks,
    rejectedLocks,
    status: solution.Status,
    variables: edges.length,
  };
}
