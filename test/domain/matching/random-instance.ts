import { seededRandom, type Random } from "../../../src/domain/matching";
import type { MatchCandidate, MatchRole, MatchRules, MatchingInput, Skill } from "../../../src/domain/matching";

/**
 * Small random cohorts for the property tests, with every constraint switched on most of the time:
 * "both" roles, capacities above one, managers inside and outside the cohort, departments,
 * languages, time zones with and without daylight saving (and a half-hour one), partial weeks,
 * locks (valid and not), exclusions and past pairs. Seeded, so a failing seed reproduces.
 */
export interface RandomInstanceOptions {
  /** Most candidates (at least 2). */
  maxCandidates?: number;
  /** Chance a candidate chose "both". */
  bothShare?: number;
  /**
   * Most pairs allowed (a shared language, office hours in nearby zones, few managers in common):
   * more competition for the same mentors, so the optimisation itself is harder.
   */
  loose?: boolean;
}

const SKILLS: Skill[] = ["sheets", "ai", "chat", "slides", "egov", "security"].map((id, i) => ({
  id,
  group: i % 2 ? "competence" : "tool",
  name: id,
}));
const NEARBY_ZONES = ["Europe/Madrid", "Europe/London", "UTC"];
const ZONES = [
  "America/Santiago",
  "Europe/Madrid",
  "America/New_York",
  "Asia/Kolkata",
  "Pacific/Auckland",
  "UTC",
  "Asia/Tokyo",
];
const STARTS = ["06:00", "08:00", "08:30", "09:00", "10:00", "13:00", "15:30", "22:00"];
const LENGTHS = [60, 90, 240, 480, 540];

function int(random: Random, below: number): number {
  return Math.floor(random() * below);
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[int(random, items.length)]!;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export function randomInstance(seed: number, options: RandomInstanceOptions = {}): MatchingInput {
  const random = seededRandom(seed);
  const n = 2 + int(random, (options.maxCandidates ?? 12) - 1);
  const bothShare = options.bothShare ?? 0.25;
  const candidates: MatchCandidate[] = [];
  for (let i = 0; i < n; i++) {
    const roll = random();
    const role: MatchRole = roll < bothShare ? "both" : roll < bothShare + (1 - bothShare) / 2 ? "mentor" : "mentee";
    const ratings: Record<string, number> = {};
    for (const skill of SKILLS) if (random() < 0.9) ratings[skill.id] = 1 + int(random, 5);
    const loose = options.loose ?? false;
    const startText = loose ? pick(random, ["08:00", "09:00", "10:00"]) : pick(random, STARTS);
    const [h, m] = startText.split(":").map(Number) as [number, number];
    const end = Math.min(24 * 60, h * 60 + m + (loose ? 480 : pick(random, LENGTHS)));
    const days = loose ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6, 7].filter(() => random() < 0.6);
    candidates.push({
      id: `c${String(i).padStart(2, "0")}`,
      // Now and then two applications of the same person.
      personId: random() < 0.05 && i > 0 ? `p${int(random, i)}` : `p${i}`,
      name: `Candidate ${i}`,
      role,
      capacity: 1 + int(random, 3),
      ratings,
      learns: SKILLS.filter(() => random() < 0.3).map((skill) => skill.id),
      department: pick(random, ["", "finance", "it", "legal"]),
      // Managers are either someone in the cohort or someone outside it.
      managerId:
        random() < 0.2
          ? null
          : random() < (loose ? 0.1 : 0.4)
            ? `p${int(random, n)}`
            : `boss${int(random, loose ? 8 : 3)}`,
      languages: ["es", "en", "fr"].filter((_, k) => random() < (k === 0 ? (loose ? 1 : 0.8) : 0.35)),
      timeZone: pick(random, loose ? NEARBY_ZONES : ZONES),
      workingHours: { start: startText, end: clock(end), days: days.length > 0 ? days : [1] },
    });
  }
  const ids = candidates.map((c) => c.id);
  const persons = candidates.map((c) => c.personId);
  const mentorIds = candidates.filter((c) => c.role !== "mentee").map((c) => c.id);
  const menteeIds = candidates.filter((c) => c.role !== "mentor").map((c) => c.id);
  if (mentorIds.length === 0) mentorIds.push(...ids);
  if (menteeIds.length === 0) menteeIds.push(...ids);
  const rules: MatchRules = {
    mode: random() < 0.5 ? "reverse" : "classic",
    avoidSameManager: random() < 0.8,
    avoidSameDepartment: random() < 0.5,
    requireSharedLanguage: random() < 0.8,
    minOverlapMinutes: pick(random, [0, 30, 60, 60, 120]),
    avoidRepeatPairs: random() < 0.8,
    allowMultipleMentees: random() < 0.7,
  };
  const pairsOf = (count: number, from: string[]) =>
    Array.from({ length: count }, () => ({ a: pick(random, from), b: pick(random, from) }));
  return {
    candidates,
    skills: SKILLS,
    rules,
    // Mostly locks in a possible direction (then constraints and capacity decide), some not.
    locks: Array.from({ length: int(random, 4) }, () =>
      random() < 0.75
        ? { mentorId: pick(random, mentorIds), menteeId: pick(random, menteeIds) }
        : { mentorId: pick(random, ids), menteeId: pick(random, ids) },
    ),
    exclusions: pairsOf(int(random, 4), ids),
    pastPairs: pairsOf(int(random, 4), persons),
    // Any day of 2026: daylight saving on, off, or on in one hemisphere only.
    referenceDate: new Date(Date.UTC(2026, 0, 1) + int(random, 365) * 86_400_000 + int(random, 24) * 3_600_000),
  };
}
