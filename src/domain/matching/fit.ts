import type { MatchCandidate, Skill } from "./types";

/**
 * How well a mentor fits a mentee, 0–100, from the skill self-assessments alone.
 *
 * - Teaching (¾ of the score): of the room the mentee has to grow (5 minus their rating, per
 *   skill), the share the mentor covers (the mentor's rating above the mentee's). Skills the
 *   mentee wants to deepen weigh three times as much. Measuring a share of the mentee's own room
 *   makes every mentee's best possible fit 100, so the total does not favour the least skilled.
 * - Giving back (¼): the same share for the skills the MENTOR wants to deepen, where the mentee
 *   rates higher, so both sides give and learn.
 *
 * The mode ("reverse" or "classic") does not change the arithmetic: who teaches is who applied as
 * mentor. In a reverse programme the young mentor teaches digital tools and the senior mentee
 * gives back; in a classic one the roles' content swaps but the formula is the same.
 *
 * Ratings are read on the 1–5 scale (rounded; missing = 1). Scores are kept in tenths (integer
 * "units", 0–1000) so the solvers add integers exactly.
 */
export const WANTED_WEIGHT = 3;
export const TEACH_SHARE = 0.75;
export const GIVE_BACK_SHARE = 0.25;
/** One point of fit is ten units. */
export const UNITS_PER_POINT = 10;
const MAX_RATING = 5;

/**
 * Ratings and wishes of a list of candidates, packed for fast pair scoring: four skills per
 * 32-bit word, one byte each, so a pair costs a handful of word operations instead of a loop
 * over every skill (the engine scores every pair of a cohort once; 10,000 applicants are 28
 * million pairs).
 */
export interface FitTables {
  skillIds: string[];
  words: number;
  /** Ratings 1–5, byte s % 4 of word c * words + ⌊s / 4⌋. */
  ratingWords: Int32Array;
  /** 0xff in the byte of each skill candidate c wants to deepen. */
  wantWords: Int32Array;
  /** Σ weight × (5 − rating): the room candidate c has to learn, as a mentee. */
  teachRoom: Float64Array;
  /** Σ over their wanted skills of (5 − rating): the room c has to learn back, as a mentor. */
  giveRoom: Float64Array;
}

/** A self-assessment, rounded to the 1–5 scale; a missing or unreadable one counts as 1. */
export function rating(candidate: MatchCandidate, skillId: string): number {
  const value = candidate.ratings[skillId];
  if (typeof value !== "number" || !Number.isFinite(value)) return 1;
  return Math.min(MAX_RATING, Math.max(1, Math.round(value)));
}

export function fitTables(candidates: readonly MatchCandidate[], skills: readonly Skill[]): FitTables {
  // Sorted, so that neither the scores nor the order of tied reasons depend on the catalogue's order.
  const skillIds = [...new Set(skills.map((skill) => skill.id))].sort();
  const words = Math.max(1, Math.ceil(skillIds.length / 4));
  const ratingWords = new Int32Array(candidates.length * words);
  const wantWords = new Int32Array(candidates.length * words);
  const teachRoom = new Float64Array(candidates.length);
  const giveRoom = new Float64Array(candidates.length);
  candidates.forEach((candidate, c) => {
    const learns = new Set(candidate.learns);
    let teach = 0;
    let give = 0;
    skillIds.forEach((skillId, s) => {
      const r = rating(candidate, skillId);
      const wanted = learns.has(skillId);
      const word = c * words + (s >> 2);
      const shift = (s & 3) * 8;
      ratingWords[word]! |= r << shift;
      if (wanted) wantWords[word]! |= 0xff << shift;
      teach += (wanted ? WANTED_WEIGHT : 1) * (MAX_RATING - r);
      if (wanted) give += MAX_RATING - r;
    });
    teachRoom[c] = teach;
    giveRoom[c] = give;
  });
  return { skillIds, words, ratingWords, wantWords, teachRoom, giveRoom };
}

/** The sum of the four bytes of a word whose bytes add up to less than 256. */
function byteSum(word: number): number {
  return Math.imul(word, 0x01010101) >>> 24;
}

/** Per byte, max(0, a − b), for bytes holding 1–5 (a − b + 128 never borrows across bytes). */
function gains(a: number, b: number): number {
  const biased = ((a | 0x80808080) - b) | 0;
  return biased & 0x7f7f7f7f & Math.imul((biased >>> 7) & 0x01010101, 0xff);
}

/**
 * Per-byte sums of gains stay below 256 (and their total too, for byteSum) for this many words:
 * a gain is at most 4, so 15 words add up to at most 60 per byte, 240 per word.
 */
const WORDS_PER_FLUSH = 15;

/** Fit of mentor `mentor` with mentee `mentee` (indices into the tables), in units (0–1000). */
export function fitUnits(tables: FitTables, mentor: number, mentee: number): number {
  const { words, ratingWords, wantWords } = tables;
  const a0 = mentor * words;
  const b0 = mentee * words;
  let taught = 0;
  let givenBack = 0;
  // Gains are added word by word and their bytes summed once per chunk, all in 32-bit integers:
  // the scorer runs for every pair of a cohort (28 million at 10,000 applicants).
  for (let from = 0; from < words; from += WORDS_PER_FLUSH) {
    const to = Math.min(words, from + WORDS_PER_FLUSH);
    let up = 0;
    let upWanted = 0;
    let back = 0;
    for (let w = from; w < to; w++) {
      const mentorWord = ratingWords[a0 + w]!;
      const menteeWord = ratingWords[b0 + w]!;
      const gain = gains(mentorWord, menteeWord);
      up = (up + gain) | 0;
      upWanted = (upWanted + (gain & wantWords[b0 + w]!)) | 0;
      back = (back + (gains(menteeWord, mentorWord) & wantWords[a0 + w]!)) | 0;
    }
    taught += byteSum(up) + (WANTED_WEIGHT - 1) * byteSum(upWanted);
    givenBack += byteSum(back);
  }
  const teachRoom = tables.teachRoom[mentee]!;
  const giveRoom = tables.giveRoom[mentor]!;
  const teach = teachRoom > 0 ? taught / teachRoom : 0;
  const give = giveRoom > 0 ? givenBack / giveRoom : 0;
  return Math.round(100 * UNITS_PER_POINT * (TEACH_SHARE * teach + GIVE_BACK_SHARE * give));
}

/** Fit of one mentor with one mentee, 0–100 with one decimal. Deterministic. */
export function fitScore(mentor: MatchCandidate, mentee: MatchCandidate, input: { skills: readonly Skill[] }): number {
  return fitUnits(fitTables([mentor, mentee], input.skills), 0, 1) / UNITS_PER_POINT;
}

export function unitsToScore(units: number): number {
  return units / UNITS_PER_POINT;
}
