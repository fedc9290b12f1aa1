import { fitTables, type FitTables } from "./fit";
import { MAX_MENTEES_PER_MENTOR, type ConstraintKind, type MatchCandidate, type MatchingInput } from "./types";
import { longestOverlap, weeklyIntervals, type WeeklyIntervals } from "./working-hours";

/**
 * A cohort prepared once for matching: candidates deduplicated (first application with an id
 * wins) and sorted by id, so the result does not depend on the order the input lists them in;
 * strings interned to numbers so the hard constraints cost a few comparisons per pair.
 */
export interface Cohort {
  input: MatchingInput;
  people: MatchCandidate[];
  indexOf: Map<string, number>;
  canMentor: Uint8Array;
  canBeMentored: Uint8Array;
  isBoth: Uint8Array;
  /** Mentees each can take: 0 for mentees, 1 for "both" or when multiple mentees are off. */
  capacity: Int32Array;
  fit: FitTables;
  personKey: Int32Array;
  /** Interned manager person id, −1 when unknown. */
  managerKey: Int32Array;
  /** Interned department, −1 when unknown (""). */
  departmentKey: Int32Array;
  languageKeys: Int32Array[];
  /** One bit per language (when there are at most 31 distinct ones, else null). */
  languageMask: Int32Array | null;
  hoursKey: Int32Array;
  hoursIntervals: WeeklyIntervals[];
  /** Overlap per pair of distinct working-hours keys, −1 until computed (dense when few keys). */
  overlapTable: Int32Array | null;
  overlapCache: Map<number, number>;
  /** Excluded candidate pairs, as unordered pair keys. */
  exclusions: Set<number>;
  /** Earlier pairs, as unordered keys of interned person ids. */
  pastPairs: Set<number>;
  minOverlapMinutes: number;
  avoidSameManager: boolean;
  avoidSameDepartment: boolean;
  requireSharedLanguage: boolean;
  avoidRepeatPairs: boolean;
}

/** The order a lock's rejection or a blocked partner's reasons are given in. */
export const CONSTRAINT_ORDER: readonly ConstraintKind[] = [
  "same-person",
  "same-side",
  "excluded",
  "past-pair",
  "reporting-line",
  "same-manager",
  "same-department",
  "no-shared-language",
  "no-overlap",
];

const DEFAULT_MIN_OVERLAP = 60;
/** Up to this many distinct working-hours patterns, overlaps are cached in a dense table. */
const DENSE_OVERLAP_LIMIT = 1024;

class Interner {
  private readonly keys = new Map<string, number>();
  key(text: string): number {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = this.keys.size;
      this.keys.set(text, key);
    }
    return key;
  }
  find(text: string): number | undefined {
    return this.keys.get(text);
  }
}

export function pairKey(a: number, b: number): number {
  return a < b ? a * 0x4000000 + b : b * 0x4000000 + a;
}

export function mentoringCapacity(candidate: MatchCandidate, allowMultipleMentees: boolean): number {
  if (candidate.role === "mentee") return 0;
  if (candidate.role === "both" || !allowMultipleMentees) return 1;
  // Clamped: a mentor with capacity k becomes k seats or vertices, so a stored 1e8 would stall the solver.
  return Number.isFinite(candidate.capacity)
    ? Math.min(MAX_MENTEES_PER_MENTOR, Math.max(1, Math.floor(candidate.capacity)))
    : 1;
}

export function prepareCohort(input: MatchingInput): Cohort {
  const seen = new Set<string>();
  const people = input.candidates
    .filter((candidate) => (seen.has(candidate.id) ? false : (seen.add(candidate.id), true)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = people.length;
  const indexOf = new Map(people.map((candidate, i) => [candidate.id, i]));
  const persons = new Interner();
  const departments = new Interner();
  const languages = new Interner();
  const hours = new Interner();
  const hoursIntervals: WeeklyIntervals[] = [];
  const cohort: Cohort = {
    input,
    people,
    indexOf,
    canMentor: new Uint8Array(n),
    canBeMentored: new Uint8Array(n),
    isBoth: new Uint8Array(n),
    capacity: new Int32Array(n),
    fit: fitTables(people, input.skills),
    personKey: new Int32Array(n),
    managerKey: new Int32Array(n),
    departmentKey: new Int32Array(n),
    languageKeys: [],
    languageMask: null,
    hoursKey: new Int32Array(n),
    hoursIntervals,
    overlapTable: null,
    overlapCache: new Map(),
    exclusions: new Set(),
    pastPairs: new Set(),
    minOverlapMinutes: Number.isFinite(input.rules.minOverlapMinutes)
      ? input.rules.minOverlapMinutes
      : DEFAULT_MIN_OVERLAP,
    avoidSameManager: input.rules.avoidSameManager,
    avoidSameDepartment: input.rules.avoidSameDepartment,
    requireSharedLanguage: input.rules.requireSharedLanguage,
    avoidRepeatPairs: input.rules.avoidRepeatPairs,
  };
  people.forEach((candidate, i) => {
    cohort.canMentor[i] = candidate.role === "mentee" ? 0 : 1;
    cohort.canBeMentored[i] = candidate.role === "mentor" ? 0 : 1;
    cohort.isBoth[i] = candidate.role === "both" ? 1 : 0;
    cohort.capacity[i] = mentoringCapacity(candidate, input.rules.allowMultipleMentees);
    cohort.personKey[i] = persons.key(candidate.personId);
    const department = candidate.department.trim().toLowerCase();
    cohort.departmentKey[i] = department === "" ? -1 : departments.key(department);
    cohort.languageKeys.push(
      Int32Array.from(new Set(candidate.languages.map((l) => languages.key(l.trim().toLowerCase())))),
    );
    const hoursText = `${candidate.timeZone}|${candidate.workingHours.start}|${candidate.workingHours.end}|${candidate.workingHours.days.join(",")}`;
    const key = hours.key(hoursText);
    if (key === hoursIntervals.length)
      hoursIntervals.push(weeklyIntervals(candidate.workingHours, candidate.timeZone, input.referenceDate));
    cohort.hoursKey[i] = key;
  });
  if (cohort.languageKeys.every((keys) => keys.every((key) => key < 31))) {
    cohort.languageMask = Int32Array.from(cohort.languageKeys, (keys) =>
      keys.reduce((mask, key) => mask | (1 << key), 0),
    );
  }
  const hoursCount = hoursIntervals.length;
  if (hoursCount <= DENSE_OVERLAP_LIMIT) cohort.overlapTable = new Int32Array(hoursCount * hoursCount).fill(-1);
  // Managers are interned after everyone's person id, so "manages the other" is one comparison.
  people.forEach((candidate, i) => {
    cohort.managerKey[i] = candidate.managerId ? persons.key(candidate.managerId) : -1;
  });
  for (const { a, b } of input.exclusions) {
    const ia = indexOf.get(a);
    const ib = indexOf.get(b);
    if (ia !== undefined && ib !== undefined) cohort.exclusions.add(pairKey(ia, ib));
  }
  for (const { a, b } of input.pastPairs) {
    const pa = persons.find(a);
    const pb = persons.find(b);
    if (pa !== undefined && pb !== undefined) cohort.pastPairs.add(pairKey(pa, pb));
  }
  return cohort;
}

export function overlapMinutes(cohort: Cohort, a: number, b: number): number {
  const ka = cohort.hoursKey[a]!;
  const kb = cohort.hoursKey[b]!;
  const table = cohort.overlapTable;
  if (table) {
    const count = cohort.hoursIntervals.length;
    let minutes = table[ka * count + kb]!;
    if (minutes < 0) {
      minutes = longestOverlap(cohort.hoursIntervals[ka]!, cohort.hoursIntervals[kb]!);
      table[ka * count + kb] = table[kb * count + ka] = minutes;
    }
    return minutes;
  }
  const key = pairKey(ka, kb);
  let minutes = cohort.overlapCache.get(key);
  if (minutes === undefined) {
    minutes = longestOverlap(cohort.hoursIntervals[ka]!, cohort.hoursIntervals[kb]!);
    cohort.overlapCache.set(key, minutes);
  }
  return minutes;
}

export function sharedLanguages(cohort: Cohort, a: number, b: number): number[] {
  const la = cohort.languageKeys[a]!;
  const lb = cohort.languageKeys[b]!;
  return [...la].filter((language) => lb.includes(language));
}

export function shareLanguage(cohort: Cohort, a: number, b: number): boolean {
  const masks = cohort.languageMask;
  if (masks) return (masks[a]! & masks[b]!) !== 0;
  const la = cohort.languageKeys[a]!;
  const lb = cohort.languageKeys[b]!;
  for (let i = 0; i < la.length; i++) if (lb.includes(la[i]!)) return true;
  return false;
}

/**
 * The first rule (in CONSTRAINT_ORDER) that forbids a and b as a pair whatever the direction,
 * or null. Everything but "same-side", which depends on the direction. The hot path: no
 * allocation, cheapest checks first.
 */
export function firstBlocker(cohort: Cohort, a: number, b: number): ConstraintKind | null {
  const pa = cohort.personKey[a]!;
  const pb = cohort.personKey[b]!;
  if (a === b || pa === pb) return "same-person";
  if (cohort.exclusions.size > 0 && cohort.exclusions.has(pairKey(a, b))) return "excluded";
  if (cohort.avoidRepeatPairs && cohort.pastPairs.size > 0 && cohort.pastPairs.has(pairKey(pa, pb))) return "past-pair";
  if (cohort.avoidSameManager) {
    const ma = cohort.managerKey[a]!;
    const mb = cohort.managerKey[b]!;
    if (ma === pb || mb === pa) return "reporting-line";
    if (ma !== -1 && ma === mb) return "same-manager";
  }
  if (cohort.avoidSameDepartment) {
    const da = cohort.departmentKey[a]!;
    if (da !== -1 && da === cohort.departmentKey[b]) return "same-department";
  }
  if (cohort.requireSharedLanguage && !shareLanguage(cohort, a, b)) return "no-shared-language";
  if (cohort.minOverlapMinutes > 0 && overlapMinutes(cohort, a, b) < cohort.minOverlapMinutes) return "no-overlap";
  return null;
}

/** Every rule that forbids a and b as a pair whatever the direction, in CONSTRAINT_ORDER. */
export function pairBlockers(cohort: Cohort, a: number, b: number): ConstraintKind[] {
  const rules = cohort.input.rules;
  const pa = cohort.personKey[a]!;
  const pb = cohort.personKey[b]!;
  const ma = cohort.managerKey[a]!;
  const mb = cohort.managerKey[b]!;
  const da = cohort.departmentKey[a]!;
  const blocked: Record<ConstraintKind, boolean> = {
    "same-person": a === b || pa === pb,
    "same-side": false,
    excluded: cohort.exclusions.has(pairKey(a, b)),
    "past-pair": rules.avoidRepeatPairs && cohort.pastPairs.has(pairKey(pa, pb)),
    "reporting-line": rules.avoidSameManager && (ma === pb || mb === pa),
    "same-manager": rules.avoidSameManager && ma !== -1 && ma === mb,
    "same-department": rules.avoidSameDepartment && da !== -1 && da === cohort.departmentKey[b],
    "no-shared-language": rules.requireSharedLanguage && !shareLanguage(cohort, a, b),
    "no-overlap": cohort.minOverlapMinutes > 0 && overlapMinutes(cohort, a, b) < cohort.minOverlapMinutes,
  };
  return CONSTRAINT_ORDER.filter((kind) => blocked[kind]);
}

/** Whether `mentor` may mentor `mentee`: sides, then every hard constraint. The hot path. */
export function isAllowed(cohort: Cohort, mentor: number, mentee: number): boolean {
  return (
    cohort.canMentor[mentor] === 1 &&
    cohort.canBeMentored[mentee] === 1 &&
    firstBlocker(cohort, mentor, mentee) === null
  );
}

/** Every reason `mentor` may not mentor `mentee`, in CONSTRAINT_ORDER; empty when allowed. */
export function orientedBlockers(cohort: Cohort, mentor: number, mentee: number): ConstraintKind[] {
  const blockers = pairBlockers(cohort, mentor, mentee);
  if (mentor !== mentee && (!cohort.canMentor[mentor] || !cohort.canBeMentored[mentee]))
    blockers.splice(blockers[0] === "same-person" ? 1 : 0, 0, "same-side");
  return blockers;
}

/** Whether b is on the other side of a, i.e. one of them can mentor the other. */
export function onOtherSide(cohort: Cohort, a: number, b: number): boolean {
  return (
    a !== b &&
    ((cohort.canMentor[a] === 1 && cohort.canBeMentored[b] === 1) ||
      (cohort.canMentor[b] === 1 && cohort.canBeMentored[a] === 1))
  );
}
